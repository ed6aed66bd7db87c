import { randomBytes } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailHash } from '../../shared/auth/email.ts';
import { KEY_CACHE_SECONDS } from '../../shared/auth/signing-key.ts';
import { ENV } from '../../shared/config/env.ts';
import { findOwnedApplication } from '../../shared/storage/applications.ts';
import { tokenFromMail } from '../support/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Tokens and sessions (ADR 086) on the local stack: every token names its key (`kid`) and no
 * address; a magic link works once and creates the draft only when it is used; sign-out ends
 * the session on the server; a rotated key set signs with the new key while the previous one
 * still verifies its tokens, until it is removed; the key set is re-read after its cache
 * expires, not kept for the process's life.
 */
let test: TestStack;
let originalKey: string | undefined;
let counter = 0;
const uniqueEmail = () => `Token.Leder${++counter}@Kulturskole.example.no`;

beforeAll(async () => {
  test = await startTestStack();
  originalKey = process.env[ENV.signingKey];
});

afterAll(async () => {
  if (originalKey !== undefined) process.env[ENV.signingKey] = originalKey;
  await test?.stop();
});

async function requestLink(email: string) {
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: '0301' },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1);
  expect(mail, `a magic link mail to ${email}`).toBeDefined();
  return tokenFromMail(mail!.text);
}

async function signIn(email = uniqueEmail()) {
  const session = await test.api('POST', '/sessions', { body: { token: await requestLink(email) } });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return {
    email,
    token: session.body.accessToken as string,
    applicationId: session.body.applicationId as string,
  };
}

const view = (applicant: { token: string; applicationId: string }) =>
  test.api('GET', `/applications/${applicant.applicationId}`, { token: applicant.token });

/** A new key set for the handlers; seen once the cached one expires (moved past on the clock). */
function useKeySet(keys: { kid: string; secret: string; signsFrom?: string }[]) {
  process.env[ENV.signingKey] = JSON.stringify({ keys });
}
const pastKeyCache = () => test.clock.advance((KEY_CACHE_SECONDS + 1) * 1000);

describe('magic links and sessions', () => {
  it('names its key in every token and carries no e-mail address', async () => {
    const email = uniqueEmail();
    const link = await requestLink(email);
    const session = await test.api('POST', '/sessions', { body: { token: link } });
    for (const token of [link, session.body.accessToken as string]) {
      expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'HS256', kid: expect.any(String) });
      const claims = JSON.stringify(decodeJwt(token));
      expect(claims).not.toMatch(/@/);
      expect(claims.toLowerCase()).not.toContain(email.toLowerCase().split('@')[0]);
    }
  });

  it('creates no draft for a sign-in request until its link is used', async () => {
    const email = uniqueEmail();
    const link = await requestLink(email);
    expect(await findOwnedApplication(emailHash(email), 'demo', '0301')).toBeUndefined();
    const session = await test.api('POST', '/sessions', { body: { token: link } });
    expect(session.status).toBe(201);
    expect(await findOwnedApplication(emailHash(email), 'demo', '0301')).toBe(session.body.applicationId);
  });

  it('uses a magic link once: a replay, even at the same time, opens no second session', async () => {
    const link = await requestLink(uniqueEmail());
    const [a, b] = await Promise.all([
      test.api('POST', '/sessions', { body: { token: link } }),
      test.api('POST', '/sessions', { body: { token: link } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 401]);
    const replay = await test.api('POST', '/sessions', { body: { token: link } });
    expect([replay.status, replay.body.code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('lives an hour: an unused link is refused after it', async () => {
    const link = await requestLink(uniqueEmail());
    test.clock.advance(3_600_000 + 1_000);
    expect((await test.api('POST', '/sessions', { body: { token: link } })).status).toBe(401);
  });

  it('ends a session on the server at sign-out; another session of the same application goes on', async () => {
    const email = uniqueEmail();
    const first = await signIn(email);
    const second = await signIn(email);
    expect(second.applicationId).toBe(first.applicationId);

    const out = await test.api('POST', `/applications/${first.applicationId}/sign-out`, {
      token: first.token,
    });
    expect(out.status).toBe(204);
    expect((await view(first)).status).toBe(401);
    expect(
      (await test.api('POST', `/applications/${first.applicationId}/sign-out`, { token: first.token }))
        .status,
    ).toBe(401);
    expect((await view(second)).status).toBe(200);

    // Someone else's session cannot sign this one out.
    const stranger = await signIn();
    const refused = await test.api('POST', `/applications/${second.applicationId}/sign-out`, {
      token: stranger.token,
    });
    expect(refused.status).toBe(403);
    expect((await view(second)).status).toBe(200);
  });
});

describe('key rotation', () => {
  it('signs with the new key, verifies the previous one in its grace period, and refuses it once removed', async () => {
    const a = { kid: 'rotation-a', secret: randomBytes(32).toString('base64url') };
    const b = { kid: 'rotation-b', secret: randomBytes(32).toString('base64url') };
    useKeySet([a]);
    pastKeyCache();
    const before = await signIn();
    expect(decodeProtectedHeader(before.token).kid).toBe('rotation-a');

    // Rotation is adding a key. Until the cache expires the handlers still sign with the old set.
    const signsFrom = new Date(test.clock.now().getTime() + 60_000).toISOString();
    useKeySet([a, { ...b, signsFrom }]);
    const cached = await signIn();
    expect(decodeProtectedHeader(cached.token).kid).toBe('rotation-a');
    pastKeyCache();
    const after = await signIn();
    expect(decodeProtectedHeader(after.token).kid).toBe('rotation-b');
    // The previous key's session still holds (its grace period: until it expires).
    expect((await view(before)).status).toBe(200);
    expect((await view(after)).status).toBe(200);

    // Retired: once the previous key is removed, its tokens are refused.
    useKeySet([{ ...b, signsFrom }]);
    pastKeyCache();
    expect((await view(before)).status).toBe(401);
    expect((await view(after)).status).toBe(200);
  });
});
