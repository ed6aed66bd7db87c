/**
 * The deadline closes drafts on the server (ADR 061). The application period as it holds now
 * — the configured dates with the end an administrator may have moved (`npm run admin --
 * stages …`) — and the one rule for when a draft may change: its content, its attachments'
 * uploads and deletes, and what the verification accepts from an upload form. Every service
 * that changes a draft, and the verification, asks here.
 */
import * as errors from '../errors.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { applicationPeriodState, type ApplicationPeriodState } from '../domain/time.ts';
import { roundDates, type RoundDates } from '../review/schedule.ts';
import * as clock from '../clock.ts';

export interface ApplicationPeriodNow {
  opens: string;
  /** The effective close: the configured one unless an administrator moved it. */
  closes: string;
  state: ApplicationPeriodState;
}

/** Where `at` lies in the round's application period, given the round's dates as they hold. */
export function applicationPeriodOf(
  round: RoundSchedule,
  dates: Pick<RoundDates, 'applicationCloses'>,
  at: Date,
): ApplicationPeriodNow {
  const period = { opens: round.applicationPeriod.opens, closes: dates.applicationCloses };
  return { ...period, state: applicationPeriodState({ applicationPeriod: period }, at) };
}

/** Where `at` lies in the round's application period as it holds now (one GetItem). */
export async function applicationPeriodAt(
  round: RoundSchedule,
  at = clock.now(),
): Promise<ApplicationPeriodNow> {
  return applicationPeriodOf(round, await roundDates(round), at);
}

/** A draft may change until the period's effective close (to the second, inclusive). */
export const draftsOpen = (period: Pick<ApplicationPeriodNow, 'state'>) => period.state !== 'closed';

/** APPLICATION_PERIOD_CLOSED once the effective close has passed at `at`. */
export async function assertDraftsOpen(round: RoundSchedule, at = clock.now()): Promise<void> {
  if (!draftsOpen(await applicationPeriodAt(round, at))) throw errors.periodClosed();
}
