/**
 * A round (utlysning) of the scheme: its dates, budget, catalogue and limits. Rounds are typed
 * configuration in the repository, checked by `roundSchema` in the unit tests and at synth
 * (`validatedRounds` in ./index.ts), so an inconsistent configuration never reaches an applicant.
 * zod/mini (ADR 077): only the parts a function calls are bundled; each schema is built in a
 * function call marked pure (a `@__PURE__` arrow called at once: esbuild's annotation covers one call,
 * and a `.check(…)` on an annotated call is not pure), so a bundle that needs only a type or
 * `roundIdSchema` keeps none of the others — nor the divisions the committee check reads.
 */
import * as z from 'zod/mini';
import { ART_SUBJECTS } from '../art-subjects.ts';
import { committeeIssues, committeesSchema } from '../committees.ts';
import { DIVISIONS, listCounties } from '../municipalities/index.ts';

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1));
export const localizedTextSchema = /* @__PURE__ */ (() =>
  z.object({
    nb: /* @__PURE__ */ nonEmpty(),
    nn: /* @__PURE__ */ nonEmpty(),
    en: /* @__PURE__ */ nonEmpty(),
  }))();

/** A UTC instant, ISO 8601 with 'Z' (what `osloInstant` and `Date#toISOString` produce). */
export const instantSchema = /* @__PURE__ */ (() => z.iso.datetime())();
/** An Oslo calendar date, 'YYYY-MM-DD'. */
export const localDateSchema = /* @__PURE__ */ (() => z.iso.date())();
const clockTimeSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')))();
const yearSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}$/, 'expected a calendar year, e.g. 2022')))();

export const activityAreaSchema = /* @__PURE__ */ (() =>
  z.object({
    code: /* @__PURE__ */ z.string().check(z.regex(/^\d[a-z]$/, 'expected a code like 2b')),
    area: localizedTextSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
  }))();

const schoolYearSchema = /* @__PURE__ */ (() =>
  z.object({
    /** '2022-2023' */
    id: /* @__PURE__ */ z
      .string()
      .check(z.regex(/^(\d{4})-(\d{4})$/, 'expected a school year like 2022-2023')),
    label: localizedTextSchema,
    /** The calendar year whose budget funds this school year. */
    budgetYear: yearSchema,
  }))();

/** A round's id: a URL-safe slug, e.g. '2022' (it is a path segment of the API). */
export const roundIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.maxLength(40), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug')))();

const positiveInt = () => z.int().check(z.positive());

/**
 * A round's fields and their forms, without the checks across fields (`roundSchema`): what
 * GET /rounds' allow-list picks from, so that function carries no committee check and no
 * municipality division.
 */
/** How long an application's personal data is kept (ADR 089): see `retention` below. */
export const retentionSchema = /* @__PURE__ */ (() =>
  z.object({
    draftDaysAfterClose: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(365)),
    unsuccessfulMonthsAfterAnnouncement: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(120)),
    awardedYearsAfterAnnouncement: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(30)),
  }))();
export type Retention = z.output<typeof retentionSchema>;

export const DEFAULT_RETENTION: Retention = {
  draftDaysAfterClose: 30,
  unsuccessfulMonthsAfterAnnouncement: 6,
  awardedYearsAfterAnnouncement: 10,
};

/** Co-editors an application may have when the round does not say (ADR 096). */
export const DEFAULT_MAX_COEDITORS = 5;

/** The round's maximum of co-editors per application. */
export const maxCoeditorsOf = (round: { coeditors?: { max: number } }): number =>
  round.coeditors?.max ?? DEFAULT_MAX_COEDITORS;

/** The round's retention, its configuration's or the defaults. */
export const retentionOf = (round: { retention?: Retention }): Retention =>
  round.retention ?? DEFAULT_RETENTION;

/**
 * After the announcement (ADR 102, 103): an awarded municipality accepts the award and its
 * `conditions` by `acceptBy`, and reports on each school year by `reportsDue[<school year>]`.
 * Reminders: `acceptanceDaysBefore` days before the acceptance deadline; `reportDaysBefore`
 * days before and `reportDaysAfter` days after a report's due date (`grantRemindersOf` gives
 * the defaults 7, 14 and 7). An award not accepted by the deadline is told to `secretariat`.
 */
export const grantRemindersSchema = /* @__PURE__ */ (() =>
  z.object({
    acceptanceDaysBefore: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(60)),
    reportDaysBefore: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(90)),
    reportDaysAfter: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(90)),
  }))();
