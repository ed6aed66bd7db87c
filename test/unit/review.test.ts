import { describe, expect, it } from 'vitest';
import { committeeIssues } from '../../shared/domain/committees.ts';
import { listCounties } from '../../shared/domain/municipalities/index.ts';
import {
  assessmentAverages,
  awardIssues,
  budgetUse,
  expertOutcomeSchema,
} from '../../shared/domain/review.ts';
import { demoRound, DEMO_COMMITTEES } from '../../shared/domain/rounds/demo.ts';
import { roundSchema } from '../../shared/domain/rounds/index.ts';
import { round2022, round2022Content } from '../../shared/domain/rounds/round-2022.ts';
import { withContent } from '../../shared/domain/rounds/with-content.ts';
import { neutraliseFormulas, toCsv } from '../../shared/export/spreadsheet.ts';
import { mayActForCommittee } from '../../shared/review/acting.ts';
import { buildDecision } from '../../shared/review/stages.ts';
import type { ApplicationRecord } from '../../shared/storage/applications.ts';
import type { StageRecord } from '../../shared/storage/review.ts';

const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const counties2024 = listCounties('2024').map((county) => county.number);

describe('committee configuration', () => {
  it('accepts the demo and 2022 committees', () => {
    expect(committeeIssues(DEMO_COMMITTEES, counties2024)).toEqual([]);
    expect(roundSchema.safeParse(withContent(round2022(), round2022Content())).success).toBe(true);
  });

  it('refuses a chair who is not a member, an unknown county and an uncovered one', () => {
    // Prepare
    const committees = structuredClone(DEMO_COMMITTEES);
    committees.expert.chair = 'nobody';
    committees.geographic.members[0]!.counties = ['03', '99'];
    committees.final.members[0]!.counties = ['03'];
    // Act
    const issues = committeeIssues(committees, counties2024).map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    // Assess
    expect(issues).toEqual(
      expect.arrayContaining([
        'expert.chair: chair nobody is not a member',
        "geographic.members.0.counties.1: county 99 is not in the round's division",
        'final.members.0.counties: only geographic committee members have counties',
        expect.stringMatching(/^geographic\.members: no county adviser for 31, 32/),
      ]),
    );
  });

  it('reports committee problems through roundSchema, naming the round field', () => {
    const config = structuredClone(withContent(round2022(), round2022Content()));
    config.committees.final.deputyChair = config.committees.final.chair;
    const parsed = roundSchema.safeParse(config);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toContain(
      'committees.final.deputyChair',
    );
  });
});

describe('the final committee’s budget', () => {
  it('sums awards per calendar year and in total, and flags going over', () => {
    const [first, second] = round.schoolYears.map((year) => year.id);
    const within = budgetUse(round, [{ [first!]: 6_000_000 }, { [second!]: 100_000 }]);
    expect(within.overBudget).toBe(false);
    expect(within.total.awarded).toBe(6_100_000);
    const over = budgetUse(round, [{ [first!]: 6_000_000 }, { [first!]: 300_000 }]);
    expect(over.overBudget).toBe(true);
    expect(over.perYear[0]!.remaining).toBe(-50_000);
  });

  it('refuses an award above the request, for a school year not applied for, or missing one', () => {
    const requested = {
      perSchoolYear: [{ schoolYear: '2026-2027', budgetYear: '2026', amount: 300_000 }],
      total: 300_000,
    };
    expect(awardIssues({ '2026-2027': 300_000 }, requested)).toEqual([]);
    expect(awardIssues({ '2026-2027': 300_001 }, requested)[0]).toMatchObject({
      code: 'AWARD_EXCEEDS_REQUEST',
    });
    expect(awardIssues({ '2026-2027': 0 }, requested)).toEqual([
      { path: 'amounts', code: 'NUMBER_TOO_SMALL', params: { min: 1 } },
    ]);
    expect(
      awardIssues({ '2027-2028': 1 }, requested)
        .map((issue) => issue.code)
        .sort(),
    ).toEqual(['FIELD_REQUIRED', 'SCHOOL_YEAR_UNKNOWN']);
  });
});

