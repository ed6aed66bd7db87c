import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPLICANT_STAGES } from '../../shared/domain/stages.ts';
import { listCounties } from '../../shared/domain/municipalities/index.ts';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import {
  classBreaks,
  classOf,
  countiesOf,
  fitProjection,
  ringArea,
  simplifyCounty,
  simplifyLine,
  svgPath,
  type CountyCollection,
  type Position,
} from '../../web/src/features/review/geographic/county-map/geometry.ts';
import { formText } from '../../web/src/features/application/text.ts';
import { assessmentFieldId } from '../../web/src/features/review/expert/fields.ts';
import {
  budgetMeterRegions,
  draftIssues,
  draftOf,
  liveFigures,
  outcomeBody,
  reducesRequest,
  sameAsSaved,
  type AwardDraft,
} from '../../web/src/features/review/final/figures.ts';
import { countyFigures, initialOrder, move } from '../../web/src/features/review/geographic/figures.ts';
import { tokenFromHash } from '../../web/src/features/review/token.ts';
import type { ReviewRow } from '../../web/src/features/review/types.ts';

/** The committees' pages without a browser: catalogue, link token, map geometry, live figures. */
const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const [year1, year2] = round.schoolYears.map((year) => year.id) as [string, string];
const budgetYear1 = round.schoolYears[0]!.budgetYear;

function row(id: string, overrides: Partial<ReviewRow> = {}): ReviewRow {
  return {
    applicationId: id,
    receiptNumber: `IK-${id}`,
    submittedAt: '2026-03-10T10:00:00.000Z',
    title: `Søknad ${id}`,
    leadMunicipality: { number: '0301', name: 'Oslo', countyNumber: '03', countyName: 'Oslo' },
    partnerMunicipalities: [{ number: '3201', name: 'Bærum', countyNumber: '32', countyName: 'Akershus' }],
    counties: [
      { number: '03', name: 'Oslo' },
      { number: '32', name: 'Akershus' },
    ],
    activityAreas: ['1a'],
    artSubjects: ['music'],
    requested: {
      perSchoolYear: [{ schoolYear: year1, budgetYear: budgetYear1, amount: 300_000 }],
      total: 300_000,
    },
    declaration: { conflicted: false, declaredAt: '2026-04-01T10:00:00.000Z' },
    mine: null,
    proposal: null,
    assessments: null,
    comments: null,
    ...overrides,
  };
}

describe('the application’s catalogue', () => {
  it('names every stage and outcome of the applicant’s status page', () => {
    for (const stage of APPLICANT_STAGES) expect(Object.hasOwn(formText, `stage.${stage}`), stage).toBe(true);
    for (const outcome of ['AWARDED', 'DECLINED', 'NOT_QUALIFIED'])
      expect(Object.hasOwn(formText, `outcome.${outcome}`), outcome).toBe(true);
  });
});

describe('the review link in the address', () => {
  it('reads the token from the fragment, encoded or not, and nothing else', () => {
    expect(tokenFromHash('#token=eyJ.abc.def')).toBe('eyJ.abc.def');
    expect(tokenFromHash('#token=eyJ%2Eabc')).toBe('eyJ.abc');
    expect(tokenFromHash('#county-row-03')).toBeUndefined();
    expect(tokenFromHash('')).toBeUndefined();
    expect(tokenFromHash('#token=')).toBeUndefined();
  });

  it('maps the API’s assessment field paths to the form’s inputs', () => {
    expect(assessmentFieldId('anchoring.score')).toBe('assess-anchoring-score');
    expect(assessmentFieldId('sustainability.comment')).toBe('assess-sustainability-comment');
    expect(assessmentFieldId('recommendation')).toBe('assess-recommendation');
  });
});

