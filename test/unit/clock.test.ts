import { afterEach, describe, expect, it } from 'vitest';
import {
  signLinkToken,
  signReviewToken,
  verifyLinkToken,
  verifyReviewToken,
} from '../../shared/auth/tokens.ts';
import { resetSigningKeyCache } from '../../shared/auth/signing-key.ts';
import * as clock from '../../shared/clock.ts';
import { ENV } from '../../shared/config/env.ts';
import { TestClock } from '../support/clock.ts';

/** ADR 075: the current time comes from one injected source, tokens included. */
const HOUR = 3_600_000;
const T = Date.parse('2031-03-01T12:00:00.000Z');
const test = new TestClock();

process.env[ENV.signingKey] = Buffer.alloc(32, 7).toString('base64url');
resetSigningKeyCache();
afterEach(() => clock.setClock());

describe('the clock', () => {
  it('is the system clock until a source is injected, and again after', () => {
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1_000);
    test.set(T);
    clock.setClock(test);
    expect(Math.abs(clock.nowMs() - T)).toBeLessThan(1_000);
    test.advance(2 * HOUR);
    expect(Math.abs(clock.now().getTime() - (T + 2 * HOUR))).toBeLessThan(1_000);
    clock.setClock();
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(1_000);
  });

  it('issues and expires applicant tokens by the injected time, not the system clock', async () => {
    clock.setClock(test);
    test.set(T);
    const token = await signLinkToken('link-1', new Date(T + HOUR));
    const claims = await verifyLinkToken(token);
    expect(claims.expiresAt).toBe(new Date(T + HOUR).toISOString());

    test.set(T + HOUR - 1_000);
    await expect(verifyLinkToken(token)).resolves.toMatchObject({ linkId: 'link-1' });
    test.set(T + HOUR + 1_000);
    await expect(verifyLinkToken(token)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('expires review links by the injected time', async () => {
    clock.setClock(test);
    test.set(T);
    const token = await signReviewToken({
      memberId: 'ekspert-leder',
      committee: 'expert',
      roundId: 'demo',
      linkId: 'link-1',
      expiresAt: new Date(T + HOUR).toISOString(),
    });
    await expect(verifyReviewToken(token)).resolves.toMatchObject({ linkId: 'link-1' });
    test.set(T + HOUR + 1_000);
    await expect(verifyReviewToken(token)).rejects.toMatchObject({ code: 'REVIEW_LINK_INVALID' });
  });
});
