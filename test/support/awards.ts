/**
 * A demo round played through its three committees to the announcement, for the tests of what
 * follows an award (issue 12; ADR 102, 103): each application awarded in full, declined by
 * the final committee, or found not qualified by the expert committee.
 */
import { expect } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { moveGrantDates } from '../../shared/grants/dates.ts';
import { announceEarly, openEarly, waitForLinks, waitForStage, type Submitted } from './review.ts';
import type { TestStack } from './stack.ts';
import { DEMO_MEMBERS } from './members.ts';

const EXPERT = DEMO_MEMBERS.expert.chair;
const GEO = DEMO_MEMBERS.geographic.chair;
const FINAL = DEMO_MEMBERS.final.chair;

export type Verdict = 'award' | 'decline' | 'not-qualified';

/** Plays the round: every application to ANNOUNCED with its verdict. */
export async function playToAnnouncement(test: TestStack, verdicts: ReadonlyMap<Submitted, Verdict>) {
  const apps = [...verdicts.keys()];
  const ids = apps.map((app) => app.applicationId);
  const post = async (token: string, path: string, body: unknown) => {
    const answer = await test.api('POST', path, { token, body });
    expect(answer.status, `${path} ${JSON.stringify(answer.body)}`).toBe(200);
    return answer;
  };
  await openEarly();
  await waitForStage(ids, 'EXPERT_REVIEW');
  const expert = (await waitForLinks(test, 'expert', [EXPERT])).get(EXPERT)!;
  for (const app of apps) {
    const path = `/review/applications/${app.applicationId}`;
    await post(expert, `${path}/declaration`, { conflicted: false });
    const qualified = verdicts.get(app) !== 'not-qualified';
    await post(expert, `${path}/outcome`, {
      qualified,
      reason: qualified ? 'Godt forankret.' : 'Svak forankring.',
    });
  }
  let version = (await test.api('GET', '/review/context', { token: expert })).body.stage.version;
  await post(expert, '/review/finalise', { version });

  const qualified = apps
    .filter((app) => verdicts.get(app) !== 'not-qualified')
    .map((app) => app.applicationId);
  if (qualified.length) {
    await waitForStage(qualified, 'GEOGRAPHIC_REVIEW');
    const geo = (await waitForLinks(test, 'geographic', [GEO])).get(GEO)!;
    for (const id of qualified)
      await post(geo, `/review/applications/${id}/declaration`, { conflicted: false });
    version = (await post(geo, '/review/order', { order: qualified })).body.stage.version;
    await post(geo, '/review/finalise', { version });

    await waitForStage(qualified, 'FINAL_REVIEW');
    const final = (await waitForLinks(test, 'final', [FINAL])).get(FINAL)!;
    const list = (await test.api('GET', '/review/applications', { token: final })).body.applications as {
      applicationId: string;
      requested: { perSchoolYear: { schoolYear: string; amount: number }[] };
    }[];
    for (const row of list) {
      const app = apps.find((a) => a.applicationId === row.applicationId)!;
      const path = `/review/applications/${row.applicationId}`;
      await post(final, `${path}/declaration`, { conflicted: false });
      const body =
        verdicts.get(app) === 'award'
          ? {
              awarded: true,
              amounts: Object.fromEntries(row.requested.perSchoolYear.map((y) => [y.schoolYear, y.amount])),
            }
          : { awarded: false, reason: 'Andre søknader gir større spredning.' };
      await post(final, `${path}/outcome`, body);
    }
    version = (await test.api('GET', '/review/applications', { token: final })).body.stage.version;
    await post(final, '/review/finalise', { version });
  }
  await waitForStage(ids, 'AWAITING_ANNOUNCEMENT');
  await announceEarly();
  await waitForStage(ids, 'ANNOUNCED', 30_000);
}

/** The administrator moves the demo round's acceptance deadline or a report's due date. */
export const moveDemoGrantDates = (changes: Parameters<typeof moveGrantDates>[1]) =>
  moveGrantDates(findRound('demo')!, changes, { kind: 'admin', id: 'test' });

export const executionArnOf = (test: TestStack, applicationId: string) =>
  `${test.stack.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${applicationId}`;
