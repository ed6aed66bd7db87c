/**
 * Europe/Oslo time. A round's dates are configured as Norwegian wall-clock times and stored
 * as UTC instants (ISO strings); the offset (CET/CEST) comes from the tz database through
 * `Intl.DateTimeFormat` (the runtime's ICU), never from hand-written offset arithmetic.
 */
import { hasNynorsk, INTL_LOCALES } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locale.ts';

export const OSLO = 'Europe/Oslo';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A wall-clock time: year, month (1–12), day, hour, minute, second. */
type WallClock = [number, number, number, number, number, number];

let osloParts: Intl.DateTimeFormat | undefined;

/**
 * The language the wall clock is read in. Its parts are numbers, the same in every language the
 * portal writes (Latin digits, 00–23), so it is read in the first language dates are formatted in
 * (`dateFormat`), bokmål before any: a page then sets up one language's date data in the runtime's
 * ICU, not that and American English's too — the About page's largest cost (ADR 129).
 */
let wallClockLocales: readonly string[] | undefined;

/** The Oslo wall-clock time of an instant (ms), to the second. */
function osloWallClock(ms: number): WallClock {
  osloParts ??= new Intl.DateTimeFormat(wallClockLocales ?? INTL_LOCALES.nb, {
    timeZone: OSLO,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const value: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of osloParts.formatToParts(ms)) value[part.type] = Number(part.value);
  return [value.year!, value.month!, value.day!, value.hour!, value.minute!, value.second!];
}

const asUtc = ([year, month, day, hour, minute, second]: WallClock) =>
  Date.UTC(year, month - 1, day, hour, minute, second);

/** Oslo's offset from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
const osloOffset = (ms: number) => asUtc(osloWallClock(ms)) - Math.floor(ms / 1000) * 1000;

/**
 * The instant (ms) of an Oslo wall-clock time, or undefined if Oslo never shows it (the hour
 * the spring change skips, or a day like 30 February). A time the autumn change shows twice
 * is its second occurrence, in winter time.
 */
function fromOsloWallClock(wall: WallClock): number | undefined {
  const utc = asUtc(wall);
  // The offset a day either side brackets the one that holds; try winter time (the smaller) first.
  const offsets = [...new Set([osloOffset(utc - DAY_MS), osloOffset(utc + DAY_MS)])].sort((a, b) => a - b);
  for (const offset of offsets) {
    const instant = utc - offset;
    if (osloWallClock(instant).every((value, index) => value === wall[index])) return instant;
  }
  return undefined;
}

/**
 * The UTC instant of a wall-clock time in Oslo: '2022-04-10T23:59:59' → '2022-04-10T21:59:59.000Z'.
 * Accepts 'YYYY-MM-DD' (midnight), 'YYYY-MM-DDTHH:MM' and 'YYYY-MM-DDTHH:MM:SS'. A time that
 * does not exist in Oslo (skipped by the spring change, 02:00–02:59) is refused; one the autumn
 * change shows twice (02:00–02:59) is its second occurrence, in winter time.
 */
export function osloInstant(localDateTime: string): string {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match) throw new Error(`Not a local date-time (YYYY-MM-DDTHH:MM:SS): ${localDateTime}`);
  const wall = match.slice(1).map((part) => Number(part ?? 0)) as WallClock;
  const instant = fromOsloWallClock(wall);
  if (instant === undefined) throw new Error(`No such time in ${OSLO}: ${localDateTime}`);
  return new Date(instant).toISOString();
}

