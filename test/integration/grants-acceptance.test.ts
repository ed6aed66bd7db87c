import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { findRoundContent } from '../../shared/domain/rounds/content.ts';
import { executionArnOf, moveDemoGrantDates, playToAnnouncement, type Verdict } from '../support/awards.ts';
import { submitApplication, type Submitted } from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { signInAsStaff } from '../support/staff.ts';

/**
 * Acceptance of an award (issue 12 point 2; ADR 102): the workflow goes on after the
 * announcement and waits for the municipality's answer with a callback whose timeouts send the
 * reminder before the deadline and, at it, tell the secretariat. A decline frees the money in
 * the round's budget. Dates and the clock are moved (ADR 047, 075), never waited for.
 */
let test: TestStack;
let accepting: Submitted;
let declining: Submitted;
let lapsing: Submitted;
let notAwarded: Submitted;
let staff = '';
const DAY = 86_400_000;

const grantOf = (app: Submitted, token = app.token) =>
  test.api('GET', `/applications/${app.applicationId}/grant`, { token });
const answer = (app: Submitted, what: 'accept' | 'decline', token = app.token) =>
  test.api('POST', `/applications/${app.applicationId}/grant/${what}`, { token });

beforeAll(async () => {
  test = await startTestStack();
  accepting = await submitApplication(test, {
    lead: '0301',
    partners: ['3201'],
    title: 'Oslo og Bærum',
    schoolYears: 2,
  });
  declining = await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Bergensregionen' });
  lapsing = await submitApplication(test, { lead: '5001', partners: ['5028'], title: 'Trondheim og Melhus' });
  notAwarded = await submitApplication(test, { lead: '1804', partners: ['1833'], title: 'Salten og Rana' });
  await playToAnnouncement(
    test,
    new Map<Submitted, Verdict>([
      [accepting, 'award'],
      [declining, 'award'],
      [lapsing, 'award'],
      [notAwarded, 'decline'],
    ]),
  );
  staff = await signInAsStaff(test);
}, 180_000);
afterAll(async () => test?.stop());