describe('a stage’s one decision', () => {
  const application = (applicationId: string, rank: number) =>
    ({
      applicationId,
      roundId: round.id,
      status: 'SUBMITTED',
      draft: {
        budget: [
          {
            schoolYear: round.schoolYears[0]!.id,
            costLines: [{ description: 'x', amount: 5_000_000 }],
            ownContribution: 0,
            otherFunding: 0,
          },
        ],
      },
      geographicDecision: { rank, decidedAt: '', finalisedBy: '', standAside: [] },
    }) as unknown as ApplicationRecord;
  const stage = (proposals: StageRecord['proposals']): StageRecord => ({
    roundId: round.id,
    committee: 'final',
    openedAt: '2026-01-01T00:00:00Z',
    version: 3,
    proposals,
    conflicts: {},
  });
  const input = (proposals: StageRecord['proposals']) => ({
    round,
    committee: 'final' as const,
    stage: stage(proposals),
    applications: [application('A', 1), application('B', 2)],
    standAside: new Map([['B', ['innstilling-medlem']]]),
    finalisedBy: 'innstilling-leder',
    now: '2026-05-01T10:00:00Z',
  });
  const year = round.schoolYears[0]!.id;

  it('needs an outcome for every application', () => {
    expect(() =>
      buildDecision(input({ A: { awarded: true, amounts: { [year]: 1 }, total: 1, setBy: 'x', setAt: '' } })),
    ).toThrow(expect.objectContaining({ code: 'STAGE_INCOMPLETE', details: { missing: ['B'] } }));
  });

  it('refuses awards over the budget', () => {
    const proposals = {
      A: { awarded: true as const, amounts: { [year]: 4_000_000 }, total: 4_000_000, setBy: 'x', setAt: '' },
      B: { awarded: true as const, amounts: { [year]: 4_000_000 }, total: 4_000_000, setBy: 'x', setAt: '' },
    };
    expect(() => buildDecision(input(proposals))).toThrow(expect.objectContaining({ code: 'OVER_BUDGET' }));
  });

  it('records who set each outcome and who stood aside', () => {
    const decision = buildDecision(
      input({
        A: {
          awarded: true,
          amounts: { [year]: 200_000 },
          total: 200_000,
          setBy: 'innstilling-leder',
          setAt: '',
        },
        B: { awarded: false, reason: 'Utenfor budsjettet', setBy: 'innstilling-nestleder', setAt: '' },
      }),
    );
    expect(decision.B).toMatchObject({
      awarded: false,
      standAside: ['innstilling-medlem'],
      setBy: 'innstilling-nestleder',
    });
    expect(decision.A).toMatchObject({ awarded: true, total: 200_000, finalisedBy: 'innstilling-leder' });
  });

  it('lets the deputy act for the committee only when the chair stood aside', () => {
    const aside = new Map([['A', ['innstilling-leder']]]);
    expect(mayActForCommittee(round, 'final', 'innstilling-leder', new Map())).toBe(true);
    expect(mayActForCommittee(round, 'final', 'innstilling-nestleder', new Map())).toBe(false);
    expect(mayActForCommittee(round, 'final', 'innstilling-leder', aside)).toBe(false);
    expect(mayActForCommittee(round, 'final', 'innstilling-nestleder', aside)).toBe(true);
    expect(mayActForCommittee(round, 'final', 'innstilling-medlem', aside)).toBe(false);
  });

  it('averages the assessments per criterion', () => {
    const a = (score: number, recommendation: 'qualified' | 'notQualified') => ({
      activityAreaFit: { score, comment: '' },
      anchoring: { score: 5, comment: '' },
      sustainability: { score: 1, comment: '' },
      recommendation,
    });
    expect(assessmentAverages([a(4, 'qualified'), a(3, 'notQualified'), a(3, 'qualified')])).toEqual({
      count: 3,
      averages: { activityAreaFit: 3.3, anchoring: 5, sustainability: 1 },
      recommendations: { qualified: 2, notQualified: 1 },
    });
  });
});

