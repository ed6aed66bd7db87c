/**
 * Formats for people, through the same helpers the API's messages, the e-mails and the
 * exports use: amounts as `12 500 000 kr` (in every language, as the receipt e-mail writes
 * them) and numbers, lists and plural forms from `shared/i18n/intl.ts`; dates, times and
 * weekday names in Europe/Oslo from `shared/domain/time.ts` (Intl, with nynorsk right in
 * browsers without nynorsk data).
 */
import {
  formatOsloDate,
  formatOsloDateTime,
  formatOsloTime,
  osloDate,
  weekdayName,
} from '../../../shared/domain/time.ts';
import { formatList, formatNok, formatNumber } from '../../../shared/i18n/intl.ts';
import type { Locale } from '../../../shared/i18n/locale.ts';

export {
  formatOsloDate as formatDate,
  formatOsloDateTime as formatDateTime,
  formatList,
  formatNok,
  formatNumber,
  formatOsloTime,
  osloDate,
  weekdayName,
};

/**
 * A label that starts a line, inside a sentence: its first letter small — a school year's
 * 'Skoleåret 2026–2027' / 'School year 2026–2027' in 'Budsjett for skoleåret 2026–2027'.
 */
export function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('nb') + label.slice(1);
}

/** Digits grouped for an input field: 12500 → '12 500' (plain spaces; the field parses them back). */
export function groupDigits(value: number): string {
  return formatNumber(value, 'nb', 0).replace(/[\s\u00a0\u202f]/g, ' ');
}

/** '12 500', '12500', ' 12 500 kr' → 12500; '' → null; anything else → NaN. */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (compact === '') return null;
  return /^\d{1,12}$/.test(compact) ? Number(compact) : Number.NaN;
}

/** The ISO week number of an Oslo calendar date ('YYYY-MM-DD'). */
export function isoWeek(localDate: string): number {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of the same week
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Bytes for people: '312 kB', '4,2 MB'. */
export function fileSize(bytes: number, locale: Locale): { unit: 'kB' | 'MB'; size: string } {
  return bytes < 1024 * 1024
    ? { unit: 'kB', size: formatNumber(Math.max(1, Math.round(bytes / 1024)), locale, 1) }
    : { unit: 'MB', size: formatNumber(bytes / (1024 * 1024), locale, 1) };
}
