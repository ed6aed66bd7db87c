import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applicationPeriodState,
  endOfOsloDay,
  formatOsloDate,
  formatOsloDateTime,
  formatOsloTime,
  isoWeekDate,
  isoWeeksInYear,
  OSLO,
  osloDate,
  osloInstant,
  NYNORSK_WEEKDAYS,
  startOfOsloDay,
  weekdayName,
} from '../../shared/domain/time.ts';
import type * as TimeModule from '../../shared/domain/time.ts';
import { INTL_LOCALES } from '../../shared/i18n/intl.ts';

/** A round-shaped object with just the period `applicationPeriodState` reads. */
const period = (opensLocal: string, closesLocal: string) => ({
  applicationPeriod: { opens: osloInstant(opensLocal), closes: osloInstant(closesLocal) },
});

describe('osloInstant', () => {
  it('converts winter time (CET, UTC+1)', () => {
    // Prepare
    const local = '2022-02-28T00:00:00';

    // Act
    const instant = osloInstant(local);

    // Assess
    expect(OSLO).toBe('Europe/Oslo');
    expect(instant).toBe('2022-02-27T23:00:00.000Z');
  });

  it('converts summer time (CEST, UTC+2)', () => {
    // Prepare
    const local = '2022-04-10T23:59:59';

    // Act
    const instant = osloInstant(local);

    // Assess
    expect(instant).toBe('2022-04-10T21:59:59.000Z');
  });

  it('takes a date alone as midnight, and minutes without seconds', () => {
    // Prepare
    const inputs = ['2022-05-09', '2022-01-20T12:00'];

    // Act
    const instants = inputs.map(osloInstant);

    // Assess
    expect(instants).toEqual(['2022-05-08T22:00:00.000Z', '2022-01-20T11:00:00.000Z']);
  });

  it('refuses a time skipped by the spring change, and malformed input', () => {
    // Prepare: on 2022-03-27 the clocks jumped from 02:00 to 03:00
    const inputs = ['2022-03-27T02:30:00', '2022-02-30T00:00:00', '10.04.2022', '2022-04-10T24:00:00'];

    // Act
    const attempts = inputs.map((input) => () => osloInstant(input));

    // Assess
    for (const attempt of attempts) expect(attempt).toThrow();
  });
});

describe('Oslo time at the daylight-saving changes (from Intl, as the tz database says)', () => {
  it('takes an hour the autumn change shows twice as its second occurrence, in winter time', () => {
    // Prepare: on 2022-10-30 the clocks fell back from 03:00 CEST to 02:00 CET
    const inputs = [
      '2022-10-30T01:59:59',
      '2022-10-30T02:00:00',
      '2022-10-30T02:30:00',
      '2022-10-30T03:00:00',
    ];

    // Act
    const instants = inputs.map(osloInstant);

    // Assess
    expect(instants).toEqual([
      '2022-10-29T23:59:59.000Z',
      '2022-10-30T01:00:00.000Z',
      '2022-10-30T01:30:00.000Z',
      '2022-10-30T02:00:00.000Z',
    ]);
  });

  it('refuses the whole hour the spring change skips, and takes the seconds either side', () => {
    // Prepare: on 2025-03-30 the clocks jumped from 02:00 CET to 03:00 CEST
    const skipped = ['2025-03-30T02:00:00', '2025-03-30T02:59:59'];
    const around = ['2025-03-30T01:59:59', '2025-03-30T03:00:00'];

    // Act
    const attempts = skipped.map((input) => () => osloInstant(input));
    const instants = around.map(osloInstant);

    // Assess
    for (const attempt of attempts) expect(attempt).toThrow(/No such time/);
    expect(instants).toEqual(['2025-03-30T00:59:59.000Z', '2025-03-30T01:00:00.000Z']);
  });

  it('gives the 25-hour autumn day and the 23-hour spring day their own bounds', () => {
    // Prepare: noon UTC on each change day, and the last millisecond of the day before
    const autumn = '2022-10-30T12:00:00.000Z';
    const spring = '2022-03-27T12:00:00.000Z';

    // Act
    const result = {
      autumn: [startOfOsloDay(autumn), endOfOsloDay(autumn), osloDate('2022-10-29T21:59:59.999Z')],
      spring: [startOfOsloDay(spring), endOfOsloDay(spring), osloDate('2022-03-26T22:59:59.999Z')],
      across: [startOfOsloDay('2022-10-29T12:00:00Z', 1), endOfOsloDay('2022-03-26T12:00:00Z', 1)],
    };

    // Assess
    expect(result).toEqual({
      autumn: ['2022-10-29T22:00:00.000Z', '2022-10-30T22:59:59.000Z', '2022-10-29'],
      spring: ['2022-03-26T23:00:00.000Z', '2022-03-27T21:59:59.000Z', '2022-03-26'],
      across: ['2022-10-29T22:00:00.000Z', '2022-03-27T21:59:59.000Z'],
    });
  });

  it('counts days across month and year ends by the Oslo calendar', () => {
    // Prepare: 23:30 UTC on 31 December is already 1 January in Oslo
    const newYear = '2024-12-31T23:30:00.000Z';

    // Act
    const result = [osloDate(newYear), startOfOsloDay(newYear, -1), endOfOsloDay('2024-02-28T12:00:00Z', 1)];

    // Assess: 2024 is a leap year
    expect(result).toEqual(['2025-01-01', '2024-12-30T23:00:00.000Z', '2024-02-29T22:59:59.000Z']);
  });
});

