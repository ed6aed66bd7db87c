import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvocationRecord } from '../../local/lambda.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { Applicant, fixture, PDF } from '../support/applicant.ts';
import { installFaults, type Faults } from '../support/faults.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The function host (ADR 128): the workflow's tasks run in a worker thread, off the event loop
 * that serves the API, as AWS runs them in functions of their own — reading the stack's clock,
 * their errors reaching the state machine by name, and the tests' hooks on the SDK clients
 * still seeing their calls.
 */
let test: TestStack;
let faults: Faults;
const invocations: InvocationRecord[] = [];
let counter = 0;

beforeAll(async () => {
  test = await startTestStack({ onInvocation: (invocation) => invocations.push(invocation) });
});
afterAll(async () => {
  faults?.remove();
  await test?.stop();
});

const HOUR = 3_600_000;

async function submitted(label: string) {
  const applicant = await Applicant.signIn(test, `vert${++counter}.${label}@kulturskole.example.no`);
  await applicant.saveCompleteDraft();
  await applicant.submitWithLetter();
  await test.stack.idle();
  return (await getApplication(applicant.applicationId))!;
}

describe('a submission’s workflow tasks', () => {
  it('run off the API’s thread; the API’s handlers on it', async () => {
    invocations.length = 0;
    await submitted('traad');

    const threads = (name: string) => [
      ...new Set(invocations.filter((i) => i.functionName === name).map((i) => i.mainThread)),
    ];
    expect(threads('SubmitApplication')).toEqual([true]);
    for (const task of ['RecordReceipt', 'SendReceipt', 'Schedule'])
      expect(threads(task), task).toEqual([false]);
  });

  it('read the stack’s clock, moved by the test, as the API does', async () => {
    test.clock.advance(6 * HOUR); // the round is open for weeks; six hours on, still open
    try {
      const application = await submitted('klokke');
      const submittedAt = Date.parse(application.receipt!.submittedAt); // the API's clock
      const mailedAt = Date.parse(application.receiptMailedAt!); // SendReceipt's, in the worker
      expect(submittedAt).toBeGreaterThan(Date.now() + 5 * HOUR);
      expect(mailedAt).toBeGreaterThanOrEqual(submittedAt);
      expect(mailedAt).toBeLessThanOrEqual(test.clock.now().getTime());
    } finally {
      test.clock.advance(-6 * HOUR);
    }
  });

  it('fail the execution under the error’s own name, through the hooks a test puts on the SDK clients', async () => {
    faults = installFaults();
    // RecordReceipt's one write (the stage and the execution), refused on every attempt the
    // workflow's Retry makes: 1 + 5.
    const fault = faults.arm({
      service: 'dynamodb',
      operations: ['UpdateItem'],
      match: (call) => JSON.stringify(call.input).includes('executionArn = :arn'),
      nth: 1,
      times: 6,
      kind: 'error',
    });
    const applicant = await Applicant.signIn(test, `vert${++counter}.feil@kulturskole.example.no`);
    await applicant.saveCompleteDraft();
    await applicant.upload({
      fileName: 'intensjonsavtale.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
      kind: 'letterOfIntent',
    });
    await test.stack.idle(); // the letter verified
    const answer = await applicant.submit();
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const execution = test.stack.workflow.list().find((record) => record.name === applicant.applicationId)!;
    const finished = await test.stack.workflow.waitForExecution(execution.executionArn);
    faults.remove();

    expect((await getApplication(applicant.applicationId))!.status).toBe('SUBMITTED');
    expect(fault.injections).toBe(6);
    expect(finished).toMatchObject({ status: 'FAILED', error: 'InternalServerError' });
    expect(finished.cause).toContain('Injected error');
  });
});
