import { describe, expect, it } from 'vitest';
import { findMember, roleOf, type Committee } from '../../shared/domain/committees.ts';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { LOCALES } from '../../shared/i18n/locale.ts';
import { exportSheet } from '../../shared/review/export-sheet.ts';
import type { Reviewer } from '../../shared/review/links.ts';
import { listView } from '../../shared/review/views.ts';
import type { ApplicationRecord } from '../../shared/storage/applications.ts';
import type { MemberReviewRecord, StageRecord } from '../../shared/storage/review.ts';

/** The committees' exports in the member's language (shared/i18n/export.ts). */
const round = demoRound(new Date('2026-03-02T08:00:00Z'));
const [year1, year2] = round.schoolYears.map((year) => year.id) as [string, string];

const application = (applicationId: string, rank?: number): ApplicationRecord =>
  ({
    applicationId,
    roundId: round.id,
    status: 'SUBMITTED',
    receipt: { number: `IK-DEMO-${applicationId}`, submittedAt: '2026-04-01T10:00:00Z' },
    draft: {
      title: `Prosjekt ${applicationId}`,
      leadMunicipality: '0301',
      partnerMunicipalities: ['3201'],
      artSubjects: { subjects: ['music'] },
      activityAreas: [{ code: '1a', measure: 'x' }],
      budget: [
        {
          schoolYear: year1,
          costLines: [{ description: 'x', amount: 500_000 }],
          ownContribution: 0,
          otherFunding: 0,
        },
      ],
    },
    expertDecision: {
      qualified: true,
      reason: 'Godt forankret',
      decidedAt: '',
      finalisedBy: '',
      standAside: [],
    },
    ...(rank ? { geographicDecision: { rank, decidedAt: '', finalisedBy: '', standAside: [] } } : {}),
  }) as unknown as ApplicationRecord;

const stage = (committee: Committee, changes: Partial<StageRecord> = {}): StageRecord => ({
  roundId: round.id,
  committee,
  openedAt: '2026-04-20T00:00:00Z',
  version: 4,
  proposals: {},
  conflicts: {},
  ...changes,
});

const declared = (committee: Committee, memberId: string, applicationId: string, conflicted: boolean) =>
  ({
    roundId: round.id,
    committee,
    applicationId,
    memberId,
    declaration: { conflicted, declaredAt: '2026-04-21T00:00:00Z' },
  }) satisfies MemberReviewRecord;

const reviewer = (committee: Committee, memberId: string): Reviewer => ({
  round,
  committee,
  member: findMember(round.committees, committee, memberId)!,
  role: roleOf(round.committees[committee], memberId),
  link: {} as Reviewer['link'],
  actor: { kind: 'member', id: memberId, committee },
});

const sheets = (
  committee: Committee,
  memberId: string,
  stageRecord: StageRecord,
  reviews: MemberReviewRecord[],
) => {
  const applications = [application('A', 1), application('B', 2)];
  const view = listView({
    reviewer: reviewer(committee, memberId),
    stage: stageRecord,
    deadline: '2026-05-01T00:00:00Z',
    applications,
    reviews,
  });
  return LOCALES.map((locale) =>
    exportSheet(
      reviewer(committee, memberId),
      { view, applications, others: [], activityAreas: round.activityAreas },
      locale,
    ),
  );
};

