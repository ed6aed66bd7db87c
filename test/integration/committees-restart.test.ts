import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { watchSchedule } from '../support/workflow.ts';
import {
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';

/**
 * Restarting the local stack (npm start) mid-review strands nothing: the executions start
 * again from their input, pass the dates that have come, re-enter the expert stage with new
 * task tokens — without inviting the committee a second time — and the chair's decision
 * resumes them. A restart after the decision replays it from the application items.
 */
let test: TestStack;
let app: Submitted;
const schedule = watchSchedule();

beforeAll(async () => {
  test = await startTestStack({ handlers: schedule.handlers });
});
afterAll(async () => test?.stop());

describe('a restart mid-review', () => {
  it('keeps the application in its stage and lets the decision resume it', async () => {
    // Prepare: an application waiting for the expert committee
    app = await submitApplication(test, { lead: '5001', partners: ['5028'], title: 'Omstart' });
    await openEarly();
    await waitForStage([app.applicationId], 'EXPERT_REVIEW');
    const before = (await getApplication(app.applicationId))!.taskToken;
    const chair = (await waitForLinks(test, 'expert', ['ekspert.leder@example.no'])).get(
      'ekspert.leder@example.no',
    )!;

    // Act: restart, then decide
    await test.restart();
    await vi.waitFor(
      async () => expect((await getApplication(app.applicationId))!.taskToken).not.toBe(before),
      {
        timeout: 15_000,
        interval: 100,
      },
    );
    const invitations = (await test.mails()).filter((m) => m.to.includes('ekspert.leder@example.no'));
    expect(invitations).toHaveLength(1);
    const declare = await test.api('POST', `/review/applications/${app.applicationId}/declaration`, {
      token: chair,
      body: { conflicted: false },
    });
    expect(declare.status).toBe(200);
    await test.api('POST', `/review/applications/${app.applicationId}/outcome`, {
      token: chair,
      body: { qualified: false, reason: 'Mangler forankring.' },
    });
    const { version } = (await test.api('GET', '/review/context', { token: chair })).body.stage;
    const finalised = await test.api('POST', '/review/finalise', { token: chair, body: { version } });

    // Assess
    expect(finalised.status).toBe(200);
    await waitForStage([app.applicationId], 'AWAITING_ANNOUNCEMENT');

    // A restart after the decision: the execution replays it and waits for the announcement
    // (it looks at the date twice and announces nothing) …
    await test.restart();
    const restarted = test.clock.now().getTime();
    await vi.waitFor(
      () => expect(schedule.since('announcement', restarted).length).toBeGreaterThanOrEqual(2),
      {
        timeout: 15_000,
        interval: 100,
      },
    );
    expect(schedule.since('announcement', restarted).filter((look) => look.due)).toEqual([]);
    expect((await getApplication(app.applicationId))?.stage).toBe('AWAITING_ANNOUNCEMENT');
    const outcome = async () => (await test.mails()).filter((m) => /Svar på søknad/.test(m.subject));
    expect(await outcome()).toHaveLength(0);

    // … until the clock reaches the announcement date
    test.clock.set(Date.parse((await roundDates(findRound('demo')!)).announcement) + 1_000);
    await waitForStage([app.applicationId], 'ANNOUNCED');
    await test.stack.idle();
    expect(await outcome()).toHaveLength(1);
    expect((await outcome())[0]!.text).toContain('Mangler forankring.');
  });
});