export type GrantReminders = z.output<typeof grantRemindersSchema>;

export const DEFAULT_GRANT_REMINDERS: GrantReminders = {
  acceptanceDaysBefore: 7,
  reportDaysBefore: 14,
  reportDaysAfter: 7,
};

/** The round's reminders after the award, its configuration's or the defaults. */
export const grantRemindersOf = (round: { grant: { reminders?: GrantReminders } }): GrantReminders =>
  round.grant.reminders ?? DEFAULT_GRANT_REMINDERS;

export const grantConfigSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The acceptance deadline: an award not accepted by then lapses (the secretariat is told). */
    acceptBy: instantSchema,
    /** School year id → when its report is due; one for each of the round's school years. */
    reportsDue: /* @__PURE__ */ z.record(z.string(), instantSchema),
    /** The conditions an awarded municipality accepts (shown on the acceptance page, printed in the letter). */
    conditions: /* @__PURE__ */ z.array(localizedTextSchema).check(z.minLength(1)),
    /** Where the secretariat is told of awards not accepted, and of reports (the council's address). */
    secretariat: z.email(),
    reminders: z.optional(grantRemindersSchema),
  }))();
export type GrantConfig = z.output<typeof grantConfigSchema>;

/**
 * The decision letter's fixed text (ADR 099; `decisionLetterOf` gives the council's defaults):
 * the letterhead's lines, who signs, and how to ask for the reasons or complain — the council's
 * own words, not a citation of law. The conditions and the deadlines are the round's `grant`'s.
 */
export const decisionLetterSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The letterhead, line by line (the council's name, address, organisation number, …). */
    letterhead: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1), z.maxLength(6)),
    signatory: /* @__PURE__ */ z.object({ name: nonEmpty(), title: localizedTextSchema }),
    /** How to ask for the reasons or complain, and by when. */
    complaint: localizedTextSchema,
  }))();
export type DecisionLetterText = z.output<typeof decisionLetterSchema>;

export const DEFAULT_DECISION_LETTER: DecisionLetterText = {
  // The council's postal address and organisation number belong here once confirmed: a round's
  // configuration gives them (the letter adds the round's reply-to address).
  letterhead: ['Norsk kulturskoleråd'],
  signatory: {
    name: 'Norsk kulturskoleråd',
    title: { nb: 'Sekretariatet', nn: 'Sekretariatet', en: 'The secretariat' },
  },
  complaint: {
    nb: 'Dere kan be om en nærmere begrunnelse for avgjørelsen, eller klage på den, ved å skrive til Norsk kulturskoleråd på adressen nedenfor. Oppgi saksnummeret.',
    nn: 'De kan be om ei nærare grunngjeving for avgjerda, eller klage på henne, ved å skrive til Norsk kulturskoleråd på adressa nedanfor. Oppgje saksnummeret.',
    en: 'You may ask for a fuller statement of the reasons for the decision, or complain about it, by writing to Norsk kulturskoleråd at the address below. Give the case number.',
  },
};

/** The round's decision-letter text, its configuration's or the council's defaults. */
export const decisionLetterOf = (round: { decisionLetter?: DecisionLetterText }): DecisionLetterText =>
  round.decisionLetter ?? DEFAULT_DECISION_LETTER;

