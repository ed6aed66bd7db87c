/**
 * Norwegian formats for people: amounts as `12 500 000 kr` (in every language, as the receipt
 * e-mail writes them) and dates and times in Europe/Oslo, through the same helpers the
 * e-mails use (`shared/domain/time.ts`).
 */
import { formatOsloDate, formatOsloDateTime, osloDate } from '../../shared/domain/time.ts';
import type { Locale } from '../../shared/i18n/locale.ts';

export { formatOsloDate as formatDate, formatOsloDateTime as formatDateTime, osloDate };

const NBSP = '\u00a0';
const amountFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** 12500000 → '12 500 000 kr' (no-break spaces, so an amount never wraps). */
export function formatNok(amount: number): string {
  return `${amountFormat.format(amount).replace(/[\s\u202f]/g, NBSP)}${NBSP}kr`;
}

/** Digits grouped for an input field: 12500 → '12 500' (plain spaces; the field parses them back). */
export function groupDigits(value: number): string {
  return amountFormat.format(value).replace(/[\s\u00a0\u202f]/g, ' ');
}

/** '12 500', '12500', ' 12 500 kr' → 12500; '' → null; anything else → NaN. */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (compact === '') return null;
  return /^\d{1,12}$/.test(compact) ? Number(compact) : Number.NaN;
}

/** HH:MM in Oslo. */
export function formatOsloTime(instant: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(instant));
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
  const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024
    ? { unit: 'kB', size: number.format(Math.max(1, Math.round(bytes / 1024))) }
    : { unit: 'MB', size: number.format(bytes / (1024 * 1024)) };
}

/** 'mandag, onsdag og fredag' — a list joined the way the language does it. */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
