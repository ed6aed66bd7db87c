/**
 * A round's dates as they hold now: the configured ones, with any an administrator moved
 * (the round's schedule item; `npm run admin -- stages …`). The workflow reads them at run
 * time, every time it wakes, so a moved date never strands an execution.
 */
import { ENV, secondsFromEnv } from '../config/env.ts';
import type { Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { getScheduleOverrides, type ScheduleOverrides } from '../storage/review.ts';

export interface RoundDates {
  applicationCloses: string;
  expert: string;
  geographic: string;
  final: string;
  announcement: string;
}

export type ScheduledEvent = keyof RoundDates;

export function configuredDates(round: RoundSchedule): RoundDates {
  return {
    applicationCloses: round.applicationPeriod.closes,
    ...round.committeeDeadlines,
    announcement: round.announcementDate,
  };
}

export function mergeDates(round: RoundSchedule, overrides: ScheduleOverrides): RoundDates {
  const dates = configuredDates(round);
  for (const key of Object.keys(dates) as ScheduledEvent[]) {
    const value = overrides[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) dates[key] = value;
  }
  return dates;
}

/** The round's dates now (one GetItem). */
export async function roundDates(round: RoundSchedule): Promise<RoundDates> {
  return mergeDates(round, await getScheduleOverrides(round.id));
}

/** The round with its application period's end as it holds now, for `applicationPeriodState`. */
export async function effectiveRound(round: RoundSchedule): Promise<RoundSchedule> {
  const dates = await roundDates(round);
  if (dates.applicationCloses === round.applicationPeriod.closes) return round;
  return { ...round, applicationPeriod: { ...round.applicationPeriod, closes: dates.applicationCloses } };
}

export const stageDeadline = (dates: RoundDates, committee: Committee) => dates[committee];

/** Between reminders once a committee stage is overdue (STAGE_REMINDER_INTERVAL_SECONDS; 2 days). */
export const reminderIntervalMs = () =>
  secondsFromEnv(ENV.stageReminderIntervalSeconds, 2 * 24 * 3600) * 1000;

/**
 * When an execution's next reminder about its overdue stage is due (epoch ms): at the
 * deadline, then one interval after each reminder it counted. Read against the clock (ADR
 * 075), so a moved clock — not a timer — decides when the chair is reminded.
 */
export const nextReminderAt = (deadline: string, reminders: number) =>
  Date.parse(deadline) + reminders * reminderIntervalMs();