export const roundFieldsSchema = /* @__PURE__ */ (() =>
  z.object({
    id: roundIdSchema,
    title: localizedTextSchema,
    /** Which municipality division the applications use. */
    division: z.enum(DIVISIONS),
    applicationPeriod: /* @__PURE__ */ z.object({ opens: instantSchema, closes: instantSchema }),
    /** When each committee's stage ends, in order. */
    committeeDeadlines: /* @__PURE__ */ z.object({
      expert: instantSchema,
      geographic: instantSchema,
      final: instantSchema,
    }),
    announcementDate: instantSchema,
    /** Calendar year → NOK. */
    budgetPerYear: /* @__PURE__ */ z.record(yearSchema, /* @__PURE__ */ positiveInt()),
    schoolYears: /* @__PURE__ */ z.array(schoolYearSchema).check(z.minLength(1)),
    activityAreas: /* @__PURE__ */ z.array(activityAreaSchema).check(z.minLength(1)),
    artSubjects: /* @__PURE__ */ z.array(z.enum(ART_SUBJECTS)).check(z.minLength(1)),
    timeline: /* @__PURE__ */ z.array(
      z.object({ from: localDateSchema, to: localDateSchema, label: localizedTextSchema }),
    ),
    webinars: /* @__PURE__ */ z.array(z.object({ title: localizedTextSchema, startsAt: instantSchema })),
    helpdesk: /* @__PURE__ */ z.object({
      from: localDateSchema,
      to: localDateSchema,
      /** ISO weekdays, 1 = Monday … 7 = Sunday. */
      weekdays: /* @__PURE__ */ z.array(z.int().check(z.minimum(1), z.maximum(7))).check(z.minLength(1)),
      opensAt: clockTimeSchema,
      closesAt: clockTimeSchema,
    }),
    mail: /* @__PURE__ */ z.object({ from: z.email(), replyTo: z.email() }),
    limits: /* @__PURE__ */ z.object({
      maxAttachments: /* @__PURE__ */ positiveInt(),
      maxAttachmentBytes: /* @__PURE__ */ positiveInt(),
    }),
    /**
     * Reminders (ADR 091): to unsubmitted drafts this many days and one day before the period
     * closes; to committee members who have not finished, this many days before a stage's
     * deadline. Without it: 7 and 2 (`reminderDays`).
     */
    reminders: z.optional(
      z.object({
        draftDaysBefore: z.int().check(z.gte(1), z.lte(60)),
        memberDaysBefore: z.int().check(z.gte(1), z.lte(30)),
      }),
    ),
    /**
     * How long personal data is kept (ADR 089; `retentionOf` gives the defaults): drafts never
     * submitted are erased this many days after the application period closes; withdrawn and
     * unsuccessful applications this many months after the announcement; awarded ones are kept
     * this many years after it (what the council must keep; never erased automatically).
     */
    retention: z.optional(retentionSchema),
    /**
     * Co-editors (ADR 096): how many the owner of an application may invite (typically the
     * partner municipalities' kulturskole leaders). Without it: `DEFAULT_MAX_COEDITORS`.
     */
    coeditors: z.optional(z.object({ max: z.int().check(z.gte(0), z.lte(20)) })),
    /**
     * Anchoring (ADR 098): which letters of intent the submission asks for — one tied to each
     * municipality (lead and partners) and/or one tied to each partner. Without it: at least
     * one letter of intent in all.
     */
    anchoring: z.optional(z.object({ letterPerMunicipality: z.boolean(), letterPerPartner: z.boolean() })),
    /**
     * The co-funding rule (ADR 100): the municipalities' own contribution and other funding
     * together cover at least this share of the application's costs, in percent. Without it, no
     * such rule (the 2022 round).
     */
    coFunding: z.optional(z.object({ minimumPercent: z.int().check(z.gte(1), z.lte(99)) })),
    /** The decision letter's fixed text (ADR 099); without it, `DEFAULT_DECISION_LETTER`. */
    decisionLetter: z.optional(decisionLetterSchema),
    /** After the announcement: acceptance, reports per school year (see `grantConfigSchema`). */
    grant: grantConfigSchema,
    /** The three committees and their members (use example.no addresses in committed examples). */
    committees: committeesSchema,
  }))();

