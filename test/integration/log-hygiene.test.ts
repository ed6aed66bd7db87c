import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Applicant } from '../support/applicant.ts';
import { tokenFromMail } from '../support/applications.ts';
import { captureLogs, type LogCapture } from '../support/logs.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * What the handlers log during an applicant's whole round — sign-in, draft, upload, submission,
 * receipt, refusals of bad and signed-out tokens, a rate limit, sign-out — holds no token and no
 * e-mail address (ASVS V7.1.1–V7.1.2; docs/security.md). The log is captured in-process at
 * every way out (stdout, stderr, console) at level DEBUG, so nothing a handler writes escapes.
 */
let test: TestStack;
let logs: LogCapture;

beforeAll(async () => {
  test = await startTestStack({ logLevel: 'DEBUG' });
  logs = captureLogs();
});

afterAll(async () => {
  vi.restoreAllMocks();
  await test?.stop();
});

describe('the handlers’ logs', () => {
  it('hold no token and no e-mail address through a whole round', async () => {
    const email = 'Logg.Leder+Runde@Kulturskole.example.no';
    const applicant = await Applicant.signIn(test, email);
    const { version } = await applicant.saveCompleteDraft();
    expect(version).toBe(2);
    await applicant.submitWithLetter();
    await test.stack.idle();

    // Refusals: a replayed link, a tampered session, a bad address, a rate limit, a signed-out session.
    const link = tokenFromMail(
      (await test.mails()).filter((m) => m.to.includes(email) && m.text.includes('#token=')).at(-1)!.text,
    );
    expect((await test.api('POST', '/sessions', { body: { token: link } })).status).toBe(401);
    expect(
      (await applicant.call('GET', '', { headers: { authorization: `Bearer ${applicant.token}x` } })).status,
    ).toBe(401);
    const bad = await test.api('POST', '/applications', {
      body: { email: 'ikke en adresse@example.no', roundId: 'demo', leadMunicipality: '0301' },
    });
    expect(bad.status).toBe(400);
    for (let i = 0; i < 6; i++) {
      await test.api('POST', '/applications', { body: { email, roundId: 'demo', leadMunicipality: '0301' } });
    }
    expect((await applicant.call('POST', '/sign-out')).status).toBe(204);
    expect((await applicant.view()).status).toBe(401);
    await test.stack.idle();

    const log = logs.lines.join('\n');
    // The capture works: the handlers' own lines are in it.
    expect(log).toContain('application submitted');
    expect(log).toContain('request refused');
    const offending = logs.offending();
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
