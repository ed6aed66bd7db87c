/**
 * The final committee's live figures: the chair's decisions as typed (saved or not) turned
 * into the budget's use per year and in total, and the indicators of breadth (art subjects),
 * balance (activity areas) and spread (counties) — with the API's own functions
 * (shared/domain/review.ts), so the page counts exactly as the finalisation checks.
 */
import { awardIssues, budgetUse, indicators, type BudgetUse } from '../../../../../shared/domain/review.ts';
import type { Round } from '../../../../../shared/domain/rounds/schema.ts';
import { groupDigits, parseWholeNumber } from '../../../app/format.ts';
import type { FinalProposal, ReviewContext, ReviewRow } from '../types.ts';

export interface AwardDraft {
  decision?: 'award' | 'decline';
  /** School year → the amount as typed. */
  amounts: Record<string, string>;
  reason: string;
}

export type AwardIssue =
  | { field: 'decision' }
  | { field: 'reason' }
  | { field: 'amount'; schoolYear: string; max: number }
  | { field: 'total' };

/** The draft a saved proposal (or none) starts from. */
export function draftOf(proposal: FinalProposal | null | undefined): AwardDraft {
  if (!proposal) return { amounts: {}, reason: '' };
  if (proposal.awarded)
    return {
      decision: 'award',
      amounts: Object.fromEntries(
        Object.entries(proposal.amounts).map(([year, amount]) => [year, groupDigits(amount)]),
      ),
      reason: '',
    };
  return { decision: 'decline', amounts: {}, reason: proposal.reason };
}

/** Every school year's requested amount, as a starting point when the chair chooses to award. */
export function requestedAmounts(row: Pick<ReviewRow, 'requested'>): Record<string, string> {
  return Object.fromEntries(
    row.requested.perSchoolYear.map((year) => [year.schoolYear, groupDigits(year.amount)]),
  );
}

/** The amounts a draft awards (unreadable ones count as 0). */
export function awardedAmounts(draft: AwardDraft | undefined): Record<string, number> | undefined {
  if (draft?.decision !== 'award') return undefined;
  return Object.fromEntries(
    Object.entries(draft.amounts).map(([year, text]) => {
      const value = parseWholeNumber(text);
      return [year, value !== null && Number.isFinite(value) ? value : 0];
    }),
  );
}

/**
 * What the API would refuse, checked as the chair types (the API checks again): a decision, a
 * reason for a rejection, a whole number for each school year — and then the API's own rule
 * for an award against the request (`awardIssues`, shared/domain/review.ts).
 */
export function draftIssues(row: Pick<ReviewRow, 'requested'>, draft: AwardDraft): AwardIssue[] {
  if (!draft.decision) return [{ field: 'decision' }];
  if (draft.decision === 'decline') return draft.reason.trim() ? [] : [{ field: 'reason' }];
  const max = new Map(row.requested.perSchoolYear.map((year) => [year.schoolYear, year.amount]));
  const amountIssue = (schoolYear: string): AwardIssue => ({
    field: 'amount',
    schoolYear,
    max: max.get(schoolYear) ?? 0,
  });
  const amounts: Record<string, number> = {};
  const unreadable: AwardIssue[] = [];
  for (const { schoolYear } of row.requested.perSchoolYear) {
    const value = parseWholeNumber(draft.amounts[schoolYear] ?? '');
    if (value === null || Number.isNaN(value)) unreadable.push(amountIssue(schoolYear));
    else amounts[schoolYear] = value;
  }
  if (unreadable.length > 0) return unreadable;
  return awardIssues(amounts, row.requested).map((issue) =>
    issue.path === 'amounts' ? { field: 'total' } : amountIssue(issue.path.slice('amounts.'.length)),
  );
}

/** Whether a draft awards less than requested in some school year (the API then wants a reason). */
export function reducesRequest(row: Pick<ReviewRow, 'requested'>, draft: AwardDraft): boolean {
  return (
    draft.decision === 'award' &&
    row.requested.perSchoolYear.some((year) => {
      const value = parseWholeNumber(draft.amounts[year.schoolYear] ?? '');
      return value !== null && !Number.isNaN(value) && value < year.amount;
    })
  );
}

/** The body of POST …/outcome for a valid draft. */
export function outcomeBody(row: Pick<ReviewRow, 'requested'>, draft: AwardDraft) {
  const reason = draft.reason.trim();
  return draft.decision === 'decline'
    ? ({ awarded: false, reason } as const)
    : ({
        awarded: true,
        amounts: Object.fromEntries(
          row.requested.perSchoolYear.map((year) => [
            year.schoolYear,
            parseWholeNumber(draft.amounts[year.schoolYear]!)!,
          ]),
        ),
        ...(reason && reducesRequest(row, draft) ? { reason } : {}),
      } as const);
}

