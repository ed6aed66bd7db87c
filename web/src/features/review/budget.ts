/**
 * The budget as the applicant typed it, for the committees (issue 9, point 6): per school year
 * every cost line, the own contribution and the other funding, and the amount requested — the
 * figures summed by the application's own rule (`budgetSummary`), never restated.
 */
import { budgetSummary, type ApplicationDraft } from '../../../../shared/domain/application.ts';

export interface BudgetTable {
  schoolYear: string;
  lines: { description: string; amount: number }[];
  costs: number;
  ownContribution: number;
  otherFunding: number;
  requested: number;
}

export function budgetTables(draft: Pick<ApplicationDraft, 'budget'>): BudgetTable[] {
  const budget = draft.budget ?? [];
  const summary = budgetSummary(budget);
  return budget.map((entry, index) => ({
    ...summary.perSchoolYear[index]!,
    lines: (entry.costLines ?? []).map((line) => ({
      description: line.description ?? '',
      amount: line.amount ?? 0,
    })),
  }));
}
