/**
 * The console's words for what the API sends by code — a row's progress and outcome, activity
 * areas, art subjects, committees, audit actions — and the adapter from an overview row to
 * the facts the filters read (overview.ts). Pure, apart from the hook that binds the language.
 */
import { artSubjectLabels, isArtSubject } from '../../../../shared/domain/art-subjects.ts';
import { OSLO } from '../../../../shared/domain/time.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { RoundView } from '../rounds/rounds.ts';
import type { OverviewFacts, Progress } from './overview.ts';
import type { OverviewRow } from './types.ts';

/** Where a row stands: a draft, withdrawn, or its stage (a submitted one not yet in review: SUBMITTED). */
export function progressOf(row: Pick<OverviewRow, 'status' | 'stage'>): Progress {
  if (row.status === 'DRAFT') return 'DRAFT';
  if (row.status === 'WITHDRAWN' || row.stage === 'WITHDRAWN') return 'WITHDRAWN';
  return row.stage ?? 'SUBMITTED';
}

export function factsOf(row: OverviewRow): OverviewFacts & { row: OverviewRow } {
  return {
    row,
    applicationId: row.applicationId,
    progress: progressOf(row),
    outcome: row.outcome,
    title: row.title,
    receiptNumber: row.receiptNumber,
    municipalities: [...(row.leadMunicipality ? [row.leadMunicipality] : []), ...row.partnerMunicipalities],
    counties: row.counties,
    activityAreas: row.activityAreas,
    artSubjects: row.artSubjects,
    requested: row.requested,
    contacts: [row.contact?.name ?? '', row.contact?.email ?? '', row.ownerEmail].filter(Boolean),
    updatedAt: row.updatedAt,
  };
}

type AreaRound = Pick<RoundView, 'activityAreas'> | undefined;

export function areaLabel(round: AreaRound, code: string, locale: Locale): string {
  const area = round?.activityAreas.find((candidate) => candidate.code === code);
  return area ? `${code} ${area.area[locale]}` : code;
}

export function subjectLabel(code: string, locale: Locale): string {
  return isArtSubject(code) ? artSubjectLabels[code][locale] : code;
}

const LOCAL_FORMAT = new Intl.DateTimeFormat('sv-SE', {
  timeZone: OSLO,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a `datetime-local` field shows it, in Oslo time: '2026-12-01T23:59'. */
export function osloLocalInput(instant: string): string {
  return LOCAL_FORMAT.format(new Date(instant)).replace(' ', 'T');
}
