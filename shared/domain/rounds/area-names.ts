/**
 * A round's schedule with its activity areas' names — each area's main area and title — and
 * none of the rest of its content (ADR 122): what the receipt, the committees' pages and
 * exports and the open data print. The areas' descriptions (the form's help text), the
 * timeline, webinars, helpdesk and conditions stay in the whole round (./content.ts), which
 * only GET /rounds, the letters and the grant view read.
 */
import { activityAreaNames2022, type ActivityAreaName } from '../activity-areas.ts';
import { findRound } from './index.ts';
import type { RoundSchedule } from './schema.ts';

type Env = Record<string, string | undefined>;

/** An activity area of a round with its names. */
export type NamedActivityArea = { readonly code: string } & ActivityAreaName;

/** A round's schedule, its activity areas with their names. */
export type RoundWithAreaNames = Omit<RoundSchedule, 'activityAreas'> & {
  readonly activityAreas: readonly NamedActivityArea[];
};

/**
 * The names of a round's activity areas by code. Every round the portal lists (2022, 2023,
 * the demo and smoke rounds) offers codes of the 2022 catalogue; a round with a catalogue of
 * its own names it here — test/unit/rounds.test.ts holds these names equal to every listed
 * round's content.
 */
export function activityAreaNamesOf(_round: RoundSchedule): Readonly<Record<string, ActivityAreaName>> {
  return activityAreaNames2022;
}

const named = new WeakMap<RoundSchedule, RoundWithAreaNames>();

/** A round's schedule with its activity areas' names, by its id, if this environment lists it. */
export function findRoundWithAreaNames(id: string, env: Env = process.env): RoundWithAreaNames | undefined {
  const schedule = findRound(id, env);
  if (!schedule) return undefined;
  let round = named.get(schedule);
  if (!round) {
    const names = activityAreaNamesOf(schedule);
    round = {
      ...schedule,
      activityAreas: schedule.activityAreas.map(({ code }) => ({ code, ...names[code]! })),
    };
    named.set(schedule, round);
  }
  return round;
}
