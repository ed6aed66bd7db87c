import * as clock from '../clock.ts';
import { ENV, secondsFromEnv } from '../config/env.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { applicationPeriodState } from '../domain/time.ts';
import { nextReminderAt, roundDates, type ScheduledEvent } from '../review/schedule.ts';

const WEEK = 7 * 24 * 3600;

/**
 * The workflow's Schedule task: reads the round's date for `event` as it holds now
 * (configuration + an administrator's moved dates) and tells the state machine
 *   - `due`: whether the date has come (the application period's end is inclusive to the second);
 *   - `wakeAt`: when to look again — the date, or at most WORKFLOW_MAX_WAIT_SECONDS from now —
 *     and `waitSeconds`, the same as a duration for the Wait state (relative, so that a
 *     moved clock (ADR 075) decides it, not the state machine's own);
 *   - `timeoutSeconds`: for a committee stage's callback, how long to wait before the overdue
 *     path — until the deadline, or, once it has passed, until this execution's next reminder
 *     is due; at most the same maximum, so a moved date or clock is seen at the next look.
 * Reads only: safe to retry and to run again after a restart.
 */
export async function lookAtDate(round: RoundSchedule, input: { event: ScheduledEvent; reminders?: number }) {
  const dates = await roundDates(round);
  const date = dates[input.event];
  if (!date) throw new Error(`Unknown scheduled event ${String(input.event)}`);
  const now = clock.now();
  const maxWait = secondsFromEnv(ENV.workflowMaxWaitSeconds, WEEK);
  const due =
    input.event === 'applicationCloses'
      ? applicationPeriodState({ applicationPeriod: { ...round.applicationPeriod, closes: date } }, now) ===
        'closed'
      : now.getTime() >= Date.parse(date);
  // Just after the inclusive end of the period, so the next look finds it over.
  const target =
    input.event === 'applicationCloses'
      ? Math.floor(Date.parse(date) / 1000) * 1000 + 1000
      : Date.parse(date);
  const wake = Math.min(target, now.getTime() + maxWait * 1000);
  const wakeAt = new Date(wake).toISOString();
  const waitSeconds = Math.max(0, Math.ceil((wake - now.getTime()) / 1000));
  // Past a stage's deadline: look again when the next reminder is due (at once for the first).
  const next = now.getTime() < target ? target : nextReminderAt(date, input.reminders ?? 0);
  const timeoutSeconds = Math.max(1, Math.min(maxWait, Math.ceil((next - now.getTime()) / 1000)));
  return { due, date, wakeAt, waitSeconds, timeoutSeconds };
}