describe('the county map', () => {
  it('simplifies a line but keeps its ends and the corners that matter', () => {
    // Prepare: a straight line with a little noise, and one real corner
    const line: Position[] = [
      [0, 60],
      [1, 60.001],
      [2, 60],
      [3, 61],
      [4, 60],
    ];
    // Act
    const simplified = simplifyLine(line, 0.01);
    // Assess
    expect(simplified).toEqual([
      [0, 60],
      [2, 60],
      [3, 61],
      [4, 60],
    ]);
  });

  it('keeps a county’s largest polygon and leaves out specks of islands', () => {
    const square = (x: number, y: number, size: number): Position[] => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const polygons = simplifyCounty([[square(10, 60, 0.001)], [square(5, 60, 1)], [square(8, 62, 0.3)]], {
      tolerance: 0.0001,
      minArea: 0.01,
      decimals: 3,
    });
    expect(polygons).toHaveLength(2);
    expect(ringArea(polygons[0]![0]!)).toBeGreaterThan(ringArea(polygons[1]![0]!));
  });

  it('projects the counties into the box and draws closed paths', () => {
    const counties = [
      {
        number: '03',
        name: 'Oslo',
        polygons: [
          [
            [
              [10, 59],
              [11, 59],
              [11, 60],
              [10, 59],
            ] as Position[],
          ],
        ],
      },
    ];
    const projection = fitProjection(counties, 400);
    expect(projection.width).toBe(400);
    expect(projection.point([10, 60])).toEqual([0, 0]);
    expect(projection.point([11, 59])[0]).toBe(400);
    expect(svgPath(counties[0]!.polygons, projection)).toMatch(/^M0 [\d.]+L400 [\d.]+L400 0Z$/);
  });

  it('colours in classes with a class of its own for nothing', () => {
    const breaks = classBreaks([0, 300_000, 12_000_000], 5);
    expect(breaks).toHaveLength(5);
    expect(breaks.at(-1)).toBeGreaterThanOrEqual(12_000_000);
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(300_000, breaks)).toBe(1);
    expect(classOf(12_000_000, breaks)).toBe(5);
    expect(classBreaks([0, 0], 5)).toEqual([]);
  });

  it.each(['2020-2023', '2024'] as const)(
    'has every county of the %s division, credited to Kartverket',
    (division) => {
      const file = new URL(`../../web/public/maps/fylker-${division}.json`, import.meta.url);
      const collection = JSON.parse(readFileSync(file, 'utf8')) as CountyCollection;
      expect(collection.attribution).toMatch(/© Kartverket.*CC BY 4\.0/);
      expect(
        countiesOf(collection)
          .map((county) => county.number)
          .sort(),
      ).toEqual(listCounties(division).map((county) => county.number));
      expect(readFileSync(file).length).toBeLessThan(60 * 1024);
    },
  );
});

