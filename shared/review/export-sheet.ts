/**
 * The committee's list as a sheet for `GET /review/export` (docs/decisions/045-review-exports.md,
 * 092-exports-for-the-secretary.md): every submitted application of the round — the stage's
 * in the stage's order (submission; the geographic priority; the final ranking), then those an
 * earlier stage let go with that stage's outcome — each with what a committee secretary works
 * with: the areas and art subjects as people read them (the one written in kept), the partners
 * with their organisation numbers, the contact person, the requested amounts, each stage's
 * outcome and comments so far. The rows are those the member sees on the page (a conflicted
 * member's rows carry no discussion). Headers and words in the member's language (the catalogue
 * `shared/i18n/export.ts`); each column's kind (amounts in kroner, averages, counts) for
 * `shared/export/spreadsheet.ts`, which writes it as CSV or XLSX.
 */
import { artSubjectLabels, isArtSubject } from '../domain/art-subjects.ts';
import type { NamedActivityArea } from '../domain/rounds/area-names.ts';
import type { Cell, ColumnKind, Sheet } from '../export/spreadsheet.ts';
import { applicationText } from '../i18n/application.ts';
import { translator } from '../i18n/catalogue.ts';
import { committeeText } from '../i18n/committees.ts';
import { exportText } from '../i18n/export.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import type { Reviewer } from './links.ts';
import { applicationSummary, type listView } from './views.ts';

type View = ReturnType<typeof listView>;
type Row = View['applications'][number];

export interface ExportInput {
  /** The list as the member sees it. */
  view: View;
  /** The stage's applications in full (the view's rows are a summary). */
  applications: readonly ApplicationRecord[];
  /** The round's other submitted applications, with the earlier stages' shares they have. */
  others: readonly ApplicationRecord[];
  /** The round's activity areas with their titles (its content, ADR 118). */
  activityAreas: readonly NamedActivityArea[];
}

/** A comment as the export shows it: «Kari Nord: Godt tilbud i Salten». */
const comments = (list: readonly { memberName: string; comment: string }[] | null | undefined) =>
  (list ?? []).map((entry) => `${entry.memberName}: ${entry.comment}`).join('\n');

