import { randomBytes, webcrypto } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  parseKeySet,
  resetSigningKeyCache,
  signingKeyFor,
  verificationKeyFor,
} from '../../shared/auth/signing-key.ts';
import * as clock from '../../shared/clock.ts';
import { ENV } from '../../shared/config/env.ts';
import { TestClock } from '../support/clock.ts';

/** The key set (ADR 086): its shape, which key signs when, and a key per audience. */
const secret = () => randomBytes(32).toString('base64url');
const T = Date.parse('2026-12-01T12:00:00Z');
const test = new TestClock();

beforeEach(() => {
  clock.setClock(test);
  test.set(T);
  resetSigningKeyCache();
});
afterAll(() => {
  clock.setClock();
  vi.unstubAllEnvs();
  resetSigningKeyCache();
});

describe('the signing key set', () => {
  it('reads a plain secret as a set of one, its kid naming it', () => {
    const one = secret();
    const [key] = parseKeySet(one);
    expect(key!.kid).toMatch(/^k-[0-9a-f]{12}$/);
    expect(parseKeySet(one)[0]!.kid).toBe(key!.kid);
    expect(parseKeySet(secret())[0]!.kid).not.toBe(key!.kid);
  });

  it('refuses a set without keys, a key without a kid or a short secret, and two keys with one kid', () => {
    expect(() => parseKeySet('{"keys":[]}')).toThrow(/no keys/);
    expect(() => parseKeySet(JSON.stringify({ keys: [{ secret: secret() }] }))).toThrow(/kid/);
    expect(() => parseKeySet(JSON.stringify({ keys: [{ kid: 'a', secret: 'short' }] }))).toThrow(/32 bytes/);
    expect(() =>
      parseKeySet(
        JSON.stringify({
          keys: [
            { kid: 'a', secret: secret() },
            { kid: 'a', secret: secret() },
          ],
        }),
      ),
    ).toThrow(/share a kid/);
  });

  it('signs with the newest key whose signsFrom has come, and verifies with every listed key', async () => {
    vi.stubEnv(
      ENV.signingKey,
      JSON.stringify({
        keys: [
          { kid: 'old', secret: secret() },
          { kid: 'new', secret: secret(), signsFrom: new Date(T + 60_000).toISOString() },
        ],
      }),
    );
    expect((await signingKeyFor('applicant')).kid).toBe('old');
    test.set(T + 60_000);
    expect((await signingKeyFor('applicant')).kid).toBe('new');
    expect(await verificationKeyFor('applicant', 'old')).toBeDefined();
    expect(await verificationKeyFor('applicant', 'gone')).toBeUndefined();
    expect(await verificationKeyFor('applicant', undefined)).toBeUndefined();
  });

  it('gives each audience its own key from one secret', async () => {
    vi.stubEnv(ENV.signingKey, JSON.stringify({ keys: [{ kid: 'k', secret: secret() }] }));
    const keys = await Promise.all(
      (['applicant', 'review', 'staff'] as const).map(
        async (audience) => (await signingKeyFor(audience)).key,
      ),
    );
    // The same input signed with each: three different MACs, so three different keys.
    const macs = await Promise.all(
      keys.map(async (key) =>
        Buffer.from(await webcrypto.subtle.sign('HMAC', key, Buffer.from('the same input'))).toString('hex'),
      ),
    );
    expect(new Set(macs).size).toBe(3);
    expect(keys.map((key) => key.algorithm)).toEqual(
      Array(3).fill({ name: 'HMAC', hash: { name: 'SHA-256' }, length: 256 }),
    );
    expect(keys.every((key) => !key.extractable)).toBe(true);
  });
});