/** Whether a draft says the same as the saved proposal. */
export function sameAsSaved(draft: AwardDraft, proposal: FinalProposal | null | undefined): boolean {
  const saved = draftOf(proposal);
  if (draft.decision !== saved.decision) return false;
  if (draft.decision === 'decline') return draft.reason.trim() === saved.reason.trim();
  if (draft.decision === 'award') {
    const a = awardedAmounts(draft)!;
    const b = awardedAmounts(saved)!;
    return Object.keys({ ...a, ...b }).every((year) => a[year] === b[year]);
  }
  return true;
}

type Indicators = ReturnType<typeof indicators>;

function awardsOf(
  rows: readonly ReviewRow[],
  amountsOf: (row: ReviewRow) => Record<string, number> | undefined,
) {
  return rows.flatMap((row) => {
    const amounts = amountsOf(row);
    return amounts ? [{ row, amounts }] : [];
  });
}

function indicatorsOf(awards: readonly { row: ReviewRow }[]): Indicators {
  return indicators(
    awards.map(({ row }) => ({
      artSubjects: row.artSubjects,
      activityAreas: row.activityAreas,
      counties: row.counties.map((county) => county.number),
    })),
  );
}

function addCounts(
  base: Record<string, number>,
  plus: Record<string, number>,
  minus: Record<string, number>,
): Record<string, number> {
  const keys = new Set([...Object.keys(base), ...Object.keys(plus), ...Object.keys(minus)]);
  return Object.fromEntries(
    [...keys]
      .map((key) => [key, (base[key] ?? 0) + (plus[key] ?? 0) - (minus[key] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
}

/**
 * The budget and indicators with the drafts as they stand: the API's figures, with the visible
 * applications' saved proposals replaced by the drafts. The API's figures count the awards on
 * rows whose proposal the member does not see yet (not declared) and leave out the applications
 * the member stood aside on — whose standing they may not learn, not even as a difference — and
 * any award set by a member who stood aside (void); so do these.
 */
export function liveFigures(
  round: Pick<ReviewContext['round'], 'budgetPerYear' | 'schoolYears'>,
  rows: readonly ReviewRow[],
  drafts: Readonly<Record<string, AwardDraft>>,
  server?: { budget?: BudgetUse; indicators?: Indicators },
): { budget: BudgetUse; indicators: Indicators } {
  const asRound = round as unknown as Round;
  const visible = rows.filter((row) => row.declaration && !row.declaration.conflicted);
  const saved = awardsOf(visible, (row) => awardedAmounts(draftOf(row.proposal as FinalProposal | null)));
  const typed = awardsOf(visible, (row) => awardedAmounts(drafts[row.applicationId]));
  const savedUse = budgetUse(
    asRound,
    saved.map((award) => award.amounts),
  );
  const typedUse = budgetUse(
    asRound,
    typed.map((award) => award.amounts),
  );
  const perYear = typedUse.perYear.map((year) => {
    const hidden =
      (server?.budget?.perYear.find((candidate) => candidate.year === year.year)?.awarded ?? 0) -
      (savedUse.perYear.find((candidate) => candidate.year === year.year)?.awarded ?? 0);
    const awarded = year.awarded + Math.max(0, hidden);
    return { year: year.year, budget: year.budget, awarded, remaining: year.budget - awarded };
  });
  const budget = perYear.reduce((sum, year) => sum + year.budget, 0);
  const awarded = perYear.reduce((sum, year) => sum + year.awarded, 0);

  const savedIndicators = indicatorsOf(saved);
  const typedIndicators = indicatorsOf(typed);
  const base = server?.indicators ?? indicatorsOf([]);
  return {
    budget: {
      perYear,
      total: { budget, awarded, remaining: budget - awarded },
      overBudget: perYear.some((year) => year.remaining < 0) || awarded > budget,
    },
    indicators: {
      awarded: base.awarded - savedIndicators.awarded + typedIndicators.awarded,
      artSubjects: addCounts(base.artSubjects, typedIndicators.artSubjects, savedIndicators.artSubjects),
      activityAreas: addCounts(
        base.activityAreas,
        typedIndicators.activityAreas,
        savedIndicators.activityAreas,
      ),
      counties: addCounts(base.counties, typedIndicators.counties, savedIndicators.counties),
    },
  };
}

/**
 * A budget meter's value and regions (HTML's `low`, `high` and `optimum`, by which the browser
 * colours the bar). Using the budget is the committee's aim, so every amount up to it is in the
 * optimum region (green), the whole budget included; an amount over it shows the bar full (its
 * value capped at the budget) in the worst region (red), and the text says by how much.
 */
export function budgetMeterRegions(budget: number, awarded: number) {
  return awarded > budget
    ? { value: budget, low: 1, high: 1, optimum: 0 }
    : { value: awarded, optimum: budget };
}
