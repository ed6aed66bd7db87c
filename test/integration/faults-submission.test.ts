import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import * as keys from '../../shared/storage/table-keys.ts';
import { executionArnFor } from '../../shared/workflow/executions.ts';
import { stateMachineArn } from '../../local/aws.ts';
import {
  DYNAMODB_WRITES,
  dynamoPartitionKey,
  installFaults,
  mailRecipients,
  type FaultCall,
  type FaultKind,
  type FaultLayer,
  type FaultRule,
  type FaultService,
  type Faults,
} from '../support/faults.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { prepareApplication, type ReadyApplication } from '../support/submissions.ts';

/**
 * Issue 7, findings 11 and 12 (docs/reliability.md): nothing submitted stays outside the
 * workflow, and no receipt is lost, when an AWS call on the submission's path fails once.
 *
 * The path of one submission, found by watching a clean one: its DynamoDB writes (the
 * submission itself, the execution recording itself, each recipient's receipt mark, the last
 * one leaving the outbox with it), the receipt's SES sends and the request's StartExecution.
 * Then, for every position on it and every kind of fault — a server error, a throttle, an answer lost after
 * the call took effect — a fresh application is submitted with exactly that call failing once.
 * Nobody retries but the workflow's Retry and the outbox sweep (every second here, leaving
 * submissions younger than 2 s to their request). Every application that is SUBMITTED must end
 * with its execution recorded and a receipt to each recipient; one that is not must have been
 * answered with an error (nothing submitted, nothing lost).
 */
let test: TestStack;
let faults: Faults;
const round = () => findRound('demo')!;
const KINDS: FaultKind[] = ['error', 'throttle', 'lost-answer'];

beforeAll(async () => {
  test = await startTestStack({ outboxSweepSeconds: 1, outboxSweepGraceSeconds: 2 });
  faults = installFaults();
});
afterAll(async () => {
  faults?.remove();
  await test?.stop();
});

/** The calls of one application's submission path, by service. */
function pathOf(app: ReadyApplication): Record<FaultService, Omit<FaultRule, 'nth' | 'kind' | 'layer'>> {
  const item = keys.application(app.applicationId).pk;
  return {
    dynamodb: {
      service: 'dynamodb',
      operations: DYNAMODB_WRITES,
      match: (call: FaultCall) => dynamoPartitionKey(call) === item,
    },
    ses: {
      service: 'ses',
      operations: ['SendEmail'],
      match: (call: FaultCall) =>
        mailRecipients(call).some((to) => to === app.email || to === app.contactEmail),
    },
    sfn: {
      service: 'sfn',
      operations: ['StartExecution'],
      match: (call: FaultCall) => call.input.name === app.applicationId,
    },
  };
}

interface Outcome {
  service: FaultService;
  position: number;
  kind: FaultKind;
  layer: FaultLayer;
  answer: number;
  submitted: boolean;
  /** Copies of the receipt each recipient got. */
  receipts: number[];
}

const outcomes: Outcome[] = [];

/** Everything a submitted application must end with. */
async function followedUp(app: ReadyApplication) {
  const stored = await getApplication(app.applicationId);
  expect(stored?.status).toBe('SUBMITTED');
  const execution = test.stack.workflow.describe(executionArnFor(stateMachineArn, app.applicationId));
  expect(execution, 'its execution').toBeDefined();
  expect(stored?.executionArn, 'the execution recorded itself').toBe(execution!.executionArn);
  expect(stored?.receiptMailedAt, 'the receipt mailed').toBeDefined();
  const mails = await test.mails();
  const receipts = [app.email, app.contactEmail].map(
    (to) =>
      mails.filter((mail) => mail.to.includes(to) && mail.subject.includes(stored!.receipt!.number)).length,
  );
  for (const copies of receipts) expect(copies, 'a receipt to each recipient').toBeGreaterThanOrEqual(1);
  return receipts;
}

