/**
 * The 2022 round, as announced in the second information webinar (see DOMAIN.md): its schedule
 * (`round2022`) and its content (`round2022Content`, the texts the web shows and the letters
 * print), each made on first use (ADR 118). Dates are given as weeks of 2022 and Norwegian
 * wall-clock times and converted here; `roundSchema` checks the whole round (unit tests, synth).
 */
import { ACTIVITY_AREAS_2022, activityAreaTexts2022 } from '../activity-areas.ts';
import { ART_SUBJECTS } from '../art-subjects.ts';
import { isoWeekDate, osloInstant } from '../time.ts';
import type { LocalizedText } from '../text.ts';
import { STANDARD_CONDITIONS } from './conditions.ts';
import { once } from '../../once.ts';
import type { RoundContent, RoundSchedule } from './schema.ts';

const YEAR = 2022;
const MONDAY = 1;
const SUNDAY = 7;

/** 'YYYY-MM-DD' of a weekday in a week of 2022. */
const day = (week: number, weekday: number) => isoWeekDate(YEAR, week, weekday);
/** 00:00:00 Oslo time on the Monday of the week. */
const weekStarts = (week: number) => osloInstant(`${day(week, MONDAY)}T00:00:00`);
/** 23:59:59 Oslo time on the Sunday of the week. */
const weekEnds = (week: number) => osloInstant(`${day(week, SUNDAY)}T23:59:59`);
/** Timeline row covering whole weeks. */
const weeks = (from: number, to: number, label: LocalizedText) => ({
  from: day(from, MONDAY),
  to: day(to, SUNDAY),
  label,
});

const WEBINAR_TOPICS = {
  basics: {
    nb: 'Grunnleggende informasjon om ordningen og innspill fra Rammeplan for kulturskolen',
    nn: 'Grunnleggjande informasjon om ordninga og innspel frå Rammeplan for kulturskulen',
    en: 'Basic information about the scheme, with input from the framework plan for kulturskoler',
  },
  activityAreas: { nb: 'Aktivitetsområder', nn: 'Aktivitetsområde', en: 'Activity areas' },
  requirements: {
    nb: 'Kravspesifikasjon og kriterier',
    nn: 'Kravspesifikasjon og kriterium',
    en: 'Requirements and criteria',
  },
  collaboration: {
    nb: 'Tips om samarbeid og tiltak',
    nn: 'Tips om samarbeid og tiltak',
    en: 'Tips on collaboration and measures',
  },
  anchoring: {
    nb: 'Arbeid med forankring og intensjonsavtaler',
    nn: 'Arbeid med forankring og intensjonsavtalar',
    en: 'Working on anchoring and letters of intent',
  },
  portal: {
    nb: 'Presentasjon av søknadsskjema og søknadsportal',
    nn: 'Presentasjon av søknadsskjema og søknadsportal',
    en: 'Presentation of the application form and portal',
  },
} satisfies Record<string, LocalizedText>;

/** The seed's webinar series, in the seed's order, with the sessions' dates and times. */
const WEBINAR_SESSIONS: [keyof typeof WEBINAR_TOPICS, string[]][] = [
  ['basics', ['2022-01-20T12:00', '2022-01-21T08:30', '2022-01-24T15:00']],
  ['activityAreas', ['2022-01-26T09:00', '2022-01-28T11:00', '2022-01-28T13:30']],
  ['requirements', ['2022-01-26T10:00', '2022-01-28T12:00', '2022-01-28T14:30']],
  ['collaboration', ['2022-01-31T14:00', '2022-02-01T12:00', '2022-02-04T10:30']],
  ['anchoring', ['2022-02-07T09:00', '2022-02-07T13:30', '2022-02-14T09:00']],
  ['portal', ['2022-02-07T10:00', '2022-02-07T14:30', '2022-02-14T10:00']],
];

