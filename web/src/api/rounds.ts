/** GET /rounds, once per page load, and which round the portal is about right now. */
import { api } from './client.ts';
import type { RoundView } from './types.ts';

let pending: Promise<RoundView[]> | undefined;

export function fetchRounds(): Promise<RoundView[]> {
  pending ??= api<{ rounds: RoundView[] }>('GET', '/rounds', { locale: 'nb' })
    .then((answer) => answer.rounds)
    .catch((error: unknown) => {
      pending = undefined; // let the next caller try again
      throw error;
    });
  return pending;
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
