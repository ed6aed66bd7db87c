/**
 * The rounds (GET /rounds): fetched once per page load and shared by every page that shows a
 * round — the About and Start pages (the current round), the applicant's pages (the round of
 * the application), the awards. Pages that need no round (sign-in, a committee's pages, which
 * have the round in their context) never wait for it.
 */
import type * as z from 'zod';
import type { publicRound } from '../../../../shared/api/schemas.ts';
import { call } from '../../app/api.ts';
import { useResource, type Resource } from '../../app/resource.ts';

/** GET /rounds: each round's public fields, with where "now" lies in its application period. */
export type RoundView = z.infer<typeof publicRound>;

let pending: Promise<RoundView[]> | undefined;

export function fetchRounds(): Promise<RoundView[]> {
  pending ??= call('GET /rounds', {}, { locale: 'nb' })
    .then((answer) => answer.rounds)
    .catch((error: unknown) => {
      pending = undefined; // let the next caller try again
      throw error;
    });
  return pending;
}

/** Every round; shared by the pages, loaded once. */
export function useRounds(): Resource<RoundView[]> {
  return useResource('rounds', fetchRounds);
}

/**
 * The round to show: one whose application period is open (the one closing first), else the
 * next to open, else the one that closed last.
 */
export function currentRound(rounds: readonly RoundView[]): RoundView | undefined {
  const by = (state: RoundView['applicationPeriodState']) =>
    rounds.filter((r) => r.applicationPeriodState === state);
  const time = (iso: string) => Date.parse(iso);
  const open = by('open').toSorted(
    (a, b) => time(a.applicationPeriod.closes) - time(b.applicationPeriod.closes),
  );
  if (open[0]) return open[0];
  const upcoming = by('not-open').toSorted(
    (a, b) => time(a.applicationPeriod.opens) - time(b.applicationPeriod.opens),
  );
  if (upcoming[0]) return upcoming[0];
  return by('closed').toSorted(
    (a, b) => time(b.applicationPeriod.closes) - time(a.applicationPeriod.closes),
  )[0];
}
