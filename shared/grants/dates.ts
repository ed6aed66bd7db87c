/**
 * The round's dates after the award as they hold now: the configuration's `grant.acceptBy` and
 * `grant.reportsDue`, with any an administrator moved (the round's schedule item, as for the
 * round's other dates, ADR 047). The workflow reads them every time it looks, so a moved date
 * is seen at its next look.
 */
import * as clock from '../clock.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { actorName } from '../review/links.ts';
import type { AuditActor } from '../storage/audit.ts';
import { getScheduleOverrides, moveScheduleOverrides, type ScheduleOverrides } from '../storage/review.ts';
import type { GrantDates } from './state.ts';
import type { FieldIssue } from '../domain/application.ts';
import { listSubmittedApplications } from '../storage/applications.ts';
import { resumeTask } from '../workflow/callbacks.ts';

const valid = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function mergeGrantDates(round: RoundSchedule, overrides: ScheduleOverrides): GrantDates {
  const reportsDue = { ...round.grant.reportsDue };
  for (const [schoolYear, due] of Object.entries(overrides.reportsDue ?? {})) {
    if (schoolYear in reportsDue && valid(due)) reportsDue[schoolYear] = due;
  }
  return { acceptBy: valid(overrides.acceptBy) ? overrides.acceptBy : round.grant.acceptBy, reportsDue };
}

/** The dates now (one GetItem). */
export async function grantDates(round: RoundSchedule): Promise<GrantDates> {
  return mergeGrantDates(round, await getScheduleOverrides(round.id));
}

/** What an administrator may move after the award: the acceptance deadline, report due dates. */
export interface GrantDateChanges {
  acceptBy?: string;
  reportsDue?: Record<string, string>;
}

export const grantDatesMoved = (changes: GrantDateChanges) =>
  changes.acceptBy !== undefined || Object.keys(changes.reportsDue ?? {}).length > 0;

/**
 * The field issues of moving dates after the award (ADR 113): each an instant
 * (FORMAT_INVALID), a report date only for a school year of the round (VALUE_NOT_ALLOWED), and
 * the dates as they would hold in order — the announcement, the acceptance deadline, then each
 * school year's report in the round's order (GRANT_DATE_TOO_EARLY at a date that moved before
 * the one it must follow; GRANT_DATE_TOO_LATE at one that moved past the next).
 */
export function grantDateIssues(
  round: RoundSchedule,
  announcement: { at: string; moved: boolean },
  current: GrantDates,
  changes: GrantDateChanges,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (changes.acceptBy !== undefined && !valid(changes.acceptBy))
    issues.push({ path: 'acceptBy', code: 'FORMAT_INVALID' });
  for (const [schoolYear, due] of Object.entries(changes.reportsDue ?? {})) {
    if (!(schoolYear in round.grant.reportsDue))
      issues.push({ path: `reportsDue.${schoolYear}`, code: 'VALUE_NOT_ALLOWED' });
    else if (!valid(due)) issues.push({ path: `reportsDue.${schoolYear}`, code: 'FORMAT_INVALID' });
  }
  if (issues.length) return issues;
  const years = round.schoolYears.map((year) => year.id).filter((id) => id in round.grant.reportsDue);
  const chain = [
    { path: 'announcement', at: announcement.at, moved: announcement.moved },
    { path: 'acceptBy', at: changes.acceptBy ?? current.acceptBy, moved: changes.acceptBy !== undefined },
    ...years.map((year) => ({
      path: `reportsDue.${year}`,
      at: changes.reportsDue?.[year] ?? current.reportsDue[year]!,
      moved: changes.reportsDue?.[year] !== undefined,
    })),
  ];
  for (let i = 1; i < chain.length; i++) {
    const [before, after] = [chain[i - 1]!, chain[i]!];
    if (Date.parse(after.at) > Date.parse(before.at)) continue;
    issues.push(
      after.moved
        ? { path: after.path, code: 'GRANT_DATE_TOO_EARLY' }
        : { path: before.path, code: 'GRANT_DATE_TOO_LATE' },
    );
  }
  return issues;
}

/**
 * Moves the acceptance deadline or a report's due date (an override; the configuration stays),
 * then resumes every waiting award of the round (ADR 113): a wait's timeout was fixed when it
 * began, so a date moved earlier is seen at once rather than when the old wait ends; one moved
 * later is seen by the look its timeout starts (nothing is due yet, and it waits again).
 */
export async function moveGrantDates(
  round: RoundSchedule,
  changes: GrantDateChanges,
  actor: AuditActor,
  now = clock.now(),
): Promise<GrantDates> {
  const instants = [changes.acceptBy, ...Object.values(changes.reportsDue ?? {})].filter(
    (v) => v !== undefined,
  );
  for (const value of instants) if (!valid(value)) throw new Error(`not an instant: ${value}`);
  for (const schoolYear of Object.keys(changes.reportsDue ?? {})) {
    if (!(schoolYear in round.grant.reportsDue))
      throw new Error(`${schoolYear} is not a school year of ${round.id}`);
  }
  const iso = (value: string) => new Date(value).toISOString();
  const next = await moveScheduleOverrides(round.id, {
    actor,
    updatedBy: actorName(actor),
    now,
    changes,
    move: (current) => ({
      ...(changes.acceptBy ? { acceptBy: iso(changes.acceptBy) } : {}),
      ...(changes.reportsDue
        ? {
            reportsDue: {
              ...current.reportsDue,
              ...Object.fromEntries(
                Object.entries(changes.reportsDue).map(([year, due]) => [year, iso(due)]),
              ),
            },
          }
        : {}),
    }),
    previous: (current) => ({ acceptBy: current.acceptBy, reportsDue: current.reportsDue }),
  });
  await nudgeRoundAwards(round.id, 'dates');
  return mergeGrantDates(round, next);
}

/** Resumes the workflow of each award of the round that waits (a token on its item). */
async function nudgeRoundAwards(roundId: string, change: string) {
  const applications = await listSubmittedApplications(roundId);
  for (const application of applications) {
    if (application.grantToken) await resumeTask(application.grantToken, { changed: change });
  }
}
