import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../shared/config/env.ts';
import { START_REQUESTS_PER_MAILBOX_HOUR } from '../../shared/submission/limits.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The application's own abuse limits (ADR 085), on the local stack: a mailbox gets at most
 * its few magic links an hour however its address is spelt (case, `+tag`, spaces), and one IP
 * address at most its share of the public routes that mail or store — each refusal a 429 with
 * Retry-After and a message in the caller's language.
 */
const IP_LIMIT = 12;
let test: TestStack;
let previousIpLimit: string | undefined;

beforeAll(async () => {
  previousIpLimit = process.env[ENV.ipRequestsPerHour];
  test = await startTestStack();
  process.env[ENV.ipRequestsPerHour] = String(IP_LIMIT);
});

afterAll(async () => {
  if (previousIpLimit === undefined) delete process.env[ENV.ipRequestsPerHour];
  else process.env[ENV.ipRequestsPerHour] = previousIpLimit;
  await test?.stop();
});

/** Seconds until the current hour of the portal's clock ends (the limits' window). */
const secondsToHourEnd = () => {
  const now = test.clock.now().getTime();
  return Math.ceil((Math.floor(now / 3_600_000) * 3_600_000 + 3_600_000 - now) / 1000);
};

const start = (email: string, locale = 'nb') =>
  test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: '0301' },
    headers: { 'accept-language': locale },
  });

/** Moves the portal's clock to the start of the next hour: a new window for every limit. */
const nextWindow = () => test.clock.advance(secondsToHourEnd() * 1000 + 1000);

describe('abuse limits', () => {
  it('counts an address by its mailbox: case and +tags make no new mailbox; mail goes as typed', async () => {
    nextWindow();
    const spellings = ['offer@example.no', 'Offer+1@example.no', 'offer+2@EXAMPLE.no', 'OFFER+x@example.no'];
    for (let i = 0; i < START_REQUESTS_PER_MAILBOX_HOUR; i++) {
      const answer = await start(spellings[i % spellings.length]!);
      expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    }
    const refused = await start('offer+7@example.no', 'en');
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBe(secondsToHourEnd());
    expect(refused.body.message).toBe(
      `You have made many attempts in a short time. Please wait ${Math.ceil(retryAfter / 60)} minutes and try again.`,
    );
    const nb = await start('OFFER+8@example.no', 'nb');
    expect(nb.status).toBe(429);
    expect(nb.body.message).toMatch(
      /^Du har gjort mange forsøk på kort tid\. Vent \d+ minutt(er)?, og prøv igjen\.$/,
    );

    // Delivered to the address as it was typed (trimmed), never to the folded mailbox.
    const recipients = (await test.mails()).flatMap((mail) => mail.to).filter((to) => /offer/i.test(to));
    expect(recipients).toHaveLength(START_REQUESTS_PER_MAILBOX_HOUR);
    expect(recipients.map((to) => to.toLowerCase())).toContain('offer+2@example.no');
    expect(recipients.map((to) => to.toLowerCase())).not.toContain('offer+7@example.no');

    // Another mailbox is not held up, and the next hour the mailbox may ask again.
    expect((await start('someone.else@example.no')).status).toBe(202);
    nextWindow();
    expect((await start('offer+9@example.no')).status).toBe(202);
  });

  it('limits one IP address on asking for magic links, whatever the addresses', async () => {
    nextWindow();
    for (let i = 0; i < IP_LIMIT; i++) {
      expect((await start(`ip-${i}@example.no`)).status).toBe(202);
    }
    const refused = await start('ip-fresh@example.no', 'nn');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBe(secondsToHourEnd());
    expect(refused.body.message).toMatch(
      /^Du har gjort mange forsøk på kort tid\. Vent \d+ minutt, og prøv igjen\.$/,
    );
    expect((await test.mails()).some((mail) => mail.to.includes('ip-fresh@example.no'))).toBe(false);
  });

  it('limits one IP address on opening sessions, so link tokens cannot be guessed at will', async () => {
    nextWindow();
    for (let i = 0; i < IP_LIMIT; i++) {
      const answer = await test.api('POST', '/sessions', { body: { token: `not.a.token${i}` } });
      expect(answer.status).toBe(401);
    }
    const refused = await test.api('POST', '/sessions', { body: { token: 'not.a.token' } });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});
