/**
 * A second round configured alongside 2022, shaped like the 2023 round the issue describes
 * (ADR 100): three activity areas (inter-municipal, regional, cross-disciplinary — the 2022
 * catalogue's areas 1–3 with their sub-areas), a co-funding rule (own contribution and other
 * funding cover at least 40 % of the costs), a budget of its own, the municipality division of
 * 2023, and the same weeks of the year as 2022. The seed (DOMAIN.md and the webinar's slides)
 * holds only the 2022 round's facts: this round's dates, budget and text are the example's, to
 * be confirmed by the council before such a round is published. Nothing here is restated
 * elsewhere: adding a round is this file (its schedule and its content, ADR 118) and one line in
 * ./index.ts and ./content.ts (docs/rounds.md).
 */
import { ACTIVITY_AREAS_2022, activityAreaTexts2022 } from '../activity-areas.ts';
import { ART_SUBJECTS } from '../art-subjects.ts';
import type { LocalizedText } from '../text.ts';
import { isoWeekDate, osloInstant } from '../time.ts';
import { STANDARD_CONDITIONS } from './conditions.ts';
import { once } from '../../once.ts';
import { round2022 } from './round-2022.ts';
import type { RoundContent, RoundSchedule } from './schema.ts';

const YEAR = 2023;
const MONDAY = 1;
const SUNDAY = 7;
/** The activity areas of this round: 1 (inter-municipal), 2 (regional), 3 (cross-disciplinary). */
const AREAS = new Set(['1', '2', '3']);

const day = (week: number, weekday: number) => isoWeekDate(YEAR, week, weekday);
const weekStarts = (week: number) => osloInstant(`${day(week, MONDAY)}T00:00:00`);
const weekEnds = (week: number) => osloInstant(`${day(week, SUNDAY)}T23:59:59`);
const weeks = (from: number, to: number, label: LocalizedText) => ({
  from: day(from, MONDAY),
  to: day(to, SUNDAY),
  label,
});

export const round2023 = /* @__PURE__ */ once((): RoundSchedule => ({
  id: '2023',
  title: {
    nb: 'Inkluderende kulturskoler 2023',
    nn: 'Inkluderende kulturskoler 2023',
    en: 'Inkluderende kulturskoler 2023',
  },
  division: '2020-2023',
  // Weeks 9–14 of 2023, then one week per committee, announced in week 19.
  applicationPeriod: { opens: weekStarts(9), closes: weekEnds(14) },
  committeeDeadlines: { expert: weekEnds(16), geographic: weekEnds(17), final: weekEnds(18) },
  announcementDate: weekStarts(19),
  // NOK 10 000 000 over the calendar years 2023 and 2024.
  budgetPerYear: { '2023': 5_000_000, '2024': 5_000_000 },
  schoolYears: [
    {
      id: '2023-2024',
      label: { nb: 'Skoleåret 2023–2024', nn: 'Skuleåret 2023–2024', en: 'School year 2023–2024' },
      budgetYear: '2023',
    },
    {
      id: '2024-2025',
      label: { nb: 'Skoleåret 2024–2025', nn: 'Skuleåret 2024–2025', en: 'School year 2024–2025' },
      budgetYear: '2024',
    },
  ],
  activityAreas: ACTIVITY_AREAS_2022.filter((code) => AREAS.has(code.charAt(0))).map((code) => ({ code })),
  artSubjects: [...ART_SUBJECTS],
  coFunding: { minimumPercent: 40 },
  mail: { from: 'soknad@kulturskoleradet.no', replyTo: 'post@kulturskoleradet.no' },
  limits: { maxAttachments: 20, maxAttachmentBytes: 20 * 1024 * 1024 },
  grant: {
    acceptBy: weekEnds(22),
    reportsDue: {
      '2023-2024': osloInstant('2024-09-15T23:59:59'),
      '2024-2025': osloInstant('2025-09-15T23:59:59'),
    },
    secretariat: 'post@kulturskoleradet.no',
  },
  // The 2022 round's placeholder committees (same division): configured before the round opens.
  committees: round2022().committees,
}));

export const round2023Content = /* @__PURE__ */ once((): RoundContent => ({
  activityAreas: activityAreaTexts2022,
  timeline: [
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
  webinars: [],
  helpdesk: {
    from: day(9, MONDAY),
    to: day(14, SUNDAY),
    weekdays: [1, 3, 5],
    opensAt: '09:00',
    closesAt: '10:00',
  },
  conditions: STANDARD_CONDITIONS,
}));
