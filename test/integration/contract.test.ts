import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../functions/registry.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The OpenAPI document is what the API answers (ADR 066): every answer the test client gets is
 * checked against it — here GET /rounds, and a handler that drifts from its document.
 */
let test: TestStack;
let drifting: TestStack;

beforeAll(async () => {
  test = await startTestStack();
  // A handler that answers more than its document says: what the public list once did.
  drifting = await startTestStack({
    handlers: {
      [registry.ListRounds.entry]: async () => {
        const { listRounds } = await import('../../shared/domain/rounds/index.ts');
        return {
          statusCode: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rounds: listRounds() }),
        };
      },
    },
  });
});
afterAll(async () => {
  await test?.stop();
  await drifting?.stop();
});

describe('GET /rounds', () => {
  it('answers what its schema says: the period state, and no committee members', async () => {
    const answer = await test.api('GET', '/rounds'); // checked against the document by the client

    expect(answer.status).toBe(200);
    const demo = answer.body.rounds.find((round: { id: string }) => round.id === 'demo');
    expect(demo.applicationPeriodState).toMatch(/^(not-open|open|closed)$/);
    expect(demo).not.toHaveProperty('committees');
    expect(JSON.stringify(answer.body)).not.toMatch(/@example\.no"/);
    // the retention the privacy notice states: the demo round configures none, so the defaults
    expect(demo.retention).toEqual({
      draftDaysAfterClose: 30,
      unsuccessfulMonthsAfterAnnouncement: 6,
      awardedYearsAfterAnnouncement: 10,
    });
  });
});

describe('the contract check in the test client', () => {
  it('fails a call whose answer the document does not describe, naming what differs', async () => {
    await expect(drifting.api('GET', '/rounds')).rejects.toThrow(
      /GET \/rounds \(ListRounds\) → 200: the body does not match the document:[\s\S]*additional properties 'committees'[\s\S]*must have required property 'applicationPeriodState'/,
    );
  });

  it('documents the statuses operations really answer, and their error bodies', async () => {
    const unauthorised = await test.api('GET', '/applications/01ABC', { token: 'not-a-token' });
    const noLink = await test.api('GET', '/review/context');
    const badJson = await test.api('POST', '/sessions', { body: '{' });
    const noRound = await test.api('GET', '/rounds/nowhere/awards');

    expect(unauthorised.status).toBe(401);
    expect(noLink.body.code).toBe('REVIEW_LINK_INVALID');
    expect(badJson.body.code).toBe('BAD_REQUEST');
    expect(noRound.status).toBe(404);
  });
});