export const roundSchema = /* @__PURE__ */ (() =>
  roundFieldsSchema.check(
    z.superRefine((round, ctx) => {
      const fail = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const t = (iso: string) => Date.parse(iso);

      // The stages follow each other: period → expert → geographic → final → announcement.
      const { opens, closes } = round.applicationPeriod;
      const { expert, geographic, final } = round.committeeDeadlines;
      if (t(closes) <= t(opens)) fail(['applicationPeriod', 'closes'], 'closes must be after opens');
      if (t(expert) <= t(closes))
        fail(['committeeDeadlines', 'expert'], 'expert deadline must be after the period closes');
      if (t(geographic) <= t(expert)) {
        fail(['committeeDeadlines', 'geographic'], 'geographic deadline must be after the expert deadline');
      }
      if (t(final) <= t(geographic)) {
        fail(['committeeDeadlines', 'final'], 'final deadline must be after the geographic deadline');
      }
      if (t(round.announcementDate) < t(final)) {
        fail(['announcementDate'], 'announcement must not be before the final committee deadline');
      }

      const schoolYearIds = new Set<string>();
      for (const [index, schoolYear] of round.schoolYears.entries()) {
        if (schoolYearIds.has(schoolYear.id))
          fail(['schoolYears', index, 'id'], `duplicate school year ${schoolYear.id}`);
        schoolYearIds.add(schoolYear.id);
        const [start, end] = schoolYear.id.split('-').map(Number) as [number, number];
        if (end !== start + 1) fail(['schoolYears', index, 'id'], `${schoolYear.id} is not one school year`);
        if (round.budgetPerYear[schoolYear.budgetYear] === undefined) {
          fail(
            ['schoolYears', index, 'budgetYear'],
            `no budget for ${schoolYear.budgetYear} in budgetPerYear`,
          );
        }
      }

      const codes = new Set<string>();
      for (const [index, area] of round.activityAreas.entries()) {
        if (codes.has(area.code))
          fail(['activityAreas', index, 'code'], `duplicate activity area ${area.code}`);
        codes.add(area.code);
      }
      if (new Set(round.artSubjects).size !== round.artSubjects.length)
        fail(['artSubjects'], 'duplicate art subject');

      for (const [index, row] of round.timeline.entries()) {
        if (row.to < row.from) fail(['timeline', index, 'to'], 'to must not be before from');
      }
      if (round.helpdesk.to < round.helpdesk.from) fail(['helpdesk', 'to'], 'to must not be before from');
      if (round.helpdesk.closesAt <= round.helpdesk.opensAt)
        fail(['helpdesk', 'closesAt'], 'closes before it opens');

      // After the announcement: acceptance, then one report per school year, each after it.
      const { acceptBy, reportsDue } = round.grant;
      if (t(acceptBy) <= t(round.announcementDate))
        fail(['grant', 'acceptBy'], 'the acceptance deadline must be after the announcement');
      for (const schoolYear of round.schoolYears) {
        const due = reportsDue[schoolYear.id];
        if (due === undefined) fail(['grant', 'reportsDue', schoolYear.id], 'no report due date');
        else if (t(due) <= t(acceptBy))
          fail(['grant', 'reportsDue', schoolYear.id], 'a report must be due after the acceptance deadline');
      }
      for (const id of Object.keys(reportsDue)) {
        if (!schoolYearIds.has(id))
          fail(['grant', 'reportsDue', id], `${id} is not a school year of the round`);
      }

      const counties = listCounties(round.division).map((county) => county.number);
      for (const issue of committeeIssues(round.committees, counties))
        fail(['committees', ...issue.path], issue.message);
    }),
  ))();

/**
 * The whole round, its schedule with its content (`withContent` in ./content.ts): what GET
 * /rounds shows, the letters and the exports print, and `roundSchema` checks.
 */
export type Round = z.infer<typeof roundSchema>;
export type RoundInput = z.input<typeof roundSchema>;

/**
 * A round's schedule (ADR 118): what the rules read — its id and title, dates, division,
 * budget, school years, the activity areas' codes, art subjects, limits, reminders, the grant's
 * dates and committees. `findRound` gives it; a function that only checks dates or limits
 * carries no text of the round's. A whole `Round` is one too.
 */
export type RoundSchedule = Omit<Round, RoundContentField | 'activityAreas' | 'grant'> & {
  /** The activity areas the round offers, by code, in the catalogue's order. */
  activityAreas: readonly { code: string }[];
  grant: Omit<Round['grant'], 'conditions'>;
};

type RoundContentField = 'timeline' | 'webinars' | 'helpdesk' | 'decisionLetter';

/**
 * A round's content (ADR 118): the texts the web shows and the letters print — the activity
 * areas' texts by code, the timeline, the webinars, the helpdesk, the conditions of an award and
 * the decision letter's text.
 */
export type RoundContent = Pick<Round, Exclude<RoundContentField, 'decisionLetter'>> &
  Partial<Pick<Round, 'decisionLetter'>> & {
    activityAreas: Readonly<Record<string, Omit<Round['activityAreas'][number], 'code'>>>;
    conditions: readonly Round['grant']['conditions'][number][];
  };

/** Parses a round's configuration; throws an error naming every problem and the round. */
export function parseRound(config: unknown): Round {
  const parsed = roundSchema.safeParse(config);
  if (parsed.success) return parsed.data;
  const id = (config as { id?: unknown } | null)?.id;
  throw new Error(
    `Invalid round configuration${typeof id === 'string' ? ` '${id}'` : ''}:\n${z.prettifyError(parsed.error)}`,
  );
}