describe('the acceptance of an award', () => {
  it('shows the award, its conditions and deadline to its applicant, and to nobody else', async () => {
    const round = findRound('demo')!;

    const own = await grantOf(accepting);
    const other = await grantOf(accepting, declining.token);
    const none = await test.api('GET', `/applications/${accepting.applicationId}/grant`);
    const notAward = await grantOf(notAwarded);

    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      applicationId: accepting.applicationId,
      acceptBy: round.grant.acceptBy,
      conditions: findRoundContent(round.id)!.conditions,
    });
    expect(own.body.years).toHaveLength(2);
    expect(own.body).not.toHaveProperty('answer');
    expect([other.status, other.body.code]).toEqual([403, 'FORBIDDEN']);
    expect(none.status).toBe(401);
    expect([notAward.status, notAward.body.code]).toEqual([403, 'NOT_AWARDED']);
    expect((await answer(notAwarded, 'accept')).body.code).toBe('NOT_AWARDED');
  });

  it('is accepted once before the deadline by its owner, recorded who and when; the workflow moves on to the reports', async () => {
    const before = test.clock.now().toISOString();
    const accepted = await answer(accepting, 'accept');
    const again = await answer(accepting, 'decline');
    const byOther = await answer(accepting, 'accept', declining.token);

    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', by: { role: 'owner' } });
    expect(accepted.body.at >= before && accepted.body.at <= test.clock.now().toISOString()).toBe(true);
    expect([again.status, again.body.code]).toEqual([409, 'ACCEPTANCE_CLOSED']);
    expect(byOther.status).toBe(403);
    expect((await grantOf(accepting)).body.answer).toMatchObject({ status: 'ACCEPTED' });
    // Still running: it waits for the reports now.
    expect(test.stack.workflow.describe(executionArnOf(test, accepting.applicationId))?.status).toBe(
      'RUNNING',
    );
  });

  it('reminds the others once the deadline is moved within the reminder window — not the one that accepted', async () => {
    // The demo round reminds 7 days before; the deadline moved to 6 days from now.
    await moveDemoGrantDates({ acceptBy: new Date(test.clock.now().getTime() + 6 * DAY).toISOString() });

    await vi.waitFor(
      async () => {
        expect(await test.mailsTo(declining.email, /aksepter tilskuddet/)).toHaveLength(1);
        expect(await test.mailsTo(lapsing.email, /aksepter tilskuddet/)).toHaveLength(1);
      },
      { timeout: 15_000, interval: 200 },
    );
    await test.stack.idle();
    expect(await test.mailsTo(accepting.email, /aksepter tilskuddet/)).toHaveLength(0);
    expect(await test.mailsTo(notAwarded.email, /aksepter tilskuddet/)).toHaveLength(0);
  });

  it('declined, frees its money in the round budget and the public awards; the execution ends', async () => {
    const listed = await test.api('GET', '/staff/rounds/demo/grants', { token: staff });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const before = listed.body;
    const amount = before.awards.find(
      (a: { applicationId: string }) => a.applicationId === declining.applicationId,
    ).total;

    const declined = await answer(declining, 'decline');

    expect(declined.body).toMatchObject({ status: 'DECLINED', by: { role: 'owner' } });
    const after = (await test.api('GET', '/staff/rounds/demo/grants', { token: staff })).body;
    expect(after.budget.awarded).toBe(before.budget.awarded - amount);
    expect(after.budget.remaining).toBe(before.budget.remaining + amount);
    const awards = (await test.api('GET', '/rounds/demo/awards')).body.awards as { title: string }[];
    expect(awards.map((award) => award.title)).not.toContain(declining.title);
    expect(awards.map((award) => award.title)).toContain(accepting.title);
    const execution = await test.stack.workflow.waitForExecution(
      executionArnOf(test, declining.applicationId),
      15_000,
    );
    expect(execution.status).toBe('SUCCEEDED');
  });

  it('not accepted by a deadline moved to now: lapses, the secretariat is told once, the execution ends', async () => {
    const secretariat = findRound('demo')!.grant.secretariat;

    await moveDemoGrantDates({ acceptBy: new Date(test.clock.now().getTime() - 1000).toISOString() });

    await vi.waitFor(
      async () => expect(await test.mailsTo(secretariat, /ikke akseptert innen fristen/)).toHaveLength(1),
      { timeout: 15_000, interval: 200 },
    );
    const execution = await test.stack.workflow.waitForExecution(
      executionArnOf(test, lapsing.applicationId),
      15_000,
    );
    expect(execution.status).toBe('SUCCEEDED');
    const [told] = await test.mailsTo(secretariat, /ikke akseptert innen fristen/);
    expect(told!.text).toContain(lapsing.title);
    const list = (await test.api('GET', '/staff/rounds/demo/grants', { token: staff })).body;
    const lapsed = list.awards.find(
      (a: { applicationId: string }) => a.applicationId === lapsing.applicationId,
    );
    expect(lapsed.answer).toMatchObject({ status: 'LAPSED', by: { role: 'workflow' } });
    const late = await answer(lapsing, 'accept');
    expect([late.status, late.body.code]).toEqual([409, 'ACCEPTANCE_CLOSED']);
    // The accepted award goes on waiting for its reports.
    expect(test.stack.workflow.describe(executionArnOf(test, accepting.applicationId))?.status).toBe(
      'RUNNING',
    );
  });

  it('keeps the secretariat list to staff', async () => {
    const asApplicant = await test.api('GET', '/staff/rounds/demo/grants', { token: accepting.token });
    const anonymous = await test.api('GET', '/staff/rounds/demo/grants');

    expect(asApplicant.status).toBe(401);
    expect(anonymous.status).toBe(401);
  });
});
