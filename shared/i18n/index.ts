/**
 * User-facing text in bokmål, nynorsk and English (docs/decisions/074-one-catalogue-of-text.md):
 * the one catalogue mechanism (`catalogue.ts`), the API's messages keyed by stable codes (API
 * error codes and field-issue codes), and the caller's language from `Accept-Language`.
 */
import { format, type Catalogue, type Params } from './catalogue.ts';
import type { Locale } from './locale.ts';
import { messages, type MessageCode } from './messages.ts';

export { LOCALES, DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, type Locale } from './locale.ts';
export {
  messages,
  apiMessages,
  reviewMessages,
  structuralMessages,
  submissionMessages,
  type MessageCode,
} from './messages.ts';
export {
  format,
  translator,
  type Catalogue,
  type Entry,
  type KeyOf,
  type Params,
  type PluralEntry,
  type TextEntry,
  type Translate,
} from './catalogue.ts';
export { formatList, formatNok, formatNumber } from './intl.ts';

const catalogue: Catalogue = messages;

/** Whether the catalogue has a message for this code. */
export function hasMessage(code: string): code is MessageCode {
  return Object.hasOwn(catalogue, code);
}

/**
 * The message for a code in a language, with `{name}` placeholders filled from params
 * (numbers formatted for the language: 12 500 / 12,500; plural forms chosen by `count`). An
 * unknown code falls back to the generic FIELD_INVALID (for field paths) so people never see
 * a raw code; a placeholder without a param is left out.
 */
export function message(code: string, locale: Locale, params?: Params): string {
  return format(catalogue[code] ?? messages.FIELD_INVALID, locale, params);
}
