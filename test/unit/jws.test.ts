import { createHmac, randomBytes, webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signJwt, unverifiedHeader, verifyJwt, type JwtPayload } from '../../shared/auth/jws.ts';

/**
 * The portal's own compact JWS (ADR 122) against jose, which made and checked the tokens
 * before: each reads the other's tokens, and a token is refused here exactly when jose's
 * `jwtVerify` with the portal's options refused it — but for the extensions the portal never
 * uses (`crit`, `b64`) and a signature not in its canonical form, refused here only.
 */
const raw = randomBytes(32);
const key = await webcrypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
  'sign',
  'verify',
]);
const other = await webcrypto.subtle.importKey(
  'raw',
  randomBytes(32),
  { name: 'HMAC', hash: 'SHA-256' },
  false,
  ['sign', 'verify'],
);
const NOW = 1_800_000_000;
const expected = { issuer: 'iss-x', audience: 'aud-x', now: NOW };
const good: JwtPayload = { aud: 'aud-x', sub: 's', jti: 'j', iat: NOW - 10, exp: NOW + 60, iss: 'iss-x' };

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token of any header and payload, signed with the test key's bytes by HMAC of `hash`. */
function forged(header: unknown, payload: unknown, hash = 'sha256', bytes: Uint8Array = raw) {
  const input = `${typeof header === 'string' ? header : part(header)}.${typeof payload === 'string' ? payload : part(payload)}`;
  return `${input}.${createHmac(hash, bytes).update(input).digest('base64url')}`;
}

async function joseAccepts(token: string) {
  try {
    await jwtVerify(token, key, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['HS256'],
      currentDate: new Date(NOW * 1000),
    });
    return true;
  } catch {
    return false;
  }
}

describe('compact JWS, HS256 (ADR 122)', () => {
  it('makes the token jose made: its header, its claims, and jose verifies it', async () => {
    const token = await signJwt(key, 'kid-1', good);
    expect(unverifiedHeader(token)).toEqual({ alg: 'HS256', kid: 'kid-1' });
    expect(await joseAccepts(token)).toBe(true);
    expect(await verifyJwt(token, key, expected)).toEqual(good);
    const made = await new SignJWT({ sub: 's', jti: 'j' })
      .setProtectedHeader({ alg: 'HS256', kid: 'kid-1' })
      .setAudience('aud-x')
      .setIssuedAt(NOW - 10)
      .setExpirationTime(NOW + 60)
      .setIssuer('iss-x')
      .sign(key);
    expect(await verifyJwt(made, key, expected)).toEqual(good);
  });

  const header = { alg: 'HS256', kid: 'kid-1' };
  const refusedByBoth: [string, () => string | Promise<string>][] = [
    ['another key', () => signJwt(other, 'kid-1', good)],
    [
      'a changed payload',
      async () => {
        const [h, , s] = (await signJwt(key, 'kid-1', good)).split('.');
        return `${h}.${part({ ...good, sub: 'someone else' })}.${s}`;
      },
    ],
    ['alg none, no signature', () => `${part({ alg: 'none' })}.${part(good)}.`],
    ['alg none, signed anyway', () => forged({ alg: 'none' }, good)],
    ['HS512', () => forged({ alg: 'HS512', kid: 'kid-1' }, good, 'sha512')],
    ['no alg', () => forged({ kid: 'kid-1' }, good)],
    ['expired this second', () => forged(header, { ...good, exp: NOW })],
    ['not yet valid', () => forged(header, { ...good, nbf: NOW + 1 })],
    ['another issuer', () => forged(header, { ...good, iss: 'someone' })],
    ['no issuer', () => forged(header, { ...good, iss: undefined })],
    ['another audience', () => forged(header, { ...good, aud: 'aud-y' })],
    ['an audience list without it', () => forged(header, { ...good, aud: ['aud-y'] })],
    ['no audience', () => forged(header, { ...good, aud: undefined })],
    ['exp not a number', () => forged(header, { ...good, exp: String(NOW + 60) })],
    ['iat not a number', () => forged(header, { ...good, iat: 'now' })],
    ['nbf not a number', () => forged(header, { ...good, nbf: null })],
    ['a payload that is a list', () => forged(header, [good])],
    ['a payload that is not JSON', () => forged(header, Buffer.from('{nope').toString('base64url'))],
    ['a header that is not JSON', () => forged(Buffer.from('nope').toString('base64url'), good)],
    ['two parts', async () => (await signJwt(key, 'kid-1', good)).split('.').slice(0, 2).join('.')],
    ['four parts', async () => `${await signJwt(key, 'kid-1', good)}.x`],
    ['an empty string', () => ''],
    ['not a token', () => 'not a token'],
  ];
  it.each(refusedByBoth)('refuses %s, as jose did', async (_what, make) => {
    const token = await make();
    expect(await joseAccepts(token)).toBe(false);
    expect(await verifyJwt(token, key, expected)).toBeUndefined();
  });

  const acceptedByBoth: [string, () => string][] = [
    ['an audience list holding it', () => forged(header, { ...good, aud: ['aud-y', 'aud-x'] })],
    ['no expiry', () => forged(header, { ...good, exp: undefined })],
    ['expiry a second ahead, nbf now', () => forged(header, { ...good, exp: NOW + 1, nbf: NOW })],
    ['a header with typ and other fields', () => forged({ ...header, typ: 'JWT', x: 1 }, good)],
  ];
  it.each(acceptedByBoth)('accepts %s, as jose did', async (_what, make) => {
    const token = make();
    expect(await joseAccepts(token)).toBe(true);
    expect(await verifyJwt(token, key, expected)).toBeDefined();
  });

  it('refuses what the portal never makes: crit and b64 headers, a non-canonical signature', async () => {
    expect(
      await verifyJwt(forged({ ...header, crit: ['b64'], b64: true }, good), key, expected),
    ).toBeUndefined();
    expect(await verifyJwt(forged({ ...header, b64: true }, good), key, expected)).toBeUndefined();
    const token = await signJwt(key, 'kid-1', good);
    // The last of 43 characters carries 2 spare bits: another letter may decode to the same bytes.
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = [...alphabet].find(
      (c) =>
        c !== last &&
        Buffer.from(token.slice(-43, -1) + c, 'base64url').equals(Buffer.from(token.slice(-43), 'base64url')),
    )!;
    expect(await verifyJwt(token.slice(0, -1) + twin, key, expected)).toBeUndefined();
    expect(await verifyJwt(token, key, expected)).toBeDefined();
  });

  it('reads an unverified header only from a compact JWS with a JSON object for a header', () => {
    expect(unverifiedHeader(`${part({ kid: 'k' })}.e30.x`)).toEqual({ kid: 'k' });
    expect(unverifiedHeader(`${part(['k'])}.e30.x`)).toBeUndefined();
    expect(unverifiedHeader('a.b')).toBeUndefined();
    expect(unverifiedHeader('!!.e30.x')).toBeUndefined();
  });
});
