import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import {
  OUTBOX_OVERDUE_AFTER_SECONDS,
  sweepOutbox,
  type SweepResult,
} from '../../shared/submission/outbox.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { listPendingSubmissions } from '../../shared/storage/outbox.ts';
import { ensureExecutionStarted, executionArnFor } from '../../shared/workflow/executions.ts';
import { stateMachineArn } from '../../local/aws.ts';
import { installFaults, mailRecipients, type FaultCall, type Faults } from '../support/faults.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { prepareApplication, type ReadyApplication } from '../support/submissions.ts';

/**
 * The submission outbox and its sweep (docs/decisions/063-submission-outbox.md), driven by
 * hand: the sweep runs when the test says so (and when the stack starts), as its schedule
 * would run it in AWS.
 */
let test: TestStack;
let faults: Faults;
const round = () => findRound('demo')!;
const executionOf = (applicationId: string) =>
  test.stack.workflow.describe(executionArnFor(stateMachineArn, applicationId));
const sweep = (graceSeconds = 0) => test.stack.sweepOutbox(graceSeconds) as Promise<SweepResult>;
const inOutbox = async (applicationId: string) =>
  (await listPendingSubmissions(new Date(test.clock.now().getTime() + 60_000).toISOString(), 1_000)).some(
    (pending) => pending.applicationId === applicationId,
  );
const receiptsFor = async (app: ReadyApplication) => {
  const number = (await getApplication(app.applicationId))!.receipt!.number;
  return (await test.mails()).filter((mail) => mail.subject.includes(number));
};

beforeAll(async () => {
  test = await startTestStack({ outboxSweepSeconds: 0 }); // only at start, and when a test sweeps
  faults = installFaults();
});
afterEach(() => test.clock.reset());
afterAll(async () => {
  faults?.remove();
  await test?.stop();
});