describe('spreadsheets', () => {
  const sheet = {
    name: 'Sakkyndig utvalg',
    header: ['Prosjekt', 'Beløp'],
    rows: [
      ['Enkel', 1000],
      ['Med, komma', 2],
      ['Med "sitat"', null],
      ['To\nlinjer', 3.5],
    ],
  };

  it('writes CSV per RFC 4180 with every text field quoted, and a byte-order mark for Excel', () => {
    expect(toCsv(sheet)).toBe(
      '\uFEFF"Prosjekt","Beløp"\r\n"Enkel",1000\r\n"Med, komma",2\r\n"Med ""sitat""",\r\n"To\nlinjer",3.5\r\n',
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv({
      name: 'x',
      header: ['Tekst', 'Tall'],
      rows: [
        ['=HYPERLINK("http://evil.example","klikk")', -5],
        ['@SUM(A1)', 0],
        ['+47 912 34 567', 1],
        ['Kor og korps;=2+5*7', 2],
      ],
    });
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""klikk"")",-5');
    expect(csv).toContain(`"'@SUM(A1)",0`);
    expect(csv).toContain(`"'+47 912 34 567",1`);
    expect(csv).toContain(`"Kor og korps;'=2+5*7",2`);
  });

  it('neutralises a formula at the start and after every separator a spreadsheet may split at', () => {
    // The start of the field, also after blanks; a leading tab or line break (itself a separator)
    expect(neutraliseFormulas('=1+1')).toBe("'=1+1");
    expect(neutraliseFormulas('-2')).toBe("'-2");
    expect(neutraliseFormulas(' =1')).toBe("' =1");
    expect(neutraliseFormulas('\t=1')).toBe("'\t'=1");
    expect(neutraliseFormulas('\r\n@SUM(A1)')).toBe("'\r\n'@SUM(A1)");
    expect(neutraliseFormulas('\tfanen')).toBe("'\tfanen");
    // After ; (Norwegian Excel's separator), a comma, a tab or a line break — blanks between or not
    expect(neutraliseFormulas('Kor og korps;=2+5*7')).toBe("Kor og korps;'=2+5*7");
    expect(neutraliseFormulas('a, +1')).toBe("a, '+1");
    expect(neutraliseFormulas('a\t@b')).toBe("a\t'@b");
    expect(neutraliseFormulas('første\r\n-andre\n=tredje')).toBe("første\r\n'-andre\n'=tredje");
    expect(neutraliseFormulas('a;\t =b')).toBe("a;\t '=b");
    expect(neutraliseFormulas('x;;=1')).toBe("x;;'=1");
    // Nothing else changes: plain text, blank lines, formula characters inside a word
    expect(neutraliseFormulas('Musikk og dans; to skoler, 3-4 dager')).toBe(
      'Musikk og dans; to skoler, 3-4 dager',
    );
    expect(neutraliseFormulas('Linje 1\n\nLinje 2')).toBe('Linje 1\n\nLinje 2');
    expect(neutraliseFormulas('e-post@example.no')).toBe('e-post@example.no');
  });

  it('quotes and neutralises every text cell, the header too, and leaves numbers unquoted', () => {
    // Act
    const csv = toCsv({ name: 'x', header: ['=Tittel', 'Beløp'], rows: [['Kor og korps;=2+5*7', 12_500]] });
    // Assess
    expect(csv).toBe(`\uFEFF"'=Tittel","Beløp"\r\n"Kor og korps;'=2+5*7",12500\r\n`);
    // Split as Norwegian Excel may (at every ; and , whatever the quotes): no piece is a formula
    const pieces = csv.replace(/^\uFEFF/, '').split(/[;,\r\n]/);
    for (const piece of pieces) expect(piece.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
  });
});

describe('the expert committee’s outcome (expertOutcomeSchema)', () => {
  it('requires a reason for not qualified only', () => {
    // Act
    const qualified = expertOutcomeSchema.safeParse({ qualified: true });
    const qualifiedWithReason = expertOutcomeSchema.safeParse({
      qualified: true,
      reason: ' Godt forankret. ',
    });
    const notQualified = expertOutcomeSchema.safeParse({ qualified: false, reason: '  ' });
    const missing = expertOutcomeSchema.safeParse({ qualified: false });

    // Assess
    expect(qualified).toMatchObject({ success: true, data: { qualified: true, reason: '' } });
    expect(qualifiedWithReason).toMatchObject({ success: true, data: { reason: 'Godt forankret.' } });
    for (const refused of [notQualified, missing]) {
      expect(refused.success).toBe(false);
      expect(refused.error!.issues.map((issue) => issue.path)).toEqual([['reason']]);
    }
  });
});