describe('the committees’ exports', () => {
  it('head the expert committee’s columns in the member’s language, bokmål as before', () => {
    // Prepare
    const reviews = [
      declared('expert', 'ekspert-leder', 'A', false),
      declared('expert', 'ekspert-leder', 'B', true),
    ];
    const expert = stage('expert', {
      proposals: { A: { qualified: false, reason: 'Svak', setBy: 'ekspert-leder', setAt: '' } },
    });

    // Act
    const [nb, nn, en] = sheets('expert', 'ekspert-leder', expert, reviews);

    // Assess
    expect(nb!.name).toBe('Sakkyndig utvalg');
    expect(nb!.header).toEqual([
      'Kvittering',
      'Prosjekt',
      'Søkerkommune',
      'Samarbeidskommuner',
      'Fylker',
      'Aktivitetsområder',
      'Kunstfag',
      'Samarbeidsparter (org.nr.)',
      'Kontaktperson',
      'E-post',
      'Telefon',
      `Søkt ${year1}`,
      `Søkt ${year2}`,
      'Søkt totalt',
      'Min habilitet',
      'Vurderinger',
      'Snitt aktivitetsområder',
      'Snitt forankring',
      'Snitt bærekraft',
      'Anbefalt kvalifisert',
      'Anbefalt ikke kvalifisert',
      'Utfall',
      'Begrunnelse',
    ]);
    const kind = (header: string) => nb!.columns![nb!.header.indexOf(header)];
    expect(nb!.columns).toHaveLength(nb!.header.length);
    expect([
      kind(`Søkt ${year1}`),
      kind('Søkt totalt'),
      kind('Snitt forankring'),
      kind('Vurderinger'),
    ]).toEqual(['amount', 'amount', 'decimal', 'integer']);
    expect(nn!.name).toBe('Sakkunnig utval');
    expect(nn!.header.slice(0, 5)).toEqual([
      'Kvittering',
      'Prosjekt',
      'Søkjarkommune',
      'Samarbeidskommunar',
      'Fylke',
    ]);
    expect(nn!.header.slice(-3)).toEqual(['Tilrådd ikkje kvalifisert', 'Utfall', 'Grunngjeving']);
    expect(en!.name).toBe('Expert committee');
    expect(en!.header.slice(0, 3)).toEqual(['Receipt', 'Project', 'Lead municipality']);
    expect(en!.header).toContain(`Requested ${year1}`);
    // The cell words too: the member's declaration and the outcome
    const words = (sheet: typeof nb) => sheet!.rows.map((row) => [row[14], row[21]]);
    expect(words(nb)).toEqual([
      ['habil', 'ikke kvalifisert'],
      ['inhabil', ''],
    ]);
    expect(words(nn)).toEqual([
      ['habil', 'ikkje kvalifisert'],
      ['inhabil', ''],
    ]);
    expect(words(en)).toEqual([
      ['no conflict', 'not qualified'],
      ['conflicted', ''],
    ]);
  });

  it('head the final committee’s columns and budget rows in the member’s language', () => {
    // Prepare
    const final = stage('final', {
      proposals: {
        A: {
          awarded: true,
          amounts: { [year1]: 300_000 },
          total: 300_000,
          setBy: 'innstilling-leder',
          setAt: '',
        },
      },
    });

    // Act
    const [nb, nn, en] = sheets('final', 'innstilling-leder', final, [
      declared('final', 'innstilling-leder', 'A', false),
    ]);

    // Assess
    expect(nb!.columns).toHaveLength(nb!.header.length);
    expect(nb!.columns!.slice(-3)).toEqual(['amount', 'amount', 'text']);
    expect([nb, nn, en].map((sheet) => sheet!.name)).toEqual([
      'Innstillingsutvalget',
      'Innstillingsutvalet',
      'Final committee',
    ]);
    expect([nb, nn, en].map((sheet) => sheet!.header.slice(-3))).toEqual([
      [`Tildelt ${year2}`, 'Tildelt totalt', 'Begrunnelse for avslag'],
      [`Tildelt ${year2}`, 'Tildelt totalt', 'Grunngjeving for avslag'],
      [`Awarded ${year2}`, 'Awarded in total', 'Reason for decline'],
    ]);
    expect([nb, nn, en].map((sheet) => sheet!.summary!.rows.at(-1)![0])).toEqual([
      'Totalt',
      'Totalt',
      'In total',
    ]);
    expect([nb, nn, en].map((sheet) => sheet!.summary!.header)).toEqual([
      ['Budsjettår', 'Budsjett', 'Tildelt', 'Gjenstår'],
      ['Budsjettår', 'Budsjett', 'Tildelt', 'Står att'],
      ['Budget year', 'Budget', 'Awarded', 'Remaining'],
    ]);
    const budgetYear = Object.keys(round.budgetPerYear)[0]!;
    expect(nb!.summary!.rows[0]).toEqual([
      budgetYear,
      round.budgetPerYear[budgetYear],
      300_000,
      round.budgetPerYear[budgetYear]! - 300_000,
    ]);
    expect(nb!.summary!.columns).toEqual(['text', 'amount', 'amount', 'amount']);
    expect(nb!.rows[1]![nb!.header.indexOf('Min habilitet')]).toBe('ikke erklært');
  });
});
