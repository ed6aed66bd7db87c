/**
 * The committee's list as a sheet for `GET /review/export` (docs/decisions/045-review-exports.md):
 * the rows the member sees on the page (a conflicted member's rows carry no discussion), with
 * the figures the committee works with (each column's kind: amounts in kroner, averages,
 * counts), and the headers and words in the member's language (the catalogue
 * `shared/i18n/export.ts`). `shared/export/spreadsheet.ts` writes it as CSV or XLSX.
 */
import type { Cell, ColumnKind, Sheet } from '../export/spreadsheet.ts';
import { applicationText } from '../i18n/application.ts';
import { translator } from '../i18n/catalogue.ts';
import { committeeText } from '../i18n/committees.ts';
import { exportText } from '../i18n/export.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Reviewer } from './links.ts';
import type { listView } from './views.ts';

type View = ReturnType<typeof listView>;
type Row = View['applications'][number];

export function exportSheet(reviewer: Reviewer, view: View, locale: Locale): Sheet {
  const t = translator(locale, exportText, applicationText, committeeText);
  const { round, committee } = reviewer;
  const schoolYears = round.schoolYears.map((year) => year.id);
  const common = (row: Row): Cell[] => [
    row.receiptNumber,
    row.title,
    `${row.leadMunicipality.name} (${row.leadMunicipality.number})`,
    row.partnerMunicipalities.map((m) => `${m.name} (${m.number})`).join('; '),
    row.counties.map((county) => county.name).join('; '),
    row.activityAreas.join('; '),
    row.artSubjects.join('; '),
    ...schoolYears.map(
      (id) => row.requested.perSchoolYear.find((year) => year.schoolYear === id)?.amount ?? null,
    ),
    row.requested.total,
  ];
  const commonHeader = [
    t('export.receipt'),
    t('application.project'),
    t('application.leadMunicipality'),
    t('application.partnerMunicipalities'),
    t('application.counties'),
    t('application.activityAreas'),
    t('application.artSubjects'),
    ...schoolYears.map((schoolYear) => t('export.requestedIn', { schoolYear })),
    t('export.requestedTotal'),
  ];
  const commonColumns: ColumnKind[] = [
    ...Array<ColumnKind>(7).fill('text'),
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
  const name = t(`committee.name.${committee}`);

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
        proposal(row).qualified === undefined
          ? ''
          : t(proposal(row).qualified ? 'export.qualified' : 'export.notQualified'),
        (proposal(row).reason as string | undefined) ?? '',
      ]),
    };
  }
  if (committee === 'geographic') {
    return {
      name,
      header: [
        t('export.rank'),
        ...commonHeader,
        t('export.myDeclaration'),
        t('export.expertReason'),
        t('export.comment'),
      ],
      columns: ['integer', ...commonColumns, 'text', 'text', 'text'],
      rows: view.applications.map((row) => [
        (proposal(row).rank as number | undefined) ?? null,
        ...common(row),
        declared(row),
        ('expert' in row && row.expert ? row.expert.reason : '') as string,
        (proposal(row).comment as string | undefined) ?? '',
      ]),
    };
  }
  const budget = 'budget' in view ? view.budget : undefined;
  const rows: Cell[][] = view.applications.map((row) => {
    const p = proposal(row);
    const amounts = (p.amounts ?? {}) as Record<string, number>;
    return [
      'geographic' in row && row.geographic ? row.geographic.rank : null,
      ...common(row),
      declared(row),
      ...schoolYears.map((id) => (p.awarded ? (amounts[id] ?? null) : null)),
      p.awarded ? (p.total as number) : p.awarded === false ? 0 : null,
      p.awarded === false ? (p.reason as string) : '',
    ];
  });
  if (budget) {
    rows.push([]);
    for (const year of budget.perYear)
      rows.push([t('export.budgetYear', { year: year.year }), year.budget, year.awarded, year.remaining]);
    rows.push([t('export.budgetTotal'), budget.total.budget, budget.total.awarded, budget.total.remaining]);
  }
  return {
    name,
    header: [
      t('export.rank'),
      ...commonHeader,
      t('export.myDeclaration'),
      ...schoolYears.map((schoolYear) => t('export.awardedIn', { schoolYear })),
      t('export.awardedTotal'),
      t('export.declineReason'),
    ],
    columns: [
      'integer',
      ...commonColumns,
      'text',
      ...schoolYears.map((): ColumnKind => 'amount'),
      'amount',
      'text',
    ],
    rows,
  };
}
