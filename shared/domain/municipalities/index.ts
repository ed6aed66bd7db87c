/**
 * Norway's municipalities (kommuner) and counties (fylker) per administrative division.
 * A round names its division; a municipality is identified by its number (kommunenummer,
 * four digits with the leading zero kept), never by its name — names repeat across counties
 * (Herøy 1515/1818), so show the county beside the name.
 *
 * Data: © Kartverket, "Administrative enheter" (Geonorge), CC BY 4.0; numbers and names per
 * SSB's classification 131. Generated into `./data/` by `./generate.ts`.
 */
import * as division20202023 from './data/division-2020-2023.ts';
import * as division2024 from './data/division-2024.ts';

export const DIVISIONS = ['2020-2023', '2024'] as const;
export type Division = (typeof DIVISIONS)[number];

export interface Municipality {
  /** kommunenummer, e.g. '0301' */
  number: string;
  name: string;
  /** fylkesnummer, e.g. '03' */
  countyNumber: string;
  countyName: string;
}

export interface County {
  number: string;
  name: string;
}

interface DivisionData {
  counties: readonly County[];
  municipalities: readonly Municipality[];
  byNumber: ReadonlyMap<string, Municipality>;
}

type Row = readonly [number: string, name: string, countyNumber: string];
/** A division's data: its municipalities, or its changes from an earlier division (`./generate.ts`). */
type Source =
  | { readonly counties: readonly (readonly [string, string])[]; readonly municipalities: readonly Row[] }
  | {
      readonly counties: readonly (readonly [string, string])[];
      readonly base: Division;
      readonly renumbered: readonly (readonly [string, string])[];
      readonly removed: readonly string[];
      readonly added: readonly Row[];
    };

const sources: Record<Division, Source> = {
  '2020-2023': division20202023,
  '2024': division2024,
};

/** A division's municipalities as rows, its changes applied to its base; sorted by number. */
function rowsOf(source: Source): readonly Row[] {
  if ('municipalities' in source) return source.municipalities;
  const renumbered = new Map(source.renumbered);
  const removed = new Set(source.removed);
  const rows: Row[] = [...source.added];
  for (const [number, name, countyNumber] of rowsOf(sources[source.base])) {
    const now = renumbered.get(number);
    // A renumbered municipality's county is its new number's first two digits (SSB's scheme).
    if (now) rows.push([now, name, now.slice(0, 2)]);
    else if (!removed.has(number)) rows.push([number, name, countyNumber]);
  }
  // Four-digit numbers: their order is the strings' own. localeCompare would set up the runtime's
  // collator at first use (~20 ms: a long task on the web's Start page, ADR 124).
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const cache = new Map<Division, DivisionData>();

function load(division: Division): DivisionData {
  const cached = cache.get(division);
  if (cached) return cached;
  const source = sources[division];
  if (!source) throw new Error(`Unknown municipality division: ${String(division)}`);
  const countyNames = new Map(source.counties);
  const counties = Object.freeze(source.counties.map(([number, name]) => Object.freeze({ number, name })));
  const municipalities = Object.freeze(
    rowsOf(source).map(([number, name, countyNumber]) =>
      Object.freeze({ number, name, countyNumber, countyName: countyNames.get(countyNumber) ?? '' }),
    ),
  );
  const data = { counties, municipalities, byNumber: new Map(municipalities.map((m) => [m.number, m])) };
  cache.set(division, data);
  return data;
}

export function isDivision(value: unknown): value is Division {
  return typeof value === 'string' && (DIVISIONS as readonly string[]).includes(value);
}

/** Every municipality of the division, sorted by number. */
export function listMunicipalities(division: Division): readonly Municipality[] {
  return load(division).municipalities;
}

/** The municipality with this kommunenummer in the division, or undefined. */
export function findMunicipality(division: Division, number: string): Municipality | undefined {
  return load(division).byNumber.get(number);
}

/** The counties of the division, sorted by number. */
export function listCounties(division: Division): { number: string; name: string }[] {
  return load(division).counties.map((county) => ({ ...county }));
}
