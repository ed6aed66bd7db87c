/**
 * Numbers, plural categories and lists for people, from the runtime's `Intl` (CLDR data), in
 * the portal's languages. One place for the language tags Intl is asked with, so the server
 * (Node) and the browser agree:
 *
 * - nynorsk asks for `nn-NO` and falls back to `nb-NO`. Node has nynorsk data; Chromium has
 *   none and would otherwise fall back to American English ("12,500", "April 10, 2022").
 *   Numbers, lists, plural rules and month names are the same in nynorsk and bokmål (CLDR),
 *   so the fallback is right; weekday names are not (see `shared/domain/time.ts`).
 * - English is British English (`en-GB`): "10 April 2022", "a, b and c".
 */
import { once } from '../once.ts';
import type { Locale } from './locale.ts';

/** The language tags Intl is asked with, best first. */
export const INTL_LOCALES: Readonly<Record<Locale, readonly string[]>> = {
  nb: ['nb-NO'],
  nn: ['nn-NO', 'nb-NO'],
  en: ['en-GB'],
};

/**
 * Whether this runtime's Intl has nynorsk's own data (Node does; Chromium does not). Asked on
 * first use, not when the module loads: the first Intl call sets up ICU (~25 ms of a cold start,
 * ADR 117), and most functions' invocations never name a weekday.
 */
export const hasNynorsk = /* @__PURE__ */ once(
  (): boolean => Intl.DateTimeFormat.supportedLocalesOf(['nn']).length > 0,
);

const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const NBSP = '\u00a0';

/**
 * A number for people: 12500 → '12 500' (nb, nn; no-break space) or '12,500' (en); up to
 * `fractionDigits` decimals (default 2), with the language's decimal sign ('4,5' / '4.5').
 */
export function formatNumber(value: number, locale: Locale, fractionDigits = 2): string {
  return cached(
    `n:${locale}:${fractionDigits}`,
    () => new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: fractionDigits }),
  )
    .format(value)
    .replace(/\u202f/g, NBSP);
}

/**
 * An amount of money: '12 500 000 kr' in every language, as the portal has always written
 * amounts (docs/decisions/030-web-app.md), with no-break spaces so an amount never wraps; a
 * plain-text e-mail passes `' '` as the space.
 */
export function formatNok(amount: number, space = NBSP): string {
  return `${formatNumber(amount, 'nb', 0).replace(/\u00a0/g, space)}${space}kr`;
}

/** The plural category (Intl.PluralRules: 'one', 'other' …) of a count in a language. */
export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return cached(`p:${locale}`, () => new Intl.PluralRules(INTL_LOCALES[locale])).select(count);
}

/** 'mandag, onsdag og fredag' / 'Monday, Wednesday and Friday': a list joined as the language does. */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(
    `l:${locale}`,
    () => new Intl.ListFormat(INTL_LOCALES[locale], { type: 'conjunction', style: 'long' }),
  ).format(items);
}
