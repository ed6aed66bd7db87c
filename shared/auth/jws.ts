import { webcrypto } from 'node:crypto';

/**
 * The portal's tokens as compact JWS (RFC 7515) with JWT claims (RFC 7519), made and checked
 * here with Web Crypto's HMAC rather than a general JOSE library (ADR 122): the portal signs
 * and accepts one algorithm, HS256, with keys it derives itself (./signing-key.ts), so what a
 * library adds for other algorithms, key types and serialisations was 13–20 KiB of every
 * function that signs or checks a token. A token is `header.payload.signature`, each part
 * base64url without padding; what is refused here is what jose's `jwtVerify` refused for the
 * portal's options (an issuer, an audience, `algorithms: ['HS256']`, the portal's clock), and a
 * little more: any `crit` or `b64` header, and a signature not in its one canonical form.
 * Tokens made before and after are the same: each side reads the other's (proved both ways
 * against jose in test/unit/jws.test.ts).
 */

type CryptoKey = webcrypto.CryptoKey;

/** The one algorithm tokens are signed and verified with (an HMAC key held in AWS, ADR 011). */
export const TOKEN_ALGORITHM = 'HS256';

/** A token's claims: the registered ones the portal sets, and its own (a review link's). */
export interface JwtPayload {
  iss?: unknown;
  sub?: unknown;
  aud?: unknown;
  jti?: unknown;
  iat?: unknown;
  nbf?: unknown;
  exp?: unknown;
  [claim: string]: unknown;
}

/** What a token must be for: its issuer and audience, checked at `now` (epoch seconds). */
export interface Expected {
  issuer: string;
  audience: string;
  now: number;
}

const BASE64URL = /^[\w-]+$/;
const utf8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

const encodePart = (value: object) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** A part's JSON object, or undefined: not base64url, not UTF-8, not JSON, or not a plain object. */
function decodePart(part: string | undefined): Record<string, unknown> | undefined {
  if (!part || !BASE64URL.test(part)) return undefined;
  try {
    const value: unknown = JSON.parse(utf8.decode(Buffer.from(part, 'base64url')));
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `payload` signed with `key` (HS256), `kid` in the header naming the key. */
export async function signJwt(key: CryptoKey, kid: string, payload: JwtPayload): Promise<string> {
  const input = `${encodePart({ alg: TOKEN_ALGORITHM, kid })}.${encodePart(payload)}`;
  const mac = await webcrypto.subtle.sign('HMAC', key, Buffer.from(input, 'ascii'));
  return `${input}.${Buffer.from(mac).toString('base64url')}`;
}

/**
 * The header of a token not yet verified — for its `kid`, which names the key to verify it
 * with; undefined if the token is not a compact JWS with a JSON object for a header.
 */
export function unverifiedHeader(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  return parts.length === 3 ? decodePart(parts[0]) : undefined;
}

/**
 * The payload of `token` if it is a compact JWS signed with `key` by HS256, its header names
 * no extension (`crit`, `b64`), and its claims are for `expected`: `iss` the issuer, `aud` the
 * audience (or a list holding it), `nbf` (if any) not after now, `exp` (if any) after now, and
 * each of `iat`, `nbf`, `exp` a number if present. Undefined if anything is not so.
 */
export async function verifyJwt(
  token: string,
  key: CryptoKey,
  expected: Expected,
): Promise<JwtPayload | undefined> {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodePart(headerPart);
  if (!header || header.alg !== TOKEN_ALGORITHM || 'crit' in header || 'b64' in header) return undefined;
  // The signature in its one form: 32 bytes, base64url without padding, canonical last character.
  if (!BASE64URL.test(signaturePart)) return undefined;
  const signature = Buffer.from(signaturePart, 'base64url');
  if (signature.length !== 32 || signature.toString('base64url') !== signaturePart) return undefined;
  const signed = await webcrypto.subtle.verify(
    'HMAC',
    key,
    signature,
    Buffer.from(`${headerPart}.${payloadPart}`, 'ascii'),
  );
  if (!signed) return undefined;
  const payload = decodePart(payloadPart);
  if (!payload || !claimsHold(payload, expected)) return undefined;
  return payload;
}

function claimsHold(payload: JwtPayload, { issuer, audience, now }: Expected): boolean {
  if (payload.iss !== issuer) return false;
  const { aud } = payload;
  if (!(aud === audience || (Array.isArray(aud) && aud.includes(audience)))) return false;
  for (const claim of ['iat', 'nbf', 'exp'] as const) {
    if (payload[claim] !== undefined && typeof payload[claim] !== 'number') return false;
  }
  if (typeof payload.nbf === 'number' && payload.nbf > now) return false;
  if (typeof payload.exp === 'number' && payload.exp <= now) return false;
  return true;
}
