/**
 * An award after its announcement (ADR 102): the acceptance, and when the workflow must look
 * again. Pure: the workflow's tasks, the API and the web read the same rules.
 */
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { grantRemindersOf } from '../domain/rounds/schema.ts';
import type { ReportStatus } from './report.ts';

export const GRANT_STATUSES = ['ACCEPTED', 'DECLINED', 'LAPSED'] as const;
/** ACCEPTED or DECLINED by the municipality; LAPSED: not accepted by the deadline. */
export type GrantStatus = (typeof GRANT_STATUSES)[number];

const DAY = 24 * 3600 * 1000;

/**
 * An award counts against the round's budget unless the municipality declined it (ADR 102):
 * the final committee's budget figures, the public awards and the secretariat's list read this.
 */
export const countsAgainstBudget = (application: { grant?: { status: GrantStatus } }) =>
  application.grant?.status !== 'DECLINED';

/** The round's dates after the award as they hold now (configuration + an administrator's moved dates). */
export interface GrantDates {
  acceptBy: string;
  reportsDue: Record<string, string>;
}

/** The reminders and notices the workflow sends, each once per application (claimed). */
/** `at`: when it is due; `until`: a reminder *before* a date is not sent once the date has passed. */
export type GrantReminder =
  | { kind: 'acceptance-before'; at: number; until: number }
  | { kind: 'acceptance-lapsed'; at: number }
  | { kind: 'report-before'; schoolYear: string; at: number; until: number }
  | { kind: 'report-after'; schoolYear: string; at: number };

export const reminderClaim = (reminder: GrantReminder) =>
  'schoolYear' in reminder ? `reminder#${reminder.kind}#${reminder.schoolYear}` : `reminder#${reminder.kind}`;

export interface GrantSituation {
  /** Undefined while the municipality has not answered. */
  status?: GrantStatus;
  /** The awarded school years, in the round's order. */
  schoolYears: readonly string[];
  reports: Readonly<Record<string, ReportStatus | undefined>>;
}

/**
 * What the workflow still waits for: nothing once declined, lapsed, or accepted with every
 * report approved; else the acceptance or the reports.
 */
export function grantOpen(situation: GrantSituation): boolean {
  if (situation.status === 'DECLINED' || situation.status === 'LAPSED') return false;
  if (situation.status !== 'ACCEPTED') return true;
  return situation.schoolYears.some((year) => situation.reports[year] !== 'APPROVED');
}

/**
 * Every reminder that applies to the situation, at its time: before the acceptance deadline
 * and the lapse at it while unanswered; once accepted, before and after each report's due
 * date while that report is not submitted (a draft, or none yet). Returned questions are the
 * secretariat's follow-up, not reminders.
 */
export function grantReminders(
  round: RoundSchedule,
  dates: GrantDates,
  situation: GrantSituation,
): GrantReminder[] {
  const days = grantRemindersOf(round);
  // The lapse's notice to the secretariat stays due until it is sent (a failed mail is retried).
  if (situation.status === 'LAPSED') return [{ kind: 'acceptance-lapsed', at: Date.parse(dates.acceptBy) }];
  if (situation.status === undefined) {
    const deadline = Date.parse(dates.acceptBy);
    return [
      { kind: 'acceptance-before', at: deadline - days.acceptanceDaysBefore * DAY, until: deadline },
      { kind: 'acceptance-lapsed', at: deadline },
    ];
  }
  if (situation.status !== 'ACCEPTED') return [];
  return situation.schoolYears.flatMap((schoolYear): GrantReminder[] => {
    const status = situation.reports[schoolYear];
    if (status && status !== 'DRAFT') return [];
    const due = Date.parse(dates.reportsDue[schoolYear] ?? '');
    if (Number.isNaN(due)) return [];
    return [
      { kind: 'report-before', schoolYear, at: due - days.reportDaysBefore * DAY, until: due },
      { kind: 'report-after', schoolYear, at: due + days.reportDaysAfter * DAY },
    ];
  });
}

/** A short fingerprint of the situation: the workflow resumes at once if it changed while it was entering its wait. */
export const situationSignature = (situation: GrantSituation) =>
  [
    situation.status ?? '-',
    ...situation.schoolYears.map((year) => `${year}:${situation.reports[year] ?? '-'}`),
  ].join('|');

/**
 * Of the reminders not sent yet (`sent`: their claims), those due at `now` (to send), and
 * when the next one falls due. A reminder before a date whose date has passed is neither.
 */
export function remindersAt(reminders: readonly GrantReminder[], sent: ReadonlySet<string>, now: number) {
  const pending = reminders.filter(
    (reminder) => !sent.has(reminderClaim(reminder)) && !('until' in reminder && now >= reminder.until),
  );
  const due = pending.filter((reminder) => reminder.at <= now);
  const later = pending.filter((reminder) => reminder.at > now).map((reminder) => reminder.at);
  return { due, next: later.length ? Math.min(...later) : undefined };
}