export const round2022 = /* @__PURE__ */ once((): RoundSchedule => ({
  id: '2022',
  // The scheme's name is a proper name: the same in every language.
  title: {
    nb: 'Inkluderende kulturskoler 2022',
    nn: 'Inkluderende kulturskoler 2022',
    en: 'Inkluderende kulturskoler 2022',
  },
  division: '2020-2023',
  // Weeks 9–14: Monday 28 February 00:00 → Sunday 10 April 23:59:59, Oslo time.
  applicationPeriod: { opens: weekStarts(9), closes: weekEnds(14) },
  // Weeks 16–18, one week per committee.
  committeeDeadlines: { expert: weekEnds(16), geographic: weekEnds(17), final: weekEnds(18) },
  // Week 19.
  announcementDate: weekStarts(19),
  // Up to NOK 12 500 000, planned over two calendar years.
  budgetPerYear: { '2022': 6_250_000, '2023': 6_250_000 },
  schoolYears: [
    {
      id: '2022-2023',
      label: { nb: 'Skoleåret 2022–2023', nn: 'Skuleåret 2022–2023', en: 'School year 2022–2023' },
      budgetYear: '2022',
    },
    {
      id: '2023-2024',
      label: { nb: 'Skoleåret 2023–2024', nn: 'Skuleåret 2023–2024', en: 'School year 2023–2024' },
      budgetYear: '2023',
    },
  ],
  activityAreas: ACTIVITY_AREAS_2022.map((code) => ({ code })),
  artSubjects: [...ART_SUBJECTS],
  mail: { from: 'soknad@kulturskoleradet.no', replyTo: 'post@kulturskoleradet.no' },
  limits: { maxAttachments: 20, maxAttachmentBytes: 20 * 1024 * 1024 },
  // The scheme asks for documented commitment from every municipality and partner (ADR 098).
  anchoring: { letterPerMunicipality: true, letterPerPartner: true },
  // Acceptance within four weeks of the announcement (week 22); a report on each school year
  // by 15 September after it ends.
  grant: {
    acceptBy: weekEnds(22),
    reportsDue: {
      '2022-2023': osloInstant('2023-09-15T23:59:59'),
      '2023-2024': osloInstant('2024-09-15T23:59:59'),
    },
    secretariat: 'post@kulturskoleradet.no',
  },
  // Placeholders at example.no: the real members are configured before the round opens.
  committees: {
    expert: {
      chair: 'sakkyndig-1',
      deputyChair: 'sakkyndig-2',
      members: [1, 2, 3, 4].map((n) => ({
        id: `sakkyndig-${n}`,
        name: `Sakkyndig ${n}`,
        email: `sakkyndig${n}@example.no`,
      })),
    },
    geographic: {
      chair: 'radgiver-ost',
      deputyChair: 'radgiver-vest',
      members: [
        {
          id: 'radgiver-ost',
          name: 'Rådgiver Øst',
          email: 'radgiver.ost@example.no',
          counties: ['03', '30', '34', '38'],
        },
        {
          id: 'radgiver-sor',
          name: 'Rådgiver Sør',
          email: 'radgiver.sor@example.no',
          counties: ['11', '42'],
        },
        {
          id: 'radgiver-vest',
          name: 'Rådgiver Vest',
          email: 'radgiver.vest@example.no',
          counties: ['15', '46'],
        },
        {
          id: 'radgiver-nord',
          name: 'Rådgiver Nord',
          email: 'radgiver.nord@example.no',
          counties: ['18', '50', '54'],
        },
      ],
    },
    final: {
      chair: 'innstilling-1',
      deputyChair: 'innstilling-2',
      members: [1, 2, 3].map((n) => ({
        id: `innstilling-${n}`,
        name: `Innstillingsutvalget ${n}`,
        email: `innstilling${n}@example.no`,
      })),
    },
  },
}));

export const round2022Content = /* @__PURE__ */ once((): RoundContent => ({
  activityAreas: activityAreaTexts2022,
  timeline: [
    weeks(1, 9, {
      nb: 'Informasjon til kommunene',
      nn: 'Informasjon til kommunane',
      en: 'Information to the municipalities',
    }),
    weeks(2, 6, {
      nb: 'Webinarer med informasjon om ordningen',
      nn: 'Webinar med informasjon om ordninga',
      en: 'Webinars about the scheme',
    }),
    weeks(3, 7, {
      nb: 'Ferdigstilling av søknadsportalen',
      nn: 'Ferdigstilling av søknadsportalen',
      en: 'The application portal is finished',
    }),
    weeks(9, 14, { nb: 'Søknadsperiode', nn: 'Søknadsperiode', en: 'Application period' }),
    weeks(16, 18, {
      nb: 'Behandling av søknader',
      nn: 'Handsaming av søknader',
      en: 'Applications are processed',
    }),
    weeks(19, 19, {
      nb: 'Offentliggjøring av tildelinger',
      nn: 'Offentleggjering av tildelingar',
      en: 'Awards are announced',
    }),
  ],
  webinars: WEBINAR_SESSIONS.flatMap(([topic, sessions]) =>
    sessions.map((local) => ({ title: WEBINAR_TOPICS[topic], startsAt: osloInstant(`${local}:00`) })),
  ),
  // Weeks 9–14, Monday/Wednesday/Friday 09:00–10:00.
  helpdesk: {
    from: day(9, MONDAY),
    to: day(14, SUNDAY),
    weekdays: [1, 3, 5],
    opensAt: '09:00',
    closesAt: '10:00',
  },
  conditions: STANDARD_CONDITIONS,
}));
