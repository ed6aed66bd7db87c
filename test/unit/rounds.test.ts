import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { activityAreas2022 } from '../../shared/domain/activity-areas.ts';
import { ART_SUBJECTS } from '../../shared/domain/art-subjects.ts';
import {
  findRoundContent,
  findRoundWithContent,
  listRoundsWithContent,
  validatedRounds,
} from '../../shared/domain/rounds/content.ts';
import {
  demoRound,
  findRound,
  listRounds,
  parseRound,
  roundSchema,
  smokeRound,
} from '../../shared/domain/rounds/index.ts';
import { findRoundWithAreaNames } from '../../shared/domain/rounds/area-names.ts';
import { round2022 } from '../../shared/domain/rounds/round-2022.ts';
import { withContent } from '../../shared/domain/rounds/with-content.ts';
import { round2023 } from '../../shared/domain/rounds/round-2023.ts';
import { validateSubmission } from '../../shared/domain/application.ts';
import { partiesOf } from '../../shared/domain/attachments.ts';
import type * as Time from '../../shared/domain/time.ts';
import { completeDraft } from '../support/applications.ts';
import {
  applicationPeriodState,
  formatOsloDateTime,
  isoWeekDate,
  osloDate,
} from '../../shared/domain/time.ts';

/** The whole 2022 round: its schedule with its content. */
const round = () => findRoundWithContent('2022', {})!;

/** A deep copy of the whole 2022 configuration to break in one place. */
const config = () => structuredClone(round()) as Record<string, unknown> & ReturnType<typeof round>;

