/**
 * A demo round for the local stack and demonstrations: open from the start of the Oslo day
 * of `opens` for 28 days, then one week per committee, then the announcement. Uses the 2024
 * municipality division and the 2022 catalogue. Its schedule (`demoSchedule`) and its content
 * (`demoContent`, ADR 118); `demoRound` is the two together.
 */
import { ACTIVITY_AREAS_2022, activityAreaTexts2022 } from '../activity-areas.ts';
import { ART_SUBJECTS } from '../art-subjects.ts';
import { endOfOsloDay, osloDate, osloInstant, startOfOsloDay } from '../time.ts';
import type { Committees } from '../committees.ts';
import { STANDARD_CONDITIONS } from './conditions.ts';
import type { Round, RoundContent, RoundSchedule } from './schema.ts';
import { withContent } from './with-content.ts';

const PERIOD_DAYS = 28;

/** A demo committee of invented people at example.no (2024 division: 15 counties). */
export const DEMO_COMMITTEES: Committees = {
  expert: {
    chair: 'ekspert-leder',
    deputyChair: 'ekspert-nestleder',
    members: [
      { id: 'ekspert-leder', name: 'Eva Ekspert', email: 'ekspert.leder@example.no' },
      // Written to in English (the member's language: invitation, reminders).
      {
        id: 'ekspert-nestleder',
        name: 'Erik Ekspert',
        email: 'ekspert.nestleder@example.no',
        locale: 'en',
      },
      { id: 'ekspert-medlem', name: 'Elin Ekspert', email: 'ekspert.medlem@example.no' },
    ],
  },
  geographic: {
    chair: 'geo-leder',
    deputyChair: 'geo-vest',
    members: [
      {
        id: 'geo-leder',
        name: 'Guri Geografi (Øst)',
        email: 'geo.leder@example.no',
        counties: ['03', '31', '32', '33', '34', '39', '40'],
      },
      {
        id: 'geo-vest',
        name: 'Geir Geografi (Sør og Vest)',
        email: 'geo.vest@example.no',
        counties: ['11', '15', '42', '46'],
      },
      {
        id: 'geo-nord',
        name: 'Gunn Geografi (Midt og Nord)',
        email: 'geo.nord@example.no',
        locale: 'nn',
        counties: ['18', '50', '55', '56'],
      },
    ],
  },
  final: {
    chair: 'innstilling-leder',
    deputyChair: 'innstilling-nestleder',
    members: [
      { id: 'innstilling-leder', name: 'Ingrid Innstilling', email: 'innstilling.leder@example.no' },
      {
        id: 'innstilling-nestleder',
        name: 'Ivar Innstilling',
        email: 'innstilling.nestleder@example.no',
      },
      { id: 'innstilling-medlem', name: 'Ida Innstilling', email: 'innstilling.medlem@example.no' },
    ],
  },
};
const COMMITTEE_DAYS = 7;
const ACCEPTANCE_DAYS = 14;

/** The days from the opening day to each of the round's days. */
function demoDays(opens: Date) {
  if (Number.isNaN(opens.getTime())) throw new Error('demoRound: invalid opening date');
  const start = startOfOsloDay(opens);
  const closingDay = PERIOD_DAYS;
  const expertDay = closingDay + COMMITTEE_DAYS;
  const geographicDay = expertDay + COMMITTEE_DAYS;
  const finalDay = geographicDay + COMMITTEE_DAYS;
  const year = Number(osloDate(start).slice(0, 4));
  return { start, closingDay, expertDay, geographicDay, finalDay, year };
}

/** The demo round opening on the Oslo day of `opens`: its schedule. */
export function demoSchedule(opens: Date): RoundSchedule {
  const { start, closingDay, expertDay, geographicDay, finalDay, year } = demoDays(opens);
  return {
    id: 'demo',
    title: {
      nb: 'Inkluderende kulturskoler – demo',
      nn: 'Inkluderende kulturskoler – demo',
      en: 'Inkluderende kulturskoler – demo',
    },
    division: '2024',
    applicationPeriod: { opens: start, closes: endOfOsloDay(start, closingDay) },
    committeeDeadlines: {
      expert: endOfOsloDay(start, expertDay),
      geographic: endOfOsloDay(start, geographicDay),
      final: endOfOsloDay(start, finalDay),
    },
    announcementDate: startOfOsloDay(start, finalDay + 1),
    budgetPerYear: { [String(year)]: 6_250_000, [String(year + 1)]: 6_250_000 },
    schoolYears: [year, year + 1].map((first) => ({
      id: `${first}-${first + 1}`,
      label: {
        nb: `Skoleåret ${first}–${first + 1}`,
        nn: `Skuleåret ${first}–${first + 1}`,
        en: `School year ${first}–${first + 1}`,
      },
      budgetYear: String(first),
    })),
    activityAreas: ACTIVITY_AREAS_2022.map((code) => ({ code })),
    artSubjects: [...ART_SUBJECTS],
    mail: { from: 'soknad@kulturskoleradet.no', replyTo: 'post@kulturskoleradet.no' },
    limits: { maxAttachments: 20, maxAttachmentBytes: 20 * 1024 * 1024 },
    reminders: { draftDaysBefore: 7, memberDaysBefore: 2 },
    // Acceptance within two weeks of the announcement; a report on each school year by
    // 15 September after it ends.
    grant: {
      acceptBy: endOfOsloDay(start, finalDay + 1 + ACCEPTANCE_DAYS),
      reportsDue: Object.fromEntries(
        [year, year + 1].map((first) => [
          `${first}-${first + 1}`,
          osloInstant(`${first + 1}-09-15T23:59:59`),
        ]),
      ),
      secretariat: 'post@kulturskoleradet.no',
      reminders: { acceptanceDaysBefore: 7, reportDaysBefore: 14, reportDaysAfter: 7 },
    },
    committees: DEMO_COMMITTEES,
  };
}

/** The demo round opening on the Oslo day of `opens`: its content. */
export function demoContent(opens: Date): RoundContent {
  const { start, closingDay, finalDay } = demoDays(opens);
  const dateOf = (days: number) => osloDate(startOfOsloDay(start, days));
  return {
    activityAreas: activityAreaTexts2022,
    timeline: [
      {
        from: dateOf(0),
        to: dateOf(closingDay),
        label: { nb: 'Søknadsperiode', nn: 'Søknadsperiode', en: 'Application period' },
      },
      {
        from: dateOf(closingDay + 1),
        to: dateOf(finalDay),
        label: {
          nb: 'Behandling av søknader',
          nn: 'Handsaming av søknader',
          en: 'Applications are processed',
        },
      },
      {
        from: dateOf(finalDay + 1),
        to: dateOf(finalDay + 1),
        label: {
          nb: 'Offentliggjøring av tildelinger',
          nn: 'Offentleggjering av tildelingar',
          en: 'Awards are announced',
        },
      },
    ],
    webinars: [],
    helpdesk: {
      from: dateOf(0),
      to: dateOf(closingDay),
      weekdays: [1, 3, 5],
      opensAt: '09:00',
      closesAt: '10:00',
    },
    conditions: STANDARD_CONDITIONS,
  };
}

/** The whole demo round (schedule and content) opening on the Oslo day of `opens`. */
export function demoRound(opens: Date): Round {
  return withContent(demoSchedule(opens), demoContent(opens));
}
