import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApplication } from '../../shared/storage/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  moveDemoDates,
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

beforeAll(async () => {
  test = await startTestStack();
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
    await expectEventually(async () => (await getApplication(app.applicationId))!.taskToken !== before);
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

    // A restart after the decision: the execution replays it and waits for the announcement.
    await test.restart();
    await moveDemoDates({ announcement: new Date(Date.now() + 1_000).toISOString() });
    await waitForStage([app.applicationId], 'ANNOUNCED');
    const outcome = (await test.mails()).filter((m) => /Svar på søknad/.test(m.subject));
    expect(outcome).toHaveLength(1);
    expect(outcome[0]!.text).toContain('Mangler forankring.');
  });
});

async function expectEventually(check: () => Promise<boolean>, timeout = 15_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not met in time');
}