describe('the geographic committee’s figures', () => {
  it('counts applications and amounts by the lead municipality’s county, and every county involved', () => {
    const rows = [
      row('a'),
      row('b', {
        leadMunicipality: { number: '4601', name: 'Bergen', countyNumber: '46', countyName: 'Vestland' },
        counties: [
          { number: '32', name: 'Akershus' },
          { number: '46', name: 'Vestland' },
        ],
        requested: { perSchoolYear: [], total: 1_000_000 },
      }),
    ];
    const figures = countyFigures(listCounties('2024'), rows);
    expect(figures.find((county) => county.number === '03')).toMatchObject({
      led: 1,
      requested: 300_000,
      involved: 1,
    });
    expect(figures.find((county) => county.number === '32')).toMatchObject({
      led: 0,
      requested: 0,
      involved: 2,
    });
    expect(figures.find((county) => county.number === '46')).toMatchObject({ led: 1, requested: 1_000_000 });
    expect(figures.reduce((sum, county) => sum + county.requested, 0)).toBe(1_300_000);
  });

  it('starts from the saved order and moves one place at a time, never off either end', () => {
    expect(initialOrder(['c', 'a', 'gone'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(initialOrder(undefined, ['a', 'b'])).toEqual(['a', 'b']);
    expect(move(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the final committee’s live figures', () => {
  const twoYears = row('big', {
    requested: {
      perSchoolYear: [
        { schoolYear: year1, budgetYear: round.schoolYears[0]!.budgetYear, amount: 6_000_000 },
        { schoolYear: year2, budgetYear: round.schoolYears[1]!.budgetYear, amount: 6_000_000 },
      ],
      total: 12_000_000,
    },
    artSubjects: ['theatre', 'dance'],
  });
  const award = (amounts: Record<string, string>): AwardDraft => ({ decision: 'award', amounts, reason: '' });

  it('checks an award as the API does: at most the request, whole kroner, more than nothing in all', () => {
    expect(draftIssues(twoYears, award({ [year1]: '6 000 000', [year2]: '0' }))).toEqual([]);
    expect(draftIssues(twoYears, award({ [year1]: '6 000 001', [year2]: '1' }))).toEqual([
      { field: 'amount', schoolYear: year1, max: 6_000_000 },
    ]);
    expect(draftIssues(twoYears, award({ [year1]: 'mye', [year2]: '' }))).toHaveLength(2);
    expect(draftIssues(twoYears, award({ [year1]: '0', [year2]: '0' }))).toEqual([{ field: 'total' }]);
    expect(draftIssues(twoYears, { decision: 'decline', amounts: {}, reason: ' ' })).toEqual([
      { field: 'reason' },
    ]);
    expect(draftIssues(twoYears, { amounts: {}, reason: '' })).toEqual([{ field: 'decision' }]);
    expect(outcomeBody(twoYears, award({ [year1]: '5 900 000', [year2]: '6 000 000' }))).toEqual({
      awarded: true,
      amounts: { [year1]: 5_900_000, [year2]: 6_000_000 },
    });
  });

  it('asks for a reason when less than requested is awarded, and sends it only then', () => {
    // Prepare
    const reduced = { ...award({ [year1]: '5 900 000', [year2]: '6 000 000' }), reason: ' Budsjettet ' };
    const full = { ...award({ [year1]: '6 000 000', [year2]: '6 000 000' }), reason: 'Budsjettet' };

    // Act
    const bodies = [outcomeBody(twoYears, reduced), outcomeBody(twoYears, full)];

    // Assess
    expect([reducesRequest(twoYears, reduced), reducesRequest(twoYears, full)]).toEqual([true, false]);
    expect(bodies).toEqual([
      { awarded: true, amounts: { [year1]: 5_900_000, [year2]: 6_000_000 }, reason: 'Budsjettet' },
      { awarded: true, amounts: { [year1]: 6_000_000, [year2]: 6_000_000 } },
    ]);
  });

  it('counts unsaved drafts against the budget per year and in total, with the indicators', () => {
    // Prepare: the big one saved at its full request; Oslo typed but not saved
    const saved = {
      ...twoYears,
      proposal: {
        awarded: true as const,
        amounts: { [year1]: 6_000_000, [year2]: 6_000_000 },
        total: 12_000_000,
      },
    };
    const oslo = row('oslo');
    const drafts = { big: draftOf(saved.proposal), oslo: award({ [year1]: '300 000' }) };
    // Act
    const live = liveFigures(round, [saved, oslo], drafts, {
      budget: {
        perYear: [
          {
            year: round.schoolYears[0]!.budgetYear,
            budget: 6_250_000,
            awarded: 6_000_000,
            remaining: 250_000,
          },
          {
            year: round.schoolYears[1]!.budgetYear,
            budget: 6_250_000,
            awarded: 6_000_000,
            remaining: 250_000,
          },
        ],
        total: { budget: 12_500_000, awarded: 12_000_000, remaining: 500_000 },
        overBudget: false,
      },
      indicators: {
        awarded: 1,
        artSubjects: { theatre: 1, dance: 1 },
        activityAreas: { '1a': 1 },
        counties: { '03': 1, '32': 1 },
      },
    });
    // Assess
    expect(live.budget.perYear[0]).toMatchObject({ awarded: 6_300_000, remaining: -50_000 });
    expect(live.budget.total).toMatchObject({ awarded: 12_300_000, remaining: 200_000 });
    expect(live.budget.overBudget).toBe(true);
    expect(live.indicators.awarded).toBe(2);
    expect(live.indicators.artSubjects).toEqual({ theatre: 1, dance: 1, music: 1 });
    expect(sameAsSaved(drafts.big, saved.proposal)).toBe(true);
    expect(sameAsSaved(award({ [year1]: '5 900 000', [year2]: '6 000 000' }), saved.proposal)).toBe(false);
  });

  it('keeps awards the member does not see yet (on rows not declared on) in the budget', () => {
    // The API counts them; the ones the member stood aside on it leaves out altogether (ADR 065).
    const hidden = row('hidden', { declaration: null });
    const live = liveFigures(
      round,
      [hidden, row('oslo')],
      {},
      {
        budget: {
          perYear: [{ year: budgetYear1, budget: 6_250_000, awarded: 1_000_000, remaining: 5_250_000 }],
          total: { budget: 12_500_000, awarded: 1_000_000, remaining: 11_500_000 },
          overBudget: false,
        },
        indicators: {
          awarded: 1,
          artSubjects: { music: 1 },
          activityAreas: { '1a': 1 },
          counties: { '46': 1 },
        },
      },
    );
    expect(live.budget.perYear[0]!.awarded).toBe(1_000_000);
    expect(live.indicators).toMatchObject({ awarded: 1, counties: { '46': 1 } });
  });
});

/** Which of a meter's regions its value is in, as HTML defines them: the browser colours the bar by it. */
function meterRegion(meter: { max: number; value: number; low?: number; high?: number; optimum?: number }) {
  const { max, value, low = 0, high = max, optimum = max / 2 } = meter;
  if (optimum < low) return value <= low ? 'optimum' : value <= high ? 'suboptimal' : 'even less good';
  if (optimum > high) return value >= high ? 'optimum' : value >= low ? 'suboptimal' : 'even less good';
  return value >= low && value <= high ? 'optimum' : 'suboptimal';
}

describe("the final committee's budget meter", () => {
  it('is in its good region for every amount within the budget, the whole budget included', () => {
    for (const awarded of [0, 1, 3_000_000, 5_900_000, 6_249_999, 6_250_000]) {
      expect(
        meterRegion({ max: 6_250_000, ...budgetMeterRegions(6_250_000, awarded) }),
        String(awarded),
      ).toBe('optimum');
    }
  });

  it('shows an amount over the budget as a full bar in its worst region', () => {
    const regions = budgetMeterRegions(6_250_000, 6_250_001);
    expect(regions.value).toBe(6_250_000);
    expect(meterRegion({ max: 6_250_000, ...regions })).toBe('even less good');
  });
});
