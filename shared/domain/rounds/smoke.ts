/**
 * The staging-only round the deploy pipeline's smoke test starts an application in (ADR 081):
 * listed only where SMOKE_ROUND=true (the staging deploy configuration's `smokeRound`), open
 * from 2026 to 2099 so a deploy never finds it closed, and with every committee member at SES's
 * mailbox simulator (success+<member>@simulator.amazonses.com), so nothing it could ever send
 * reaches a person or hurts the sender's reputation. Production never lists it.
 */
import type { Committees } from '../committees.ts';
import { DEMO_COMMITTEES, demoContent, demoSchedule } from './demo.ts';
import { once } from '../../once.ts';
import type { Round, RoundContent, RoundSchedule } from './schema.ts';
import { withContent } from './with-content.ts';

export const SMOKE_ROUND_ID = 'smoke';

/** SES's mailbox simulator: accepts the message and reports a delivery, never a person. */
export const SES_SIMULATOR_SUCCESS = 'success@simulator.amazonses.com';

const simulated = (committees: Committees): Committees =>
  Object.fromEntries(
    Object.entries(committees).map(([committee, config]) => [
      committee,
      {
        ...config,
        members: config.members.map((member) => ({
          ...member,
          email: SES_SIMULATOR_SUCCESS.replace('@', `+${member.id}@`),
        })),
      },
    ]),
  ) as Committees;

const OPENS = new Date('2026-01-05T00:00:00Z');

/** The smoke round's schedule: the demo round's, open until 2099, its members at the simulator. */
export const smokeSchedule = /* @__PURE__ */ once((): RoundSchedule => {
  const base = demoSchedule(OPENS);
  return {
    ...base,
    id: SMOKE_ROUND_ID,
    title: {
      nb: 'Røyktest (staging)',
      nn: 'Røyktest (staging)',
      en: 'Smoke test (staging)',
    },
    applicationPeriod: { opens: '2026-01-04T23:00:00.000Z', closes: '2099-12-30T22:59:59.000Z' },
    committeeDeadlines: {
      expert: '2100-01-10T22:59:59.000Z',
      geographic: '2100-01-17T22:59:59.000Z',
      final: '2100-01-24T22:59:59.000Z',
    },
    announcementDate: '2100-01-25T23:00:00.000Z',
    grant: {
      ...base.grant,
      acceptBy: '2100-02-08T22:59:59.000Z',
      reportsDue: Object.fromEntries(
        base.schoolYears.map((schoolYear, index) => [schoolYear.id, `${2101 + index}-09-15T21:59:59.000Z`]),
      ),
    },
    committees: simulated(DEMO_COMMITTEES),
  };
});

/** The smoke round's content: the demo round's, without a timeline. */
export const smokeContent = /* @__PURE__ */ once((): RoundContent => ({
  ...demoContent(OPENS),
  timeline: [],
}));

/** The whole smoke round (schedule and content). */
export const smokeRound = (): Round => withContent(smokeSchedule(), smokeContent());
