/**
 * User-facing messages in bokmål, nynorsk and English, keyed by stable codes (API error codes
 * and field-issue codes), and the caller's language from `Accept-Language`.
 */
import type { LocalizedText } from '../domain/text.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';
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

const catalogue: Readonly<Record<string, LocalizedText>> = messages;

/** Whether the catalogue has a message for this code. */
export function hasMessage(code: string): code is MessageCode {
  return Object.hasOwn(catalogue, code);
}

const numberFormats: Record<Locale, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }),
  nn: new Intl.NumberFormat('nn-NO', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/**
 * The message for a code in a language, with `{name}` placeholders filled from params
 * (numbers formatted for the language: 12 500 / 12,500). An unknown code falls back to the
 * generic FIELD_INVALID (for field paths) so people never see a raw code; a placeholder
 * without a param is left out.
 */
export function message(code: string, locale: Locale, params?: Record<string, string | number>): string {
  const entry = catalogue[code] ?? catalogue.FIELD_INVALID!;
  const template = entry[locale] ?? entry[DEFAULT_LOCALE];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? (numberFormats[locale] ?? numberFormats.nb).format(value) : value;
  });
}

/** Pick the text of a LocalizedText for a language. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE];
}
