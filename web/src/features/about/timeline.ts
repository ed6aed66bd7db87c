/**
 * The round's timeline as its dates hold now (issue 9, point 6): GET /rounds answers the dates
 * with any moved by the secretariat (the application period, the committees' deadlines, the
 * announcement), so the rows for them are derived from those dates, never from the configured
 * timeline's text. Configured rows that end before the period opens (information to the
 * municipalities, webinars, the portal being finished) stand as configured: no date moves them.
 */
import { osloDate } from '../../app/format.ts';
import type { RoundView } from '../rounds/rounds.ts';

export type TimelineStep = 'period' | 'expert' | 'geographic' | 'final' | 'announcement';

export interface TimelineRow {
  /** Oslo calendar dates, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** A step of the round (worded by the page), or a configured row's own label. */
  step?: TimelineStep;
  label?: RoundView['timeline'][number]['label'];
}

/** The Oslo date of the day after an instant's (a stage starts when the one before ends). */
function dayAfter(instant: string): string {
  const date = osloDate(instant);
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export function timelineRows(
  round: Pick<RoundView, 'applicationPeriod' | 'committeeDeadlines' | 'announcementDate' | 'timeline'>,
): TimelineRow[] {
  const { opens, closes } = round.applicationPeriod;
  const { expert, geographic, final } = round.committeeDeadlines;
  const opening = osloDate(opens);
  const derived: TimelineRow[] = [
    { step: 'period', from: opening, to: osloDate(closes) },
    { step: 'expert', from: dayAfter(closes), to: osloDate(expert) },
    { step: 'geographic', from: dayAfter(expert), to: osloDate(geographic) },
    { step: 'final', from: dayAfter(geographic), to: osloDate(final) },
    { step: 'announcement', from: osloDate(round.announcementDate), to: osloDate(round.announcementDate) },
  ];
  const before = round.timeline
    .filter((row) => row.to < opening)
    .map((row) => ({ from: row.from, to: row.to, label: row.label }));
  // A stage whose deadline falls on the day the one before ended takes that one day.
  const days = derived.map((row) => (row.to < row.from ? { ...row, from: row.to } : row));
  return [...before, ...days].toSorted((a, b) => a.from.localeCompare(b.from));
}
