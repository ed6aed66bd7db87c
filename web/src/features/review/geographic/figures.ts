/**
 * The geographic committee's figures, computed in the page from the list: where the qualified
 * applications come from (by the lead municipality's county, so the amounts add up to the
 * total) and which counties each application involves; and the priority order's moves.
 */
import type { ReviewRow } from '../types.ts';

export interface CountyFigures {
  number: string;
  name: string;
  /** Applications whose lead municipality is in the county. */
  led: number;
  /** What those applications request in total. */
  requested: number;
  /** Applications with the lead or a partner municipality in the county. */
  involved: number;
}

export function countyFigures(
  counties: readonly { number: string; name: string }[],
  rows: readonly Pick<ReviewRow, 'leadMunicipality' | 'counties' | 'requested'>[],
): CountyFigures[] {
  return counties.map((county) => {
    const led = rows.filter((row) => row.leadMunicipality.countyNumber === county.number);
    return {
      number: county.number,
      name: county.name,
      led: led.length,
      requested: led.reduce((sum, row) => sum + row.requested.total, 0),
      involved: rows.filter((row) => row.counties.some((c) => c.number === county.number)).length,
    };
  });
}

/** The order to start from: the saved one, then any application it does not hold yet. */
export function initialOrder(saved: readonly string[] | undefined, ids: readonly string[]): string[] {
  const known = new Set(ids);
  const kept = (saved ?? []).filter((id) => known.has(id));
  return [...kept, ...ids.filter((id) => !kept.includes(id))];
}

/** Moves one id `delta` places (−1 up, +1 down); unchanged at either end. */
export function move(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

export const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);