/** Submits a fresh application with one fault armed; waits until it is followed up. */
async function submitWith(rule: {
  service: FaultService;
  position: number;
  kind: FaultKind;
  layer?: FaultLayer;
}): Promise<Outcome> {
  const app = await prepareApplication(
    test.api,
    () => test.mails(),
    round(),
    `${rule.service}${rule.position}`,
  );
  await test.stack.idle();
  const fault = faults.arm({
    ...pathOf(app)[rule.service],
    nth: rule.position,
    kind: rule.kind,
    layer: rule.layer,
  });
  const answer = await test.api('POST', `/applications/${app.applicationId}/submit`, { token: app.token });
  const outcome: Outcome = {
    ...rule,
    layer: rule.layer ?? 'caller',
    answer: answer.status,
    submitted: false,
    receipts: [],
  };
  try {
    if (answer.status !== 200) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(500);
      expect(answer.body.code).toBe('INTERNAL_ERROR');
    }
    if ((await getApplication(app.applicationId))?.status === 'DRAFT') {
      // The submission itself failed: the applicant was told (and the draft is as it was).
      expect(answer.status).not.toBe(200);
      return outcome;
    }
    outcome.submitted = true;
    await vi.waitFor(async () => (outcome.receipts = await followedUp(app)), {
      timeout: 20_000,
      interval: 100,
    });
    expect(fault.fired, `the fault at ${rule.service} #${rule.position} was met`).toBe(true);
    return outcome;
  } finally {
    fault.disarm();
    outcomes.push(outcome);
  }
}

describe('a submission whose path meets one failing AWS call', () => {
  const positions: Record<FaultService, number> = { dynamodb: 0, ses: 0, sfn: 0 };

  it('has a path: the submission, the execution recording itself, each receipt and its mark', async () => {
    // Prepare: a clean submission, watched
    const app = await prepareApplication(test.api, () => test.mails(), round(), 'clean');
    await test.stack.idle();
    const path = pathOf(app);
    const probes = (Object.keys(path) as FaultService[]).map(
      (service) => [service, faults.probe(path[service])] as const,
    );

    // Act
    const answer = await test.api('POST', `/applications/${app.applicationId}/submit`, { token: app.token });
    await vi.waitFor(() => followedUp(app), { timeout: 20_000, interval: 100 });
    await test.stack.idle();

    // Assess: the positions the fault cases below go through
    expect(answer.status).toBe(200);
    for (const [service, probe] of probes) {
      probe.stop();
      positions[service] = probe.calls.length;
    }
    // markSubmitted, RecordReceipt, two recipients' marks — the last one's also out of the outbox (ADR 123)
    expect(positions.dynamodb).toBeGreaterThanOrEqual(4);
    expect(positions.ses).toBe(2);
    expect(positions.sfn).toBe(1);
  });

  it.each(['dynamodb', 'ses', 'sfn'] as const)(
    'follows every submission up when one %s call fails, is throttled or loses its answer',
    async (service) => {
      const cases = Array.from({ length: positions[service] }, (_, i) => i + 1).flatMap((position) =>
        KINDS.map((kind) => ({ service, position, kind })),
      );
      // The SDK's own retries absorb a throttle below them; the handlers never see it.
      cases.push({ service, position: 1, kind: 'throttle', layer: 'wire' } as (typeof cases)[number]);
      for (let next = 0; next < cases.length; next += 4) {
        await Promise.all(cases.slice(next, next + 4).map((rule) => submitWith(rule)));
      }
    },
  );

  it('lost none of them', () => {
    const submitted = outcomes.filter((outcome) => outcome.submitted);
    const refused = outcomes.filter((outcome) => !outcome.submitted);
    const duplicates = submitted.filter((outcome) => outcome.receipts.some((copies) => copies > 1));
    console.log(
      `fault injection: ${outcomes.length} faults, ${submitted.length} submitted (all followed up), ` +
        `${refused.length} refused with an error (still drafts), ${duplicates.length} with a duplicate receipt: ` +
        duplicates.map((o) => `${o.service} #${o.position} ${o.kind}`).join(', '),
    );
    expect(outcomes.length).toBeGreaterThanOrEqual(3 * 8);
    // Only the submission's own write failing before it took effect leaves a draft.
    for (const outcome of refused) {
      expect(outcome).toMatchObject({ service: 'dynamodb', position: 1 });
      expect(outcome.kind).not.toBe('lost-answer');
    }
  });
});
