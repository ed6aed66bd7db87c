import { describe, expect, it } from 'vitest';
import { budgetTables } from '../../web/src/features/review/budget.ts';

/** The applicant's budget as the committees read it: every line, per school year, with the sums. */
describe('the budget lines in the committees’ view', () => {
  it('gives every cost line, the own contribution, the other funding and the request per school year', () => {
    const tables = budgetTables({
      budget: [
        {
          schoolYear: '2026-2027',
          costLines: [
            { description: 'Lærerressurser', amount: 400_000 },
            { description: 'Instrumenter', amount: 100_000 },
          ],
          ownContribution: 150_000,
          otherFunding: 50_000,
        },
        { schoolYear: '2027-2028', costLines: [], ownContribution: 0, otherFunding: 0 },
      ],
    });
    expect(tables).toEqual([
      {
        schoolYear: '2026-2027',
        lines: [
          { description: 'Lærerressurser', amount: 400_000 },
          { description: 'Instrumenter', amount: 100_000 },
        ],
        costs: 500_000,
        ownContribution: 150_000,
        otherFunding: 50_000,
        requested: 300_000,
      },
      {
        schoolYear: '2027-2028',
        lines: [],
        costs: 0,
        ownContribution: 0,
        otherFunding: 0,
        requested: 0,
      },
    ]);
  });

  it('shows nothing for an application without a budget', () => {
    expect(budgetTables({ budget: [] })).toEqual([]);
  });
});
