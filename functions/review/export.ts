import { errors } from '../../shared/api/errors.ts';
import { toCsv, toXlsx, type Cell, type Sheet } from '../../shared/export/spreadsheet.ts';
import type { Reviewer } from '../../shared/review/links.ts';
import { stageApplications } from '../../shared/review/stages.ts';
import { listView } from '../../shared/review/views.ts';
import { listMemberReviews } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage } from './load.ts';

/**
 * GET /review/export?format=csv|xlsx — the committee's list with the figures it works with,
 * as the member sees it on the page (a conflicted member's rows carry no discussion).
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const format = request.query('format') ?? 'xlsx';
  if (format !== 'csv' && format !== 'xlsx') {
    throw errors.validation([{ path: 'format', code: 'VALUE_NOT_ALLOWED' }]);
  }
  const { stage, deadline } = await loadOpenStage(reviewer);
  const [applications, reviews] = await Promise.all([
    stageApplications(reviewer.round, reviewer.committee),
    listMemberReviews(reviewer.round.id, reviewer.committee),
  ]);
  const view = listView({ reviewer, stage, deadline, applications, reviews });
  const sheet = toSheet(reviewer, view);
  const fileName = `${reviewer.round.id}-${reviewer.committee}.${format}`;
  return {
    status: 200,
    file:
      format === 'csv'
        ? { bytes: Buffer.from(toCsv(sheet), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName }
        : {
            bytes: toXlsx(sheet),
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            fileName,
          },
  };
});

type View = ReturnType<typeof listView>;
type Row = View['applications'][number];

function toSheet(reviewer: Reviewer, view: View): Sheet {
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
    'Kvittering',
    'Prosjekt',
    'Søkerkommune',
    'Samarbeidskommuner',
    'Fylker',
    'Aktivitetsområder',
    'Kunstfag',
    ...schoolYears.map((id) => `Søkt ${id}`),
    'Søkt totalt',
  ];
  const declared = (row: Row) =>
    row.declaration === null ? 'ikke erklært' : row.declaration.conflicted ? 'inhabil' : 'habil';
  const proposal = (row: Row) => (row.proposal ?? {}) as Record<string, unknown>;

  if (committee === 'expert') {
    return {
      name: 'Sakkyndig utvalg',
      header: [
        ...commonHeader,
        'Min habilitet',
        'Vurderinger',
        'Snitt aktivitetsområder',
        'Snitt forankring',
        'Snitt bærekraft',
        'Anbefalt kvalifisert',
        'Anbefalt ikke kvalifisert',
        'Utfall',
        'Begrunnelse',
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
          : proposal(row).qualified
            ? 'kvalifisert'
            : 'ikke kvalifisert',
        (proposal(row).reason as string | undefined) ?? '',
      ]),
    };
  }
  if (committee === 'geographic') {
    return {
      name: 'Geografisk utvalg',
      header: ['Prioritet', ...commonHeader, 'Min habilitet', 'Sakkyndig begrunnelse', 'Utvalgets kommentar'],
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
      rows.push([`Budsjett ${year.year}`, year.budget, year.awarded, year.remaining]);
    rows.push(['Budsjett totalt', budget.total.budget, budget.total.awarded, budget.total.remaining]);
  }
  return {
    name: 'Innstillingsutvalget',
    header: [
      'Prioritet',
      ...commonHeader,
      'Min habilitet',
      ...schoolYears.map((id) => `Tildelt ${id}`),
      'Tildelt totalt',
      'Begrunnelse for avslag',
    ],
    rows,
  };
}