/** The issue paths roundSchema reports for a configuration. */
const issuePaths = (input: unknown) => {
  const parsed = roundSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('the 2022 round', () => {
  it('opens Monday of week 9 at 00:00 and closes Sunday of week 14 at 23:59:59, Oslo time', () => {
    // Prepare
    const r = round();

    // Act
    const { opens, closes } = r.applicationPeriod;

    // Assess
    expect(opens).toBe('2022-02-27T23:00:00.000Z');
    expect(closes).toBe('2022-04-10T21:59:59.000Z');
    expect(formatOsloDateTime(closes, 'nb')).toBe('10. april 2022 kl. 23:59');
  });

  it('is open on the last second of 10 April and closed at midnight', () => {
    // Prepare
    const r = round();

    // Act
    const states = [
      applicationPeriodState(r, new Date('2022-02-27T22:59:59.999Z')),
      applicationPeriodState(r, new Date('2022-02-27T23:00:00Z')),
      applicationPeriodState(r, new Date('2022-04-10T21:59:59.999Z')),
      applicationPeriodState(r, new Date('2022-04-10T22:00:00Z')),
    ];

    // Assess
    expect(states).toEqual(['not-open', 'open', 'open', 'closed']);
  });

  it('gives each committee one week (16, 17, 18) and announces on Monday of week 19', () => {
    // Prepare
    const r = round();

    // Act
    const deadlines = r.committeeDeadlines;

    // Assess
    expect(deadlines).toEqual({
      expert: '2022-04-24T21:59:59.000Z',
      geographic: '2022-05-01T21:59:59.000Z',
      final: '2022-05-08T21:59:59.000Z',
    });
    expect(osloDate(r.announcementDate)).toBe(isoWeekDate(2022, 19, 1));
    expect(r.announcementDate).toBe('2022-05-08T22:00:00.000Z');
  });

  it('plans NOK 12 500 000 over 2022 and 2023, one school year per budget year', () => {
    // Prepare
    const r = round();

    // Act
    const total = Object.values(r.budgetPerYear).reduce((sum, amount) => sum + amount, 0);

    // Assess
    expect(total).toBe(12_500_000);
    expect(r.budgetPerYear).toEqual({ '2022': 6_250_000, '2023': 6_250_000 });
    expect(r.schoolYears.map((year) => [year.id, year.budgetYear])).toEqual([
      ['2022-2023', '2022'],
      ['2023-2024', '2023'],
    ]);
  });

  it('uses the 2020–2023 division, the 2022 catalogue, every art subject and the configured mail and limits', () => {
    // Prepare
    const r = round();

    // Act
    const { division, activityAreas, artSubjects, mail, limits } = r;

    // Assess
    expect(division).toBe('2020-2023');
    expect(activityAreas).toEqual(activityAreas2022);
    expect(artSubjects).toEqual([...ART_SUBJECTS]);
    expect(mail).toEqual({ from: 'soknad@kulturskoleradet.no', replyTo: 'post@kulturskoleradet.no' });
    expect(limits).toEqual({ maxAttachments: 20, maxAttachmentBytes: 20 * 1024 * 1024 });
  });

  it('carries the seed timeline in weeks', () => {
    // Prepare
    const r = round();

    // Act
    const rows = r.timeline.map((row) => [row.from, row.to, row.label.nb]);

    // Assess
    expect(rows).toEqual([
      [isoWeekDate(2022, 1, 1), isoWeekDate(2022, 9, 7), 'Informasjon til kommunene'],
      [isoWeekDate(2022, 2, 1), isoWeekDate(2022, 6, 7), 'Webinarer med informasjon om ordningen'],
      [isoWeekDate(2022, 3, 1), isoWeekDate(2022, 7, 7), 'Ferdigstilling av søknadsportalen'],
      [isoWeekDate(2022, 9, 1), isoWeekDate(2022, 14, 7), 'Søknadsperiode'],
      [isoWeekDate(2022, 16, 1), isoWeekDate(2022, 18, 7), 'Behandling av søknader'],
      [isoWeekDate(2022, 19, 1), isoWeekDate(2022, 19, 7), 'Offentliggjøring av tildelinger'],
    ]);
  });

  it('lists the webinar series in the seed order, three sessions per topic, in Oslo time', () => {
    // Prepare
    const r = round();

    // Act
    const topics = [...new Set(r.webinars.map((webinar) => webinar.title.nb))];

    // Assess
    expect(r.webinars).toHaveLength(18);
    expect(topics).toEqual([
      'Grunnleggende informasjon om ordningen og innspill fra Rammeplan for kulturskolen',
      'Aktivitetsområder',
      'Kravspesifikasjon og kriterier',
      'Tips om samarbeid og tiltak',
      'Arbeid med forankring og intensjonsavtaler',
      'Presentasjon av søknadsskjema og søknadsportal',
    ]);
    expect(r.webinars[0]!.startsAt).toBe('2022-01-20T11:00:00.000Z');
    expect(formatOsloDateTime(r.webinars.at(-1)!.startsAt, 'nb')).toBe('14. februar 2022 kl. 10:00');
  });

  it('holds the helpdesk weeks 9–14 on Monday, Wednesday and Friday 09:00–10:00', () => {
    // Prepare
    const r = round();

    // Act
    const helpdesk = r.helpdesk;

    // Assess
    expect(helpdesk).toEqual({
      from: '2022-02-28',
      to: '2022-04-10',
      weekdays: [1, 3, 5],
      opensAt: '09:00',
      closesAt: '10:00',
    });
  });
});

describe('roundSchema', () => {
  it('accepts the 2022 configuration', () => {
    // Prepare
    const input = config();

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toEqual([]);
  });

  it('refuses a period that closes before it opens', () => {
    // Prepare
    const input = config();
    input.applicationPeriod = { opens: '2022-04-10T21:59:59.000Z', closes: '2022-02-27T23:00:00.000Z' };

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toContain('applicationPeriod.closes');
  });

  it('refuses committee deadlines out of order, or before the period closes', () => {
    // Prepare
    const swapped = config();
    swapped.committeeDeadlines = {
      ...swapped.committeeDeadlines,
      geographic: swapped.committeeDeadlines.expert,
    };
    const early = config();
    early.committeeDeadlines = { ...early.committeeDeadlines, expert: '2022-04-01T00:00:00.000Z' };
    const lateFinal = config();
    lateFinal.announcementDate = '2022-05-01T00:00:00.000Z';

    // Act
    const paths = [issuePaths(swapped), issuePaths(early), issuePaths(lateFinal)];

    // Assess
    expect(paths[0]).toContain('committeeDeadlines.geographic');
    expect(paths[1]).toContain('committeeDeadlines.expert');
    expect(paths[2]).toContain('announcementDate');
  });

  it('refuses a school year whose budget year has no budget', () => {
    // Prepare
    const input = config();
    input.budgetPerYear = { '2022': 12_500_000 };

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toEqual(['schoolYears.1.budgetYear']);
  });

  it('refuses duplicate activity-area codes', () => {
    // Prepare
    const input = config();
    input.activityAreas = [...input.activityAreas, input.activityAreas[0]!];

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toEqual([`activityAreas.${input.activityAreas.length - 1}.code`]);
  });

  it('refuses an unknown division', () => {
    // Prepare
    const input = { ...config(), division: '2019' };

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toEqual(['division']);
  });

  it('refuses local times where instants belong, bad mail addresses and missing translations', () => {
    // Prepare
    const input = config();
    input.announcementDate = '2022-05-09T00:00:00';
    input.mail = { from: 'soknad', replyTo: 'post@kulturskoleradet.no' };
    input.title = { nb: 'Inkluderende kulturskoler', nn: '', en: 'x' };

    // Act
    const paths = issuePaths(input);

    // Assess
    expect(paths).toEqual(expect.arrayContaining(['announcementDate', 'mail.from', 'title.nn']));
  });

  it('fails loudly, naming the round, when a configuration is loaded', () => {
    // Prepare
    const input = { ...config(), division: '2019' };

    // Act
    const load = () => parseRound(input);

    // Assess
    expect(load).toThrow(/Invalid round configuration '2022'[\s\S]*division/);
  });
});

describe('every round as the functions read it (unparsed since ADR 077)', () => {
  it('is valid and exactly what roundSchema makes of it: 2022, the demo round across a year, the smoke round', () => {
    // Prepare: demo openings on every month's first and 15th, both sides of the clock changes.
    const openings = Array.from({ length: 24 }, (_, index) =>
      new Date(Date.UTC(2026, Math.floor(index / 2), index % 2 ? 15 : 1, 9)).toISOString(),
    );
    const rounds = [
      ...listRoundsWithContent({ SMOKE_ROUND: 'true' }),
      ...openings.map((opens) => demoRound(new Date(opens))),
      smokeRound(),
    ];

    // Act
    const issues = rounds.map((r) => ({ id: r.id, paths: issuePaths(r) }));
    const parsed = rounds.map((r) => roundSchema.safeParse(r).data);

    // Assess
    expect(issues.filter((entry) => entry.paths.length > 0)).toEqual([]);
    expect(parsed).toEqual(rounds);
  });

  it('is checked by validatedRounds (synth), which names the round and the problem', () => {
    // Prepare
    const env = { DEMO_ROUND_OPENS: '2026-03-10T08:00:00Z' };
    const demo = findRoundWithContent('demo', env)!;
    const broken = { ...demo.committees.geographic, chair: 'nobody' };

    // Act
    const valid = validatedRounds(env).map((r) => r.id);
    const invalid = () => parseRound({ ...demo, committees: { ...demo.committees, geographic: broken } });

    // Assess
    expect(valid).toEqual(['2022', '2023', 'demo']);
    expect(invalid).toThrow(/Invalid round configuration 'demo'[\s\S]*chair nobody is not a member/);
  });
});

describe("a round's schedule apart from its content (ADR 118)", () => {
  it('gives every listed round its content; the whole round is the schedule with the texts by code', () => {
    // Prepare
    const env = { DEMO_ROUND_OPENS: '2026-03-10T08:00:00Z', SMOKE_ROUND: 'true' };

    // Act
    const schedules = listRounds(env);
    const whole = listRoundsWithContent(env);

    // Assess
    expect(whole.map((r) => r.id)).toEqual(['2022', '2023', 'demo', 'smoke']);
    expect(whole.map((r) => r.id)).toEqual(schedules.map((r) => r.id));
    for (const [index, schedule] of schedules.entries()) {
      const r = whole[index]!;
      const content = findRoundContent(schedule.id, env)!;
      expect(r).toMatchObject({ ...schedule, activityAreas: expect.any(Array), grant: schedule.grant });
      expect(r.activityAreas.map((area) => area.code)).toEqual(
        schedule.activityAreas.map((area) => area.code),
      );
      expect(r.activityAreas.map(({ code: _code, ...texts }) => texts)).toEqual(
        schedule.activityAreas.map(({ code }) => content.activityAreas[code]),
      );
      expect(r.grant.conditions).toEqual(content.conditions);
      expect(r.timeline).toEqual(content.timeline);
    }
    expect(findRoundContent('nope', env)).toBeUndefined();
    expect(findRoundWithContent('demo', {})).toBeUndefined();
  });

  it('refuses an activity area whose code has no texts in the content', () => {
    // Prepare
    const schedule = round2022();
    const content = findRoundContent('2022', {})!;

    // Act
    const paths = issuePaths(
      withContent({ ...schedule, activityAreas: [...schedule.activityAreas, { code: '9z' }] }, content),
    );

    // Assess
    expect(paths).toEqual([
      'activityAreas.10.area',
      'activityAreas.10.title',
      'activityAreas.10.description',
    ]);
  });

  it('computes no date when the round modules load, only when a round is first looked up', async () => {
    // Prepare: fresh modules, the Oslo-time conversions counted.
    vi.resetModules();
    const converted = vi.fn();
    vi.doMock('../../shared/domain/time.ts', async (importOriginal) => {
      const time = await importOriginal<typeof Time>();
      const counted =
        <A extends unknown[], R>(convert: (...args: A) => R) =>
        (...args: A) => {
          converted();
          return convert(...args);
        };
      return {
        ...time,
        osloInstant: counted(time.osloInstant),
        startOfOsloDay: counted(time.startOfOsloDay),
        endOfOsloDay: counted(time.endOfOsloDay),
        osloDate: counted(time.osloDate),
      };
    });

    try {
      // Act
      const rounds = await import('../../shared/domain/rounds/index.ts');
      await import('../../shared/domain/rounds/content.ts');
      const atLoad = converted.mock.calls.length;
      const opens = rounds.findRound('2022', {})?.applicationPeriod.opens;

      // Assess
      expect(atLoad).toBe(0);
      expect(opens).toBe('2022-02-27T23:00:00.000Z');
      expect(converted).toHaveBeenCalled();
    } finally {
      vi.doUnmock('../../shared/domain/time.ts');
      vi.resetModules();
    }
  });

  it("leaves the rounds' texts out of a function that looks a round up by its schedule", async () => {
    // Prepare: the texts of an activity area, a webinar and a condition, as a bundle holds them.
    const texts = [
      activityAreas2022[0]!.description.nb,
      'Kravspesifikasjon og kriterier',
      findRoundContent('2022', {})!.conditions[0]!.nb,
    ];
    const bundle = async (contents: string) => {
      const result = await build({
        stdin: {
          contents,
          resolveDir: fileURLToPath(new URL('../../shared/domain/rounds/', import.meta.url)),
          loader: 'ts',
        },
        bundle: true,
        minify: true,
        charset: 'utf8',
        write: false,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
      });
      return result.outputFiles[0]!.text;
    };

    // Act
    const schedule = await bundle(
      "import { findRound } from './index.ts'; export const closes = findRound('2022')?.applicationPeriod.closes;",
    );
    const whole = await bundle(
      "import { findRoundWithContent } from './content.ts'; export const r = findRoundWithContent('2022');",
    );

    const named = await bundle(
      "import { findRoundWithAreaNames } from './area-names.ts'; export const r = findRoundWithAreaNames('2022');",
    );

    // Assess
    expect(texts.filter((text) => schedule.includes(text))).toEqual([]);
    expect(texts.filter((text) => whole.includes(text))).toEqual(texts);
    // The areas' names without their descriptions, the webinars or the conditions (ADR 122).
    expect(texts.filter((text) => named.includes(text))).toEqual([]);
    expect(named).toContain(activityAreas2022[0]!.title.nb);
  });

  it("gives every listed round's areas the names its content gives them, without the rest (ADR 122)", () => {
    // Prepare
    const env = { DEMO_ROUND_OPENS: '2026-03-10T08:00:00Z', SMOKE_ROUND: 'true' };

    for (const schedule of listRounds(env)) {
      // Act
      const named = findRoundWithAreaNames(schedule.id, env)!;
      const whole = findRoundWithContent(schedule.id, env)!;

      // Assess
      expect(named).toEqual({
        ...schedule,
        activityAreas: whole.activityAreas.map(({ code, area, title }) => ({ code, area, title })),
      });
    }
    expect(findRoundWithAreaNames('demo', {})).toBeUndefined();
  });
});

describe('listRounds and findRound', () => {
  it('always has the configured rounds (2022, 2023), and no demo round without DEMO_ROUND_OPENS', () => {
    // Prepare
    const env = {};

    // Act
    const ids = listRounds(env).map((r) => r.id);

    // Assess
    expect(ids).toEqual(['2022', '2023']);
    expect(findRound('demo', env)).toBeUndefined();
    expect(findRound('nope', env)).toBeUndefined();
  });

  it('adds the demo round when DEMO_ROUND_OPENS is an ISO instant', () => {
    // Prepare
    const env = { DEMO_ROUND_OPENS: '2025-03-10T08:00:00Z' };

    // Act
    const ids = listRounds(env).map((r) => r.id);

    // Assess
    expect(ids).toEqual(['2022', '2023', 'demo']);
    expect(findRound('demo', env)?.division).toBe('2024');
  });

  it('refuses a DEMO_ROUND_OPENS that is not an instant', () => {
    // Prepare
    const env = { DEMO_ROUND_OPENS: 'tomorrow' };

    // Act
    const load = () => listRounds(env);

    // Assess
    expect(load).toThrow(/DEMO_ROUND_OPENS/);
  });
});

describe('demoRound', () => {
  it('is open at the instant it opens, from the start of that Oslo day, for 28 days', () => {
    // Prepare
    const opens = new Date('2025-03-10T08:00:00Z');

    // Act
    const demo = demoRound(opens);

    // Assess
    expect(demo.id).toBe('demo');
    expect(applicationPeriodState(demo, opens)).toBe('open');
    expect(demo.applicationPeriod.opens).toBe('2025-03-09T23:00:00.000Z');
    // 7 April 2025 23:59:59 is summer time
    expect(demo.applicationPeriod.closes).toBe('2025-04-07T21:59:59.000Z');
    expect(applicationPeriodState(demo, new Date('2025-04-07T22:00:00Z'))).toBe('closed');
  });

  it('gives each committee a week after the period, then the announcement', () => {
    // Prepare
    const opens = new Date('2025-03-10T08:00:00Z');

    // Act
    const demo = demoRound(opens);

    // Assess
    expect(
      [demo.committeeDeadlines.expert, demo.committeeDeadlines.geographic, demo.committeeDeadlines.final].map(
        osloDate,
      ),
    ).toEqual(['2025-04-14', '2025-04-21', '2025-04-28']);
    expect(Date.parse(demo.announcementDate)).toBeGreaterThan(Date.parse(demo.committeeDeadlines.final));
    expect(demo.activityAreas).toEqual(activityAreas2022);
    expect(demo.schoolYears.map((year) => year.id)).toEqual(['2025-2026', '2026-2027']);
  });

  it('takes the Oslo day, not the UTC day, of the opening instant', () => {
    // Prepare: 23:30 UTC on 9 March is 00:30 on 10 March in Oslo
    const opens = new Date('2025-03-09T23:30:00Z');

    // Act
    const demo = demoRound(opens);

    // Assess
    expect(demo.applicationPeriod.opens).toBe('2025-03-09T23:00:00.000Z');
    expect(applicationPeriodState(demo, opens)).toBe('open');
  });
});

describe('a second round by configuration alone (ADR 100): 2023', () => {
  it('has three activity areas, its own budget and school years, and a 40 % co-funding rule; 2022 has none', () => {
    // Prepare
    const r = findRoundWithContent('2023', {})!;

    // Act
    const areas = new Set(r.activityAreas.map((area) => area.area.nb));
    const total = Object.values(r.budgetPerYear).reduce((sum, amount) => sum + amount, 0);

    // Assess
    expect(findRound('2023', {})).toBe(round2023());
    expect(areas.size).toBe(3);
    expect(r.activityAreas.map((area) => area.code)).toEqual(['1a', '1b', '2a', '2b', '2c', '3a', '3b']);
    expect(total).toBe(10_000_000);
    expect(r.schoolYears.map((year) => [year.id, year.budgetYear])).toEqual([
      ['2023-2024', '2023'],
      ['2024-2025', '2024'],
    ]);
    expect(r.coFunding).toEqual({ minimumPercent: 40 });
    expect(round2022().coFunding).toBeUndefined();
    expect(osloDate(r.applicationPeriod.opens)).toBe(isoWeekDate(2023, 9, 1));
    expect(Object.keys(r.grant.reportsDue)).toEqual(['2023-2024', '2024-2025']);
  });

  it('checks a draft by its own rules: the same application passes in 2022 and falls short of 2023', () => {
    // Prepare: 25 % co-funding (100 000 of 400 000 a year), municipalities of the 2020–2023 division.
    const draft = (schoolYears: string[]) =>
      completeDraft(schoolYears, {
        partnerMunicipalities: ['3005', '4601'],
        activityAreas: [{ code: '1a', measure: 'Et fast fordypningstilbud.' }],
        budget: schoolYears.map((schoolYear) => ({
          schoolYear,
          costLines: [{ description: 'Lærerressurser', amount: 400_000 }],
          ownContribution: 60_000,
          otherFunding: 40_000,
        })),
      });
    // A letter tied to each municipality and partner: 2022 asks for one per party (ADR 098).
    const letters = partiesOf(draft(['2022-2023'])).map(({ party }) => ({
      kind: 'letterOfIntent' as const,
      party,
      status: 'ACCEPTED' as const,
    }));
    const ctx = { letterOfIntentCount: letters.length, letters };

    // Act
    const in2022 = validateSubmission(draft(['2022-2023']), round2022(), ctx);
    const in2023 = validateSubmission(draft(['2023-2024', '2024-2025']), round2023(), ctx);
    const enough = validateSubmission(
      {
        ...draft(['2023-2024']),
        budget: [
          {
            schoolYear: '2023-2024',
            costLines: [{ description: 'Lærere', amount: 400_000 }],
            ownContribution: 120_000,
            otherFunding: 40_000,
          },
        ],
      },
      round2023(),
      ctx,
    );

    // Assess
    expect(in2022.ok).toBe(true);
    expect(in2023.ok ? [] : in2023.issues).toEqual([
      {
        path: 'budget',
        code: 'BUDGET_CO_FUNDING_TOO_LOW',
        params: { percent: 40, required: 320_000, share: 25 },
      },
    ]);
    expect(enough.ok).toBe(true);
  });

  it('refuses a co-funding share outside 1–99 % and a decision letter without a letterhead', () => {
    // Prepare
    const withShare = (minimumPercent: number) => ({ ...config(), coFunding: { minimumPercent } });
    const letter = {
      letterhead: [],
      signatory: { name: 'N', title: { nb: 'T', nn: 'T', en: 'T' } },
      complaint: { nb: 'K', nn: 'K', en: 'K' },
    };

    // Act
    const paths = [withShare(0), withShare(100), withShare(40), { ...config(), decisionLetter: letter }].map(
      issuePaths,
    );

    // Assess
    expect(paths).toEqual([
      ['coFunding.minimumPercent'],
      ['coFunding.minimumPercent'],
      [],
      ['decisionLetter.letterhead'],
    ]);
  });
});
