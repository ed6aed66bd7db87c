import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { reissueLink } from '../../shared/review/admin.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  moveDemoDates,
  openEarly,
  submitApplication,
  waitForStage,
  type Submitted,
} from '../support/review.ts';

/**
 * The way out of an overdue stage: the chair is reminded at the deadline (and the alarm
 * fires); the administrator moves the deadline and re-issues the chair's link (the old one
 * expired with the stage); the committee decides, and the application moves on. The stage
 * becomes overdue by moving the stack's clock past its deadline (ADR 075), not by waiting.
 */
let test: TestStack;
let app: Submitted;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const inADay = () => new Date(test.clock.now().getTime() + 24 * 3_600_000).toISOString();

describe('overdue stages', () => {
  it('goes on once the administrator gives the committee more time', async () => {
    // Prepare: the expert stage open, then the clock past its deadline
    app = await submitApplication(test, { lead: '1804', partners: ['1833'], title: 'Sent ute' });
    await openEarly();
    await waitForStage([app.applicationId], 'EXPERT_REVIEW');
    test.clock.set(Date.parse((await roundDates(findRound('demo')!)).expert) + 1_000);
    await vi.waitFor(
      async () =>
        expect(
          (await test.mails()).some(
            (m) => m.to.includes('ekspert.leder@example.no') && /Påminnelse/.test(m.subject),
          ),
        ).toBe(true),
      { timeout: 15_000, interval: 200 },
    );

    // Act: more time, and a new link for the chair
    await moveDemoDates({ expert: inADay() });
    const { issued, revoked } = await reissueLink({
      round: findRound('demo')!,
      committee: 'expert',
      memberId: 'ekspert-leder',
      actor: { kind: 'admin', id: 'test' },
      webBaseUrl: 'http://localhost:5173',
    });
    const token = issued.token;
    const post = (path: string, body: unknown) => test.api('POST', path, { token, body });
    expect(
      (await post(`/review/applications/${app.applicationId}/declaration`, { conflicted: false })).status,
    ).toBe(200);
    expect(
      (
        await post(`/review/applications/${app.applicationId}/outcome`, {
          qualified: true,
          reason: 'Godt nok.',
        })
      ).status,
    ).toBe(200);
    // …meanwhile the geographic committee's deadline has passed too
    await moveDemoDates({ geographic: new Date(test.clock.now().getTime() - 1_000).toISOString() });
    const { version } = (await test.api('GET', '/review/context', { token })).body.stage;
    const finalised = await post('/review/finalise', { version });

    // Assess
    expect(revoked).toHaveLength(1);
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    await waitForStage([app.applicationId], 'GEOGRAPHIC_REVIEW');
  }, 60_000);

  it('invites a stage that opens after its deadline only once the deadline is moved', async () => {
    // The geographic stage opened late: no links born expired, a reminder to its chair instead
    const geo = () =>
      test.mails().then((mails) => mails.filter((m) => m.to.includes('geo.leder@example.no')));
    await vi.waitFor(async () => expect((await geo()).some((m) => /Påminnelse/.test(m.subject))).toBe(true), {
      timeout: 15_000,
      interval: 200,
    });
    expect((await geo()).some((m) => m.text.includes('/review/geographic#token='))).toBe(false);

    // Act
    await moveDemoDates({ geographic: inADay() });

    // Assess: the next entry into the stage sends the invitations
    await vi.waitFor(
      async () => expect((await geo()).some((m) => m.text.includes('/review/geographic#token='))).toBe(true),
      { timeout: 15_000, interval: 200 },
    );
  }, 60_000);
});
