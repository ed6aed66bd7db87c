/**
 * A round's dates as they hold now: the configured ones, with any an administrator moved
 * (the round's schedule item; `npm run admin -- stages …`). The workflow reads them at run
 * time, every time it wakes, so a moved date never strands an execution.
 */
import type { Committee } from '../domain/committees.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { getScheduleOverrides, type ScheduleOverrides } from '../storage/review.ts';

export interface RoundDates {
  applicationCloses: string;
  expert: string;
  geographic: string;
  final: string;
  announcement: string;
}

export type ScheduledEvent = keyof RoundDates;

export function configuredDates(round: Round): RoundDates {
  return {
    applicationCloses: round.applicationPeriod.closes,
    ...round.committeeDeadlines,
    announcement: round.announcementDate,
  };
}

export function mergeDates(round: Round, overrides: ScheduleOverrides): RoundDates {
  const dates = configuredDates(round);
  for (const key of Object.keys(dates) as ScheduledEvent[]) {
    const value = overrides[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) dates[key] = value;
  }
  return dates;
}

/** The round's dates now (one GetItem). */
export async function roundDates(round: Round): Promise<RoundDates> {
  return mergeDates(round, await getScheduleOverrides(round.id));
}

/** The round with its application period's end as it holds now, for `applicationPeriodState`. */
export async function effectiveRound(round: Round): Promise<Round> {
  const dates = await roundDates(round);
  if (dates.applicationCloses === round.applicationPeriod.closes) return round;
  return { ...round, applicationPeriod: { ...round.applicationPeriod, closes: dates.applicationCloses } };
}

export const stageDeadline = (dates: RoundDates, committee: Committee) => dates[committee];
