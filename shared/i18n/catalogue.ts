/**
 * The one mechanism for user text (docs/decisions/074-one-catalogue-of-text.md): the API's
 * messages, the e-mails, the committees' exports and the web app all keep their text in
 * catalogues of this shape and fill it with `format`.
 *
 * A catalogue is a module per area (`shared/i18n/api.ts`, `mail.ts`, `export.ts`, the web's
 * `web/src/features/<area>/text.ts`, `web/src/app/frame.ts` …) declared
 * `as const satisfies Catalogue`, so the type check fails when
 * an entry lacks a language, when a plural entry lacks a plural category (`one`, `other`) in
 * a language, or mixes plain and plural forms. An entry is
 *
 * - text: `{ nb, nn, en }`, each a string with `{name}` placeholders, or
 * - plural forms: `{ nb: { one, other }, nn: { one, other }, en: { one, other } }`, chosen by
 *   `Intl.PluralRules` from the `count` param, which is also a placeholder:
 *   `{ one: '{count} søknad venter', other: '{count} søknader venter' }`.
 *
 * `format` fills placeholders, writing numbers the language's way (`12 500` / `12,500`).
 * `Translate<C>` types a catalogue's keys and the params each entry needs.
 */
import type { LocalizedText } from '../domain/text.ts';
import { formatNumber, pluralCategory } from './intl.ts';
import type { Locale } from './locale.ts';

/** Intl.PluralRules' categories beyond the two every language of ours uses. */
type OtherPluralCategory = Exclude<Intl.LDMLPluralRule, 'one' | 'other'>;

/** One language's plural forms: `one` and `other` always (nb, nn, en use only these). */
export type PluralForms = { readonly one: string; readonly other: string } & {
  readonly [category in OtherPluralCategory]?: string;
};

/** Plain text in each language. */
export type TextEntry = LocalizedText;
/** Plural forms in each language, chosen by the `count` param. */
export type PluralEntry = { readonly [locale in Locale]: PluralForms };
export type Entry = TextEntry | PluralEntry;

/** A module's text: keys to entries. Declare `as const satisfies Catalogue`. */
export type Catalogue = { readonly [key: string]: Entry };

export type Value = string | number;
/** Placeholder values; numbers are written the language's way, a missing one is left out. */
export type Params = { readonly [name: string]: Value | undefined };

export function isPluralEntry(entry: Entry): entry is PluralEntry {
  return typeof entry.nb !== 'string';
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders of a text, in order of appearance. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * An entry in a language with its placeholders filled: the plural form for `params.count`
 * (the `other` form without a count), numbers formatted for the language (12 500 / 12,500),
 * strings as they are; a placeholder without a value is left out.
 */
export function format(entry: Entry, locale: Locale, params?: Params): string {
  const form = entry[locale];
  const template =
    typeof form === 'string'
      ? form
      : typeof params?.count === 'number'
        ? (form[pluralCategory(params.count, locale)] ?? form.other)
        : form.other;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

// ── types of keys and params ─────────────────────────────────────────────────────────

/** The placeholder names of a literal text: 'a {x} b {y}' → 'x' | 'y'. */
type Holes<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;
type Forms<Form> = Form extends string ? Form : Form extends PluralForms ? Form[keyof Form] : never;
/** Every placeholder an entry's texts have, in any language and form. */
export type PlaceholdersOf<E extends Entry> = Holes<Forms<E[Locale]>>;

/**
 * The params an entry needs: each placeholder, and `count` (a number) for plural forms. An
 * entry without placeholders takes optional params (a text typed only as `string` too).
 */
export type ParamArgs<E extends Entry> = E extends PluralEntry
  ? [params: { readonly count: number } & { readonly [name in Exclude<PlaceholdersOf<E>, 'count'>]: Value }]
  : [PlaceholdersOf<E>] extends [never]
    ? [params?: Params]
    : [params: { readonly [name in PlaceholdersOf<E>]: Value }];

/** A catalogue's keys. */
export type KeyOf<C extends Catalogue> = keyof C & string;

/** `t(key, params)` over a catalogue: the key must exist, and the params its entry needs are required. */
export type Translate<C extends Catalogue> = <K extends KeyOf<C>>(
  key: K,
  ...params: ParamArgs<C[K]>
) => string;

/** Several catalogues as one: their keys and entries together. */
export type Merged<Cs extends readonly Catalogue[]> = Cs extends readonly [
  infer First extends Catalogue,
  ...infer Rest extends readonly Catalogue[],
]
  ? First & Merged<Rest>
  : Record<never, never>;

/**
 * `t` for a language over catalogues, looked up in order (keys are unique across catalogues:
 * `test/unit/i18n.test.ts`). An unknown key — possible only past the type check — shows as
 * nothing rather than as a raw key.
 */
export function translator<const Cs extends readonly Catalogue[]>(
  locale: Locale,
  ...catalogues: Cs
): Translate<Merged<Cs>> {
  return ((key: string, params?: Params) => {
    for (const catalogue of catalogues) {
      if (Object.hasOwn(catalogue, key)) return format(catalogue[key]!, locale, params);
    }
    return '';
  }) as Translate<Merged<Cs>>;
}