describe('isoWeekDate', () => {
  it('gives the dates of the 2022 round', () => {
    // Prepare
    const weeks: [number, number][] = [
      [9, 1],
      [14, 7],
      [16, 7],
      [19, 1],
    ];

    // Act
    const dates = weeks.map(([week, day]) => isoWeekDate(2022, week, day));

    // Assess
    expect(dates).toEqual(['2022-02-28', '2022-04-10', '2022-04-24', '2022-05-09']);
  });

  it('follows ISO 8601 at the turn of the year (week 1 holds 4 January)', () => {
    // Prepare
    const cases: [number, number, number][] = [
      [2022, 1, 1],
      [2021, 1, 1],
      [2025, 1, 1],
      [2020, 53, 7],
    ];

    // Act
    const dates = cases.map(([year, week, day]) => isoWeekDate(year, week, day));

    // Assess
    expect(dates).toEqual(['2022-01-03', '2021-01-04', '2024-12-30', '2021-01-03']);
    expect([isoWeeksInYear(2020), isoWeeksInYear(2022)]).toEqual([53, 52]);
  });

  it('refuses weeks and weekdays that do not exist', () => {
    // Prepare
    const cases: [number, number, number][] = [
      [2022, 53, 1],
      [2022, 0, 1],
      [2022, 9, 0],
      [2022, 9, 8],
      [2022, 9.5, 1],
    ];

    // Act
    const attempts = cases.map(
      ([year, week, day]) =>
        () =>
          isoWeekDate(year, week, day),
    );

    // Assess
    for (const attempt of attempts) expect(attempt).toThrow();
  });
});

describe('applicationPeriodState', () => {
  const round = period('2022-02-28T00:00:00', '2022-04-10T23:59:59');

  it('is not open before the opening instant, and open from it', () => {
    // Prepare
    const before = new Date('2022-02-27T22:59:59.999Z');
    const at = new Date('2022-02-27T23:00:00.000Z');

    // Act
    const states = [applicationPeriodState(round, before), applicationPeriodState(round, at)];

    // Assess
    expect(states).toEqual(['not-open', 'open']);
  });

  it('is still open at 23:59:59.999 Oslo time on the closing day and closed at 00:00:00', () => {
    // Prepare: 10 April 2022 is summer time, UTC+2
    const lastMoment = new Date('2022-04-10T21:59:59.999Z');
    const midnight = new Date('2022-04-10T22:00:00.000Z');

    // Act
    const states = [applicationPeriodState(round, lastMoment), applicationPeriodState(round, midnight)];

    // Assess
    expect(states).toEqual(['open', 'closed']);
  });

  it('handles a deadline on the spring daylight-saving change (2022-03-27)', () => {
    // Prepare: clocks jump 02:00 → 03:00 that night, so 23:59:59 is CEST (UTC+2)
    const springRound = period('2022-03-01T00:00:00', '2022-03-27T23:59:59');

    // Act
    const states = [
      applicationPeriodState(springRound, new Date('2022-03-27T21:59:59.999Z')),
      applicationPeriodState(springRound, new Date('2022-03-27T22:00:00.000Z')),
      // what a fixed winter offset would wrongly call the deadline
      applicationPeriodState(springRound, new Date('2022-03-27T22:59:59.000Z')),
    ];

    // Assess
    expect(springRound.applicationPeriod.closes).toBe('2022-03-27T21:59:59.000Z');
    expect(states).toEqual(['open', 'closed', 'closed']);
  });

  it('handles a deadline on the autumn daylight-saving change (2022-10-30)', () => {
    // Prepare: clocks fall back 03:00 → 02:00 that night, so 23:59:59 is CET (UTC+1)
    const autumnRound = period('2022-10-01T00:00:00', '2022-10-30T23:59:59');

    // Act
    const states = [
      // what a fixed summer offset would wrongly call the deadline
      applicationPeriodState(autumnRound, new Date('2022-10-30T21:59:59.999Z')),
      applicationPeriodState(autumnRound, new Date('2022-10-30T22:59:59.999Z')),
      applicationPeriodState(autumnRound, new Date('2022-10-30T23:00:00.000Z')),
    ];

    // Assess
    expect(autumnRound.applicationPeriod.closes).toBe('2022-10-30T22:59:59.000Z');
    expect(states).toEqual(['open', 'open', 'closed']);
  });
});

