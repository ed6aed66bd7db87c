/**
 * How the generated division modules write their rows (ADR 122): one line per municipality,
 * its kommunenummer and its name (`0301 Oslo`) — the county is the number's first two digits
 * (SSB's scheme, which `../generate.ts` checks) — in one text, about half the bytes of the rows
 * written out as tuples, in every function that looks a municipality up.
 */
type Row = readonly [number: string, name: string, countyNumber: string];

const linesOf = (text: string) => text.split('\n').filter(Boolean);

/** `'0301 Oslo\n…'` → `[['0301', 'Oslo', '03'], …]`. */
export const rows = (text: string): readonly Row[] =>
  linesOf(text).map((line) => [line.slice(0, 4), line.slice(5), line.slice(0, 2)] as const);

/** `'0301 3101\n…'` → `[['0301', '3101'], …]`. */
export const pairs = (text: string): readonly (readonly [string, string])[] =>
  linesOf(text).map((line) => [line.slice(0, 4), line.slice(5)] as const);

/** `'0301\n…'` → `['0301', …]`. */
export const numbers = (text: string): readonly string[] => linesOf(text);