export function exportSheet(reviewer: Reviewer, input: ExportInput, locale: Locale): Sheet {
  const t = translator(locale, exportText, applicationText, committeeText);
  const { round, committee } = reviewer;
  const { view } = input;
  const schoolYears = round.schoolYears.map((year) => year.id);
  const records = new Map(
    [...input.applications, ...input.others].map((record) => [record.applicationId, record]),
  );
  const areaTitle = (code: string) =>
    input.activityAreas.find((area) => area.code === code)?.title[locale] ?? code;
  const subjectLabel = (code: string) => (isArtSubject(code) ? artSubjectLabels[code][locale] : code);

  /** The columns every committee's export starts with (after the geographic and final rank). */
  const common = (row: Summary): Cell[] => {
    const draft = records.get(row.applicationId)?.draft ?? {};
    const other = draft.artSubjects?.other?.trim();
    return [
      row.receiptNumber,
      row.title,
      `${row.leadMunicipality.name} (${row.leadMunicipality.number})`,
      row.partnerMunicipalities.map((m) => `${m.name} (${m.number})`).join('; '),
      row.counties.map((county) => county.name).join('; '),
      row.activityAreas.map(areaTitle).join('; '),
      [
        ...row.artSubjects.map(subjectLabel),
        ...(other ? [t('export.artSubjectOther', { text: other })] : []),
      ].join('; '),
      (draft.partners ?? [])
        .map((partner) =>
          partner.organisationNumber?.trim()
            ? t('export.partner', { name: partner.name, number: partner.organisationNumber.trim() })
            : partner.name,
        )
        .join('; '),
      draft.contact?.name ?? '',
      draft.contact?.email ?? '',
      draft.contact?.phone ?? '',
      ...schoolYears.map(
        (id) => row.requested.perSchoolYear.find((year) => year.schoolYear === id)?.amount ?? null,
      ),
      row.requested.total,
    ];
  };
  const commonHeader = [
    t('export.receipt'),
    t('application.project'),
    t('application.leadMunicipality'),
    t('application.partnerMunicipalities'),
    t('application.counties'),
    t('application.activityAreas'),
    t('application.artSubjects'),
    t('export.partners'),
    t('export.contactName'),
    t('export.contactEmail'),
    t('export.contactPhone'),
    ...schoolYears.map((schoolYear) => t('export.requestedIn', { schoolYear })),
    t('export.requestedTotal'),
  ];
  const commonColumns: ColumnKind[] = [
    ...Array<ColumnKind>(11).fill('text'),
    ...schoolYears.map((): ColumnKind => 'amount'),
    'amount',
  ];
  const declared = (row: Row) =>
    t(
      row.declaration === null
        ? 'export.declaration.none'
        : row.declaration.conflicted
          ? 'export.declaration.conflicted'
          : 'export.declaration.clear',
    );
  const proposal = (row: Row) => (row.proposal ?? {}) as Record<string, unknown>;
  const qualifiedWord = (qualified: boolean | undefined) =>
    qualified === undefined ? '' : t(qualified ? 'export.qualified' : 'export.notQualified');
  const expertOf = (row: Row) => ('expert' in row && row.expert ? row.expert : null);
  const name = t(`committee.name.${committee}`);
  /**
   * The round's applications not in this stage (geographic and final): after the stage's own,
   * with the expert committee's outcome and reason and nothing of the later stages.
   */
  const othersRows = (width: number, expertAt: number): Cell[][] =>
    committee === 'expert'
      ? []
      : input.others.map((record) => {
          const cells: Cell[] = [null, ...common(applicationSummary(round, record))];
          const row: Cell[] = [...cells, ...Array<Cell>(width - cells.length).fill(null)];
          row[expertAt] = qualifiedWord(record.expertDecision?.qualified);
          row[expertAt + 1] = record.expertDecision?.reason ?? '';
          return row;
        });

  if (committee === 'expert') {
    return {
      name,
      header: [
        ...commonHeader,
        t('export.myDeclaration'),
        t('export.assessments'),
        t('export.average.activityAreaFit'),
        t('export.average.anchoring'),
        t('export.average.sustainability'),
        t('export.recommended.qualified'),
        t('export.recommended.notQualified'),
        t('export.outcome'),
        t('committee.outcome.reason'),
      ],
      columns: [
        ...commonColumns,
        'text',
        'integer',
        'decimal',
        'decimal',
        'decimal',
        'integer',
        'integer',
        'text',
        'text',
      ],
      rows: view.applications.map((row) => [
        ...common(row),
        declared(row),
        row.assessments?.count ?? null,
        row.assessments?.averages.activityAreaFit ?? null,
        row.assessments?.averages.anchoring ?? null,
        row.assessments?.averages.sustainability ?? null,
        row.assessments?.recommendations.qualified ?? null,
        row.assessments?.recommendations.notQualified ?? null,
        qualifiedWord(proposal(row).qualified as boolean | undefined),
        (proposal(row).reason as string | undefined) ?? '',
      ]),
    };
  }

  const expertAt = 1 + commonHeader.length + 1; // after the rank, the common columns, the declaration
  if (committee === 'geographic') {
    const header = [
      t('export.rank'),
      ...commonHeader,
      t('export.myDeclaration'),
      t('export.expertOutcome'),
      t('export.expertReason'),
      t('export.advisers'),
      t('export.comment'),
    ];
    // The priority order: ranked first, by rank; the rest in submission order.
    const rank = (row: Row) => (proposal(row).rank as number | undefined) ?? Number.POSITIVE_INFINITY;
    const ordered = view.applications
      .map((row, index) => ({ row, index }))
      .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
      .map(({ row }) => row);
    return {
      name,
      header,
      columns: ['integer', ...commonColumns, 'text', 'text', 'text', 'text', 'text'],
      rows: [
        ...ordered.map((row) => [
          (proposal(row).rank as number | undefined) ?? null,
          ...common(row),
          declared(row),
          qualifiedWord(expertOf(row)?.qualified),
          expertOf(row)?.reason ?? '',
          comments('comments' in row ? row.comments : null),
          (proposal(row).comment as string | undefined) ?? '',
        ]),
        ...othersRows(header.length, expertAt),
      ],
    };
  }

  const header = [
    t('export.rank'),
    ...commonHeader,
    t('export.myDeclaration'),
    t('export.expertOutcome'),
    t('export.expertReason'),
    t('export.geographicComment'),
    t('export.advisers'),
    t('export.outcome'),
    ...schoolYears.map((schoolYear) => t('export.awardedIn', { schoolYear })),
    t('export.awardedTotal'),
    t('export.declineReason'),
  ];
  const rows: Cell[][] = view.applications.map((row) => {
    const p = proposal(row);
    const amounts = (p.amounts ?? {}) as Record<string, number>;
    const geographic = 'geographic' in row && row.geographic ? row.geographic : null;
    return [
      geographic?.rank ?? null,
      ...common(row),
      declared(row),
      qualifiedWord(expertOf(row)?.qualified),
      expertOf(row)?.reason ?? '',
      geographic?.comment ?? '',
      comments('advisers' in row ? row.advisers : null),
      p.awarded === undefined ? '' : t(p.awarded ? 'export.outcome.awarded' : 'export.outcome.declined'),
      ...schoolYears.map((id) => (p.awarded ? (amounts[id] ?? null) : null)),
      p.awarded ? (p.total as number) : p.awarded === false ? 0 : null,
      p.awarded === false ? (p.reason as string) : '',
    ];
  });
  const budget = 'budget' in view ? view.budget : undefined;
  return {
    name,
    header,
    columns: [
      'integer',
      ...commonColumns,
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      ...schoolYears.map((): ColumnKind => 'amount'),
      'amount',
      'text',
    ],
    rows: [...rows, ...othersRows(header.length, expertAt)],
    // The budget below the list, each figure under its own heading.
    ...(budget
      ? {
          summary: {
            header: [t('export.budgetYear'), t('export.budget'), t('export.awarded'), t('export.remaining')],
            columns: ['text', 'amount', 'amount', 'amount'],
            rows: [
              ...budget.perYear.map((year) => [year.year, year.budget, year.awarded, year.remaining]),
              [t('export.budgetTotal'), budget.total.budget, budget.total.awarded, budget.total.remaining],
            ],
          },
        }
      : {}),
  };
}

type Summary = ReturnType<typeof applicationSummary>;