describe('the submission outbox', () => {
  it('holds a submission until its receipt is out, and the stack starts what a dead request did not', async () => {
    // Prepare: the request's own StartExecution fails (as if the process died right after the write)
    const app = await prepareApplication(test.api, () => test.mails(), round(), 'omstart');
    await test.stack.idle();
    const start = faults.arm({
      service: 'sfn',
      operations: ['StartExecution'],
      match: (call) => call.input.name === app.applicationId,
      nth: 1,
      kind: 'error',
    });
    const answer = await test.api('POST', `/applications/${app.applicationId}/submit`, { token: app.token });
    expect(answer.status).toBe(200); // the submission stands: the receipt answer
    expect(start.fired).toBe(true);
    expect(executionOf(app.applicationId)).toBeUndefined();
    expect(await inOutbox(app.applicationId)).toBe(true);

    // Act: the local stack starts again (its start-up sweep), nobody retries
    await test.restart();

    // Assess: the execution recorded itself, the receipt went out, the outbox is empty of it
    await vi.waitFor(
      async () => {
        expect((await getApplication(app.applicationId))?.receiptMailedAt).toBeDefined();
      },
      { timeout: 20_000, interval: 100 },
    );
    expect(executionOf(app.applicationId)?.status).toBe('RUNNING');
    expect((await getApplication(app.applicationId))?.executionArn).toBe(
      executionOf(app.applicationId)!.executionArn,
    );
    expect((await receiptsFor(app)).flatMap((mail) => mail.to).sort()).toEqual(
      [app.contactEmail, app.email].sort(),
    );
    expect(await inOutbox(app.applicationId)).toBe(false);
  });

  it('mails the receipt itself once the workflow has given up on SES, and says it was overdue', async () => {
    // Prepare: SES refuses this application's receipt for as long as the workflow keeps trying
    const app = await prepareApplication(test.api, () => test.mails(), round(), 'ses-nede');
    await test.stack.idle();
    const toApp = (call: FaultCall) =>
      mailRecipients(call).some((to) => to === app.email || to === app.contactEmail);
    const outage = faults.arm({
      service: 'ses',
      operations: ['SendEmail'],
      match: toApp,
      nth: 1,
      times: 1_000,
      kind: 'error',
    });
    const answer = await test.api('POST', `/applications/${app.applicationId}/submit`, { token: app.token });
    expect(answer.status).toBe(200);
    // SendReceipt: 1 + 12 retries, then the review goes on without it
    await vi.waitFor(() => expect(outage.injections).toBe(13), { timeout: 20_000, interval: 100 });
    await test.stack.idle();
    expect(executionOf(app.applicationId)?.status).toBe('RUNNING');
    expect(await inOutbox(app.applicationId)).toBe(true);
    const early = await sweep();
    expect(early).toMatchObject({ receiptsMailed: 0, overdue: 0, failed: [] }); // the workflow's turn, not yet overdue

    // Act: two hours later SES still fails once more, then works again
    test.clock.advance(2 * OUTBOX_OVERDUE_AFTER_SECONDS * 1000);
    outage.disarm();
    faults.arm({ service: 'ses', operations: ['SendEmail'], match: toApp, nth: 1, kind: 'throttle' });
    const failing = await sweep().then(
      () => 'no error',
      (error: unknown) => String(error),
    );
    faults.arm({ service: 'ses', operations: ['SendEmail'], match: toApp, nth: 1, kind: 'error' });
    const overdue = await sweepOutbox({ now: test.clock.now(), graceSeconds: 0 }); // what the handler reports
    const recovered = await sweep();

    // Assess: a failing sweep fails its invocation (the errors alarm) and counts it overdue (the overdue alarm); the next one mails it
    expect(failing).toMatch(/could not follow up 1 submission/);
    expect(overdue).toMatchObject({
      receiptsMailed: 0,
      overdue: 1,
      failed: [{ applicationId: app.applicationId }],
    });
    expect(recovered).toMatchObject({ receiptsMailed: 1, failed: [] });
    expect((await receiptsFor(app)).flatMap((mail) => mail.to).sort()).toEqual(
      [app.contactEmail, app.email].sort(),
    );
    expect(await inOutbox(app.applicationId)).toBe(false);
    expect(await sweep()).toMatchObject({ receiptsMailed: 0, overdue: 0 });
  });

  it('lets a withdrawn application go: no execution from the sweep, and a late one ends at once', async () => {
    // Prepare: submitted while StartExecution fails, then withdrawn
    const app = await prepareApplication(test.api, () => test.mails(), round(), 'trukket');
    await test.stack.idle();
    faults.arm({
      service: 'sfn',
      operations: ['StartExecution'],
      match: (call) => call.input.name === app.applicationId,
      nth: 1,
      kind: 'throttle',
    });
    expect(
      (await test.api('POST', `/applications/${app.applicationId}/submit`, { token: app.token })).status,
    ).toBe(200);
    const withdrawn = await test.api('POST', `/applications/${app.applicationId}/withdraw`, {
      token: app.token,
    });
    expect(withdrawn.status).toBe(200);

    // Act: the sweep; then a start that was already under way when it was withdrawn
    await sweep();
    const stored = (await getApplication(app.applicationId))!;
    const late = await ensureExecutionStarted({
      applicationId: app.applicationId,
      roundId: stored.roundId,
      receiptNumber: stored.receipt!.number,
      submittedAt: stored.receipt!.submittedAt,
    });

    // Assess: out of the outbox; the late execution records nothing and ends, mailing nothing
    expect(await inOutbox(app.applicationId)).toBe(false);
    const ended = await test.stack.workflow.waitForExecution(late, 20_000);
    expect(ended.status).toBe('SUCCEEDED');
    await test.stack.idle();
    expect(await receiptsFor(app)).toEqual([]);
    expect((await getApplication(app.applicationId))?.executionArn).toBeUndefined();
  });
});
