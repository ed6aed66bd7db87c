/**
 * The awards of an announced round as open data (ADR 101): what the council reports to its
 * funders and what journalists and researchers ask for — each award with its lead and partner
 * municipalities and their counties by SSB number, the amounts per school year, the activity
 * areas and art subjects by code and label, under NLOD 2.0. JSON (`openAwards`) and CSV
 * (`openAwardsCsv`: RFC 4180, UTF-8 with a byte-order mark for Excel, one row per award).
 * Nothing before the announcement date (NOT_FOUND), and nothing of declined, not-qualified or
 * withdrawn applications, of the committees, or of people.
 */
import * as clock from '../clock.ts';
import { artSubjectLabels, isArtSubject } from '../domain/art-subjects.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRoundWithAreaNames, type RoundWithAreaNames } from '../domain/rounds/area-names.ts';
import * as errors from '../errors.ts';
import { toCsv, type Cell } from '../export/spreadsheet.ts';
import { listSubmittedApplications, type ApplicationRecord } from '../storage/applications.ts';
import { roundDates } from '../review/schedule.ts';

/** The licence every file names (ADR 101). */
export const OPEN_DATA_LICENCE = {
  name: 'Norsk lisens for offentlige data (NLOD) 2.0',
  url: 'https://data.norge.no/nlod/no/2.0',
} as const;
export const OPEN_DATA_PUBLISHER = 'Norsk kulturskoleråd';
export const CSV_CONTENT_TYPE = 'text/csv';

interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
}

function municipality(round: RoundWithAreaNames, number: string | undefined): Municipality {
  const found = number ? findMunicipality(round.division, number) : undefined;
  return {
    number: number ?? '',
    name: found?.name ?? '',
    countyNumber: found?.countyNumber ?? '',
    countyName: found?.countyName ?? '',
  };
}

function awardOf(round: RoundWithAreaNames, application: ApplicationRecord) {
  const decision = application.finalDecision;
  if (application.stage !== 'ANNOUNCED' || application.outcome !== 'AWARDED' || !decision?.awarded) return [];
  const draft = application.draft;
  const lead = municipality(round, draft.leadMunicipality);
  const partners = (draft.partnerMunicipalities ?? []).map((number) => municipality(round, number));
  const counties = [
    ...new Map([lead, ...partners].filter((m) => m.countyNumber).map((m) => [m.countyNumber, m.countyName])),
  ]
    .map(([number, name]) => ({ number, name }))
    .sort((a, b) => a.number.localeCompare(b.number));
  return [
    {
      caseNumber: application.receipt?.number ?? application.applicationId,
      title: draft.title ?? '',
      leadMunicipality: lead,
      partnerMunicipalities: partners,
      counties,
      activityAreas: (draft.activityAreas ?? []).map(({ code }) => {
        const area = round.activityAreas.find((candidate) => candidate.code === code);
        return { code, area: area?.area.nb ?? '', title: area?.title.nb ?? '' };
      }),
      artSubjects: (draft.artSubjects?.subjects ?? []).filter(isArtSubject).map((code) => ({
        code,
        label: artSubjectLabels[code].nb,
      })),
      amounts: round.schoolYears.flatMap((year) =>
        decision.amounts[year.id] === undefined
          ? []
          : [{ schoolYear: year.id, amount: decision.amounts[year.id]! }],
      ),
      total: decision.total,
    },
  ];
}

/** The round's public awards as open data; NOT_FOUND before its announcement date. */
export async function openAwards(roundId: string) {
  const round = findRoundWithAreaNames(roundId);
  if (!round) throw errors.roundNotFound();
  const dates = await roundDates(round);
  if (clock.nowMs() < Date.parse(dates.announcement)) throw errors.notFound();
  const awards = (await listSubmittedApplications(round.id))
    .flatMap((application) => awardOf(round, application))
    .sort(
      (a, b) =>
        a.leadMunicipality.number.localeCompare(b.leadMunicipality.number) ||
        a.caseNumber.localeCompare(b.caseNumber),
    );
  return {
    roundId: round.id,
    round: round.title.nb,
    publisher: OPEN_DATA_PUBLISHER,
    licence: OPEN_DATA_LICENCE,
    announced: dates.announcement,
    currency: 'NOK' as const,
    municipalityDivision: round.division,
    schoolYears: round.schoolYears.map((year) => year.id),
    awards,
    total: awards.reduce((sum, award) => sum + award.total, 0),
  };
}

export type OpenAwards = Awaited<ReturnType<typeof openAwards>>;

const list = (values: string[]) => values.join('; ');

/**
 * The same as CSV: one row per award, machine-readable English column names, one amount column
 * per school year of the round (empty where the award has none), lists separated by '; '.
 */
export function openAwardsCsv(data: OpenAwards): string {
  const header = [
    'round_id',
    'case_number',
    'project_title',
    'lead_municipality_number',
    'lead_municipality_name',
    'lead_county_number',
    'lead_county_name',
    'partner_municipality_numbers',
    'partner_municipality_names',
    'county_numbers',
    'activity_area_codes',
    'activity_area_titles',
    'art_subject_codes',
    'art_subject_labels',
    ...data.schoolYears.map((year) => `amount_nok_${year}`),
    'total_nok',
  ];
  const rows: Cell[][] = data.awards.map((award) => [
    data.roundId,
    award.caseNumber,
    award.title,
    award.leadMunicipality.number,
    award.leadMunicipality.name,
    award.leadMunicipality.countyNumber,
    award.leadMunicipality.countyName,
    list(award.partnerMunicipalities.map((m) => m.number)),
    list(award.partnerMunicipalities.map((m) => m.name)),
    list(award.counties.map((county) => county.number)),
    list(award.activityAreas.map((area) => area.code)),
    list(award.activityAreas.map((area) => area.title)),
    list(award.artSubjects.map((subject) => subject.code)),
    list(award.artSubjects.map((subject) => subject.label)),
    ...data.schoolYears.map((year) => award.amounts.find((amount) => amount.schoolYear === year)?.amount),
    award.total,
  ]);
  return toCsv({ name: data.roundId, header, rows });
}