/** The Oslo calendar date ('YYYY-MM-DD') of an instant. */
export function osloDate(instant: string | Date): string {
  const [year, month, day] = osloWallClock(new Date(instant).getTime());
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The instant of a time of day in Oslo on the calendar day `days` after the one containing `instant`. */
function osloDayAt(instant: string | Date, days: number, [hour, minute, second]: [number, number, number]) {
  const [year, month, day] = osloWallClock(new Date(instant).getTime());
  // Calendar arithmetic in UTC (no zone): the day `days` later, whatever the month's length.
  const date = new Date(Date.UTC(year, month - 1, day + days));
  const at = fromOsloWallClock([
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    hour,
    minute,
    second,
  ]);
  // Oslo's clock changes at 02:00 and 03:00: midnight and 23:59:59 always exist.
  return new Date(at!).toISOString();
}

/** The first instant of the Oslo calendar day `days` after the one containing `instant`. */
export function startOfOsloDay(instant: string | Date, days = 0): string {
  return osloDayAt(instant, days, [0, 0, 0]);
}

/** 23:59:59 Oslo time on the Oslo calendar day `days` after the one containing `instant`. */
export function endOfOsloDay(instant: string | Date, days = 0): string {
  return osloDayAt(instant, days, [23, 59, 59]);
}

/**
 * The calendar date of an ISO-8601 week date: isoWeekDate(2022, 9, 1) → '2022-02-28'
 * (Monday of week 9). Week 1 is the week holding 4 January; isoWeekday 1 = Monday … 7 = Sunday.
 * Pure calendar arithmetic, independent of time zone.
 */
export function isoWeekDate(year: number, week: number, isoWeekday: number): string {
  if (!Number.isInteger(year) || !Number.isInteger(week) || !Number.isInteger(isoWeekday)) {
    throw new Error('isoWeekDate takes integers');
  }
  if (isoWeekday < 1 || isoWeekday > 7) throw new Error(`isoWeekday must be 1–7, got ${isoWeekday}`);
  if (week < 1 || week > isoWeeksInYear(year)) throw new Error(`${year} has no ISO week ${week}`);
  const mondayOfWeek1 = isoWeek1Monday(year);
  const date = new Date(mondayOfWeek1 + ((week - 1) * 7 + (isoWeekday - 1)) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

/** 52 or 53. */
export function isoWeeksInYear(year: number): number {
  return Math.round((isoWeek1Monday(year + 1) - isoWeek1Monday(year)) / (7 * DAY_MS));
}

/** 24 hours in ms, as a literal: esbuild keeps a module-level product in every bundle that imports it. */
const DAY_MS = 86_400_000;

function isoWeek1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return jan4 - (weekday - 1) * DAY_MS;
}

export const APPLICATION_PERIOD_STATES = ['not-open', 'open', 'closed'] as const;
export type ApplicationPeriodState = (typeof APPLICATION_PERIOD_STATES)[number];

/**
 * Where `now` lies in a round's application period. Both ends are inclusive to the second:
 * with `closes` at 23:59:59 Oslo time, 23:59:59.999 is still open and 00:00:00 is closed.
 */
export function applicationPeriodState(
  round: { applicationPeriod: { opens: string; closes: string } },
  now: Date,
): ApplicationPeriodState {
  const t = now.getTime();
  const opens = Date.parse(round.applicationPeriod.opens);
  const closes = Date.parse(round.applicationPeriod.closes);
  if (t < opens) return 'not-open';
  // Inclusive to the second: the whole second named by `closes` still belongs to the period.
  if (t >= Math.floor(closes / 1000) * 1000 + 1000) return 'closed';
  return 'open';
}

/**
 * Dates for people come from Intl (CLDR), asked in the language's tags (`INTL_LOCALES`): month
 * names are the same in nynorsk and bokmål, so Chromium, which has no nynorsk data, writes
 * nynorsk dates right through its bokmål fallback.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, kind: 'date' | 'dateTime' | 'time' | 'weekday'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let found = dateFormats.get(key);
  if (!found) {
    wallClockLocales ??= INTL_LOCALES[locale];
    const options: Intl.DateTimeFormatOptions =
      kind === 'weekday'
        ? { weekday: 'long', timeZone: 'UTC' }
        : {
            timeZone: OSLO,
            ...(kind !== 'time' ? { day: 'numeric', month: 'long', year: 'numeric' } : {}),
            ...(kind !== 'date' ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
          };
    found = new Intl.DateTimeFormat(INTL_LOCALES[locale], options);
    dateFormats.set(key, found);
  }
  return found;
}

/** An Oslo calendar date for people: '10. april 2022' (nb, nn), '10 April 2022' (en). */
export function formatOsloDate(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, 'date').format(new Date(iso));
}

/**
 * An instant as Oslo wall-clock time for e-mails and pages: '10. april 2022 kl. 23:59' (nb, nn),
 * '10 April 2022 at 23:59' (en). Seconds are dropped: a deadline of 23:59:59 reads 23:59.
 */
export function formatOsloDateTime(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, 'dateTime').format(new Date(iso));
}

/** Oslo wall-clock time, HH:MM: '09:05'. */
export function formatOsloTime(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, 'time').format(new Date(iso));
}

/**
 * Nynorsk weekday names where the runtime's Intl has no nynorsk (Chromium falls back to
 * bokmål's «mandag», «tirsdag», «lørdag», which are not nynorsk). They are CLDR's, as Node's
 * Intl writes them: `test/unit/time.test.ts` compares the two.
 */
export const NYNORSK_WEEKDAYS = [
  'måndag',
  'tysdag',
  'onsdag',
  'torsdag',
  'fredag',
  'laurdag',
  'søndag',
] as const;

/** An ISO weekday's name (1 = Monday … 7 = Sunday): 'måndag' (nn), 'mandag' (nb), 'Monday' (en). */
export function weekdayName(isoWeekday: number, locale: Locale): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new Error(`isoWeekday must be 1–7, got ${isoWeekday}`);
  }
  if (locale === 'nn' && !hasNynorsk()) return NYNORSK_WEEKDAYS[isoWeekday - 1]!;
  // 2024-01-01 was a Monday.
  return dateFormat(locale, 'weekday').format(Date.UTC(2024, 0, isoWeekday));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