describe('Oslo days', () => {
  it('finds the Oslo calendar day of an instant, not the UTC one', () => {
    // Prepare: 23:30 UTC on 29 March 2025 is 00:30 on 30 March in Oslo
    const instant = '2025-03-29T23:30:00.000Z';

    // Act
    const result = {
      date: osloDate(instant),
      start: startOfOsloDay(instant),
      end: endOfOsloDay(instant, 28),
    };

    // Assess: 30 March 2025 is the spring change; 27 April is summer time
    expect(result).toEqual({
      date: '2025-03-30',
      start: '2025-03-29T23:00:00.000Z',
      end: '2025-04-27T21:59:59.000Z',
    });
  });
});

describe('formatOsloDateTime', () => {
  it('writes the deadline the Norwegian way', () => {
    // Prepare
    const closes = '2022-04-10T21:59:59.000Z';

    // Act
    const texts = [
      formatOsloDateTime(closes, 'nb'),
      formatOsloDateTime(closes, 'nn'),
      formatOsloDateTime(closes, 'en'),
    ];

    // Assess
    expect(texts).toEqual(['10. april 2022 kl. 23:59', '10. april 2022 kl. 23:59', '10 April 2022 at 23:59']);
  });

  it('uses winter time in January and formats dates alone', () => {
    // Prepare
    const webinar = '2022-01-20T11:00:00.000Z';

    // Act
    const texts = [formatOsloDateTime(webinar, 'nb'), formatOsloDate(webinar, 'en')];

    // Assess
    expect(texts).toEqual(['20. januar 2022 kl. 12:00', '20 January 2022']);
  });
});

