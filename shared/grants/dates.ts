/**
 * The round's dates after the award as they hold now: the configuration's `grant.acceptBy` and
 * `grant.reportsDue`, with any an administrator moved (the round's schedule item, as for the
 * round's other dates, ADR 047). The workflow reads them every time it looks, so a moved date
 * is seen at its next look.
 */
import * as clock from '../clock.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { actorName } from '../review/links.ts';
import { recordAudit, type AuditActor } from '../storage/audit.ts';
import { getScheduleOverrides, putScheduleOverrides, type ScheduleOverrides } from '../storage/review.ts';
import type { GrantDates } from './state.ts';

const valid = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

export function mergeGrantDates(round: Round, overrides: ScheduleOverrides): GrantDates {
  const reportsDue = { ...round.grant.reportsDue };
  for (const [schoolYear, due] of Object.entries(overrides.reportsDue ?? {})) {
    if (schoolYear in reportsDue && valid(due)) reportsDue[schoolYear] = due;
  }
  return { acceptBy: valid(overrides.acceptBy) ? overrides.acceptBy : round.grant.acceptBy, reportsDue };
}

/** The dates now (one GetItem). */
export async function grantDates(round: Round): Promise<GrantDates> {
  return mergeGrantDates(round, await getScheduleOverrides(round.id));
}

/** Moves the acceptance deadline or a report's due date (an override; the configuration stays). */
export async function moveGrantDates(
  round: Round,
  changes: { acceptBy?: string; reportsDue?: Record<string, string> },
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
  const current = await getScheduleOverrides(round.id);
  const next: ScheduleOverrides = {
    ...current,
    ...(changes.acceptBy ? { acceptBy: iso(changes.acceptBy) } : {}),
    ...(changes.reportsDue
      ? {
          reportsDue: {
            ...current.reportsDue,
            ...Object.fromEntries(Object.entries(changes.reportsDue).map(([year, due]) => [year, iso(due)])),
          },
        }
      : {}),
    updatedAt: now.toISOString(),
    updatedBy: actorName(actor),
  };
  await putScheduleOverrides(round.id, next);
  await recordAudit({
    roundId: round.id,
    at: now.toISOString(),
    actor,
    action: 'schedule.moved',
    details: { changes, previous: { acceptBy: current.acceptBy, reportsDue: current.reportsDue } },
  });
  return mergeGrantDates(round, next);
}
