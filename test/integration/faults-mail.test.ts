import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import * as keys from '../../shared/storage/table-keys.ts';
import {
  installFaults,
  mailRecipients,
  type FaultCall,
  type FaultKind,
  type Faults,
} from '../support/faults.ts';
import {
  announceEarly,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Issue 7, finding 12 (docs/reliability.md): no committee invitation and no outcome mail is
 * lost when a call on its way fails once — SES's SendEmail failing, throttled or its answer
 * lost, and the DynamoDB write that claims an invitation failing or its answer lost. The
 * faults are injected into the handlers' own SDK clients (test/support/faults.ts); the
 * workflow's Retry is the only one who tries again.
 */
let test: TestStack;
let faults: Faults;
const apps: Submitted[] = [];
const round = () => findRound('demo')!;
const expert = () => round().committees.expert.members;

beforeAll(async () => {
  test = await startTestStack();
  faults = installFaults();
});
afterAll(async () => {
  faults?.remove();
  await test?.stop();
});

const sentTo = (address: string) => (call: FaultCall) => mailRecipients(call).includes(address);
/** The invitation claim of one member on the stage item (shared/storage/review.ts). */
const claimOf = (committee: string, memberId: string) => (call: FaultCall) =>
  call.input.Key !== undefined &&
  JSON.stringify(call.input.Key) === JSON.stringify(keys.roundStage('demo', committee)) &&
  String(call.input.UpdateExpression).startsWith('SET invited.') &&
  (call.input.ExpressionAttributeNames as Record<string, string> | undefined)?.['#member'] === memberId;

describe('when a call fails once on the way', () => {
  it('still invites every member of the committee', async () => {
    // Prepare: two applications waiting for the expert stage; each member's invitation meets a fault
    apps.push(await submitApplication(test, { lead: '0301', partners: ['3201'], title: 'Feil én gang' }));
    apps.push(await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Feil to ganger' }));
    const [first, second, third] = expert();
    const kinds: [string, FaultKind][] = [
      [first!.email, 'error'],
      [second!.email, 'throttle'],
      [third!.email, 'lost-answer'],
    ];
    const mailFaults = kinds.map(([email, kind]) =>
      faults.arm({ service: 'ses', operations: ['SendEmail'], match: sentTo(email), nth: 1, kind }),
    );
    const claimFaults = [
      faults.arm({
        service: 'dynamodb',
        operations: ['UpdateItem'],
        match: claimOf('expert', first!.id),
        nth: 1,
        kind: 'lost-answer',
      }),
      faults.arm({
        service: 'dynamodb',
        operations: ['UpdateItem'],
        match: claimOf('expert', third!.id),
        nth: 1,
        kind: 'error',
      }),
    ];

    // Act: the application period ends now
    await openEarly();

    // Assess: every member has a link; every fault was met on the way
    await waitForStage(
      apps.map((app) => app.applicationId),
      'EXPERT_REVIEW',
    );
    const links = await waitForLinks(
      test,
      'expert',
      expert().map((member) => member.email),
    );
    expect(links.size).toBe(3);
    for (const fault of [...mailFaults, ...claimFaults])
      expect(fault.fired, JSON.stringify(fault.rule)).toBe(true);
    await test.stack.idle();
    const invitations = (await test.mails()).filter((mail) => mail.text.includes('/review/expert#token='));
    for (const member of expert()) {
      const received = invitations.filter((mail) => mail.to.includes(member.email)).length;
      // A lost SES answer means SES sent it and the workflow sent it again: at least once.
      expect(received, member.email).toBeGreaterThanOrEqual(1);
      if (member.email !== third!.email) expect(received, member.email).toBe(1);
    }
  });

  it('still mails every outcome', async () => {
    // Prepare: the expert committee decides (both not qualified, straight to the announcement)
    const chair = (await waitForLinks(test, 'expert', ['ekspert.leder@example.no'])).get(
      'ekspert.leder@example.no',
    )!;
    for (const app of apps) {
      const declared = await test.api('POST', `/review/applications/${app.applicationId}/declaration`, {
        token: chair,
        body: { conflicted: false },
      });
      expect(declared.status, JSON.stringify(declared.body)).toBe(200);
      const set = await test.api('POST', `/review/applications/${app.applicationId}/outcome`, {
        token: chair,
        body: { qualified: false, reason: 'Mangler forankring.' },
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    const { version } = (await test.api('GET', '/review/context', { token: chair })).body.stage;
    const finalised = await test.api('POST', '/review/finalise', { token: chair, body: { version } });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    await waitForStage(
      apps.map((app) => app.applicationId),
      'AWAITING_ANNOUNCEMENT',
    );
    const [one, two] = apps;
    const outcomeFaults = [
      faults.arm({
        service: 'ses',
        operations: ['SendEmail'],
        match: sentTo(one!.email),
        nth: 1,
        kind: 'error',
      }),
      faults.arm({
        service: 'ses',
        operations: ['SendEmail'],
        match: sentTo(two!.email),
        nth: 1,
        kind: 'throttle',
      }),
      // The write that marks the first one announced (after its mail went out) fails once.
      faults.arm({
        service: 'dynamodb',
        operations: ['UpdateItem'],
        match: (call) =>
          JSON.stringify(call.input.Key) === JSON.stringify(keys.application(one!.applicationId)) &&
          String(call.input.UpdateExpression).includes('announcedAt'),
        nth: 1,
        kind: 'error',
      }),
    ];

    // Act: the announcement date is now
    await announceEarly();

    // Assess: both are announced, each owner has the outcome (ADR 085)
    await waitForStage(
      apps.map((app) => app.applicationId),
      'ANNOUNCED',
    );
    for (const fault of outcomeFaults) expect(fault.fired, JSON.stringify(fault.rule)).toBe(true);
    await test.stack.idle();
    const outcomes = (await test.mails()).filter((mail) => /Svar på søknad/.test(mail.subject));
    for (const app of apps) {
      const received = outcomes.filter((mail) => mail.to.includes(app.email));
      expect(received.length, app.email).toBeGreaterThanOrEqual(1);
      expect(received[0]!.text).toContain('Mangler forankring.');
    }
    // The failed mark after a sent mail: at least once means that owner may have it twice.
    expect(outcomes.filter((mail) => mail.to.includes(two!.email))).toHaveLength(1);
  });
});