describe('month and weekday names, from Intl', () => {
  it('asks Intl whether it has nynorsk on first use, once — not when the module loads (ADR 117)', async () => {
    vi.resetModules();
    const asked = vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf');
    try {
      const intl = await import('../../shared/i18n/intl.ts');
      expect(asked).not.toHaveBeenCalled();
      expect(intl.hasNynorsk()).toBe(true); // Node has nynorsk's data
      intl.hasNynorsk();
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  const firstOfEachMonth = Array.from(
    { length: 12 },
    (_, month) => `2026-${String(month + 1).padStart(2, '0')}-01T12:00:00Z`,
  );

  it('names every month in bokmål, nynorsk and English', () => {
    // Prepare
    const dates = firstOfEachMonth;

    // Act
    const [nb, nn, en] = (['nb', 'nn', 'en'] as const).map((locale) =>
      dates.map((date) => formatOsloDate(date, locale).replace(/^1\.? | 2026$/g, '')),
    );

    // Assess: nynorsk's month names are bokmål's (CLDR), so a browser without nynorsk data
    // (Chromium), which falls back to nb-NO, writes nynorsk dates right
    expect(nb).toEqual([
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ]);
    expect(nn).toEqual(nb);
    expect(en).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('names the weekdays in each language, nynorsk as nynorsk', () => {
    // Prepare
    const days = [1, 2, 3, 4, 5, 6, 7];

    // Act
    const [nb, nn, en] = (['nb', 'nn', 'en'] as const).map((locale) =>
      days.map((day) => weekdayName(day, locale)),
    );

    // Assess
    expect(nb).toEqual(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag']);
    expect(nn).toEqual(['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag']);
    expect(en).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(() => weekdayName(0, 'nb')).toThrow();
  });

  it('keeps the nynorsk weekdays for browsers without nynorsk data equal to CLDR’s', () => {
    // Prepare: Node has nynorsk data (Chromium has not, and falls back to the list)
    const intl = new Intl.DateTimeFormat('nn', { weekday: 'long', timeZone: 'UTC' });

    // Act
    const fromIntl = [1, 2, 3, 4, 5, 6, 7].map((day) => intl.format(Date.UTC(2024, 0, day)));

    // Assess
    expect(Intl.DateTimeFormat.supportedLocalesOf(['nn'])).toEqual(['nn']);
    expect([...NYNORSK_WEEKDAYS]).toEqual(fromIntl);
  });

  it('writes times of day as HH:MM in Oslo', () => {
    // Prepare
    const instants = ['2022-04-10T07:05:00Z', '2022-01-10T22:30:00Z'];

    // Act
    const texts = instants.flatMap((instant) => [
      formatOsloTime(instant, 'nn'),
      formatOsloTime(instant, 'en'),
    ]);

    // Assess
    expect(texts).toEqual(['09:05', '09:05', '23:30', '23:30']);
  });
});

describe('independence from the machine time zone', () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('gives the same answers when the process runs in another zone', () => {
    // Prepare
    const local = '2022-04-10T23:59:59';

    // Act
    const results = [
      osloInstant(local),
      formatOsloDateTime('2022-04-10T21:59:59Z', 'nb'),
      isoWeekDate(2022, 9, 1),
    ];

    // Assess
    expect(new Date(0).getTimezoneOffset()).not.toBe(0);
    expect(results).toEqual(['2022-04-10T21:59:59.000Z', '10. april 2022 kl. 23:59', '2022-02-28']);
  });
});

describe('the formatters a page sets up (ADR 129)', () => {
  /** A fresh copy of time.ts, with every Intl.DateTimeFormat it makes recorded by its language tags. */
  async function freshTime() {
    vi.resetModules();
    const made: unknown[] = [];
    const Original = Intl.DateTimeFormat;
    const spy = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      this: unknown,
      ...args: ConstructorParameters<typeof Intl.DateTimeFormat>
    ) {
      made.push(args[0]);
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat);
    const time = await import('../../shared/domain/time.ts');
    return { time, made, restore: () => spy.mockRestore() };
  }

  // Both sides of each daylight-saving change, and midnight and the last second of a day.
  const instants = [
    '2022-03-27T00:59:59Z',
    '2022-03-27T01:00:00Z',
    '2022-10-30T00:59:59Z',
    '2022-10-30T01:00:00Z',
    '2022-12-31T22:59:59Z',
    '2022-12-31T23:00:00Z',
  ];
  const wallClockAnswers = (time: typeof TimeModule) => [
    ...instants.map((instant) => time.osloDate(instant)),
    ...instants.map((instant) => time.startOfOsloDay(instant, 1)),
    ...instants.map((instant) => time.endOfOsloDay(instant)),
    time.osloInstant('2022-10-30T02:30'),
    time.osloInstant('2022-04-10T23:59:59'),
  ];

  it('makes none before a date is formatted, and each once', async () => {
    const { time, made, restore } = await freshTime();
    try {
      expect(made).toEqual([]);
      time.formatOsloDate(instants[0]!, 'nb');
      time.formatOsloDate(instants[1]!, 'nb');
      expect(made).toHaveLength(1);
    } finally {
      restore();
    }
  });

  it('reads the Oslo wall clock in the language a page formats in, never in a second one', async () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const { time, made, restore } = await freshTime();
      try {
        time.formatOsloDateTime(instants[0]!, locale);
        time.osloDate(instants[0]!);
        time.formatOsloDate(instants[0]!, locale);
        expect(new Set(made.map((tags) => JSON.stringify(tags)))).toEqual(
          new Set([JSON.stringify(INTL_LOCALES[locale])]),
        );
      } finally {
        restore();
      }
    }
  });

  it('gives the same wall-clock answers whichever language was formatted first', async () => {
    const answers: string[][] = [];
    for (const first of [undefined, 'nb', 'nn', 'en'] as const) {
      const { time, restore } = await freshTime();
      try {
        if (first) time.formatOsloDate(instants[0]!, first);
        answers.push(wallClockAnswers(time));
      } finally {
        restore();
      }
    }
    expect(answers[0]).toEqual([
      '2022-03-27',
      '2022-03-27',
      '2022-10-30',
      '2022-10-30',
      '2022-12-31',
      '2023-01-01',
      '2022-03-27T22:00:00.000Z',
      '2022-03-27T22:00:00.000Z',
      '2022-10-30T23:00:00.000Z',
      '2022-10-30T23:00:00.000Z',
      '2022-12-31T23:00:00.000Z',
      '2023-01-01T23:00:00.000Z',
      '2022-03-27T21:59:59.000Z',
      '2022-03-27T21:59:59.000Z',
      '2022-10-30T22:59:59.000Z',
      '2022-10-30T22:59:59.000Z',
      '2022-12-31T22:59:59.000Z',
      '2023-01-01T22:59:59.000Z',
      '2022-10-30T01:30:00.000Z',
      '2022-04-10T21:59:59.000Z',
    ]);
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
  });
});
