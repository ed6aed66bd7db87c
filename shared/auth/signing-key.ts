import { createHash, hkdfSync, webcrypto } from 'node:crypto';
import * as clock from '../clock.ts';
import { ENV } from '../config/env.ts';

/**
 * The keys that sign and verify tokens (ADR 086). In AWS they live in one Secrets Manager
 * secret (`SIGNING_KEY_SECRET_ID`); the local stack and the tests hand them over directly
 * (`SIGNING_KEY`). Never in code. The secret is a key set:
 *
 *     { "keys": [ { "kid": "2026-12", "secret": "<base64url, ≥ 32 bytes>", "signsFrom": "<ISO>" }, … ] }
 *
 * Every listed key verifies the tokens that name its `kid`; the one with the latest
 * `signsFrom` not in the future signs. Rotation is adding a key (with `signsFrom` a few
 * minutes ahead, so every container has read it before it signs); the previous key stays
 * listed until the last token it signed has expired, then it is removed. A secret that is not
 * JSON (a generated password, the local stack's base64url key) is a set of one key.
 *
 * Each audience has its own key, derived from the listed secret with HKDF-SHA-256 (salt: the
 * kid; info: the audience), so a token of one audience can never verify as another's even
 * if its claims were forged to match, and the secret itself signs nothing.
 *
 * The set is cached for KEY_CACHE_SECONDS on the portal's clock, not for the container's
 * life: a rotated set reaches warm containers within minutes.
 */
export type KeyAudience = 'applicant' | 'review' | 'staff';

type CryptoKey = webcrypto.CryptoKey;

export const KEY_CACHE_SECONDS = 300;

interface ListedKey {
  kid: string;
  secret: Uint8Array;
  signsFrom: number;
}

let cached: { keys: Promise<ListedKey[]>; until: number } | undefined;

function keySet(): Promise<ListedKey[]> {
  const now = clock.nowMs();
  if (!cached || now >= cached.until) {
    const keys = load().catch((error: unknown) => {
      cached = undefined; // a failed read must not poison the container
      throw error;
    });
    cached = { keys, until: now + KEY_CACHE_SECONDS * 1000 };
  }
  return cached.keys;
}

const derived = new Map<string, Promise<CryptoKey>>();

/**
 * `audience`'s key of a listed key, imported once as a Web Crypto key: importing raw bytes
 * afresh on every sign and verify (as jose did) cost more than the HMAC itself (ADR 121).
 */
function audienceKey(key: ListedKey, audience: KeyAudience): Promise<CryptoKey> {
  const id = `${key.kid}\u0000${Buffer.from(key.secret).toString('base64url')}\u0000${audience}`;
  let imported = derived.get(id);
  if (!imported) {
    imported = webcrypto.subtle.importKey(
      'raw',
      audienceKeyBytes(key, audience),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    imported.catch(() => derived.delete(id));
    derived.set(id, imported);
  }
  return imported;
}

/** The bytes of `audience`'s key: HKDF-SHA-256 of the listed secret (salt: the kid). */
function audienceKeyBytes(key: ListedKey, audience: KeyAudience): Uint8Array<ArrayBuffer> {
  return new Uint8Array(hkdfSync('sha256', key.secret, key.kid, `inkluderende-kulturskoler/${audience}`, 32));
}

/** The key that signs `audience`'s tokens now, and its id for the token's header. */
export async function signingKeyFor(audience: KeyAudience): Promise<{ kid: string; key: CryptoKey }> {
  const now = clock.nowMs();
  const keys = await keySet();
  const active = keys.filter((key) => key.signsFrom <= now);
  const signer = active.reduce<ListedKey | undefined>(
    (latest, key) => (!latest || key.signsFrom > latest.signsFrom ? key : latest),
    undefined,
  );
  if (!signer) throw new Error('No signing key signs yet: every key in the set has a later signsFrom');
  return { kid: signer.kid, key: await audienceKey(signer, audience) };
}

/** The key that verifies `audience`'s tokens of key `kid`, or undefined for a kid not in the set. */
export async function verificationKeyFor(
  audience: KeyAudience,
  kid: string | undefined,
): Promise<CryptoKey | undefined> {
  if (!kid) return undefined;
  const key = (await keySet()).find((listed) => listed.kid === kid);
  return key && audienceKey(key, audience);
}

async function load(): Promise<ListedKey[]> {
  const direct = process.env[ENV.signingKey];
  if (direct) return parseKeySet(direct);
  const secretId = process.env[ENV.signingKeySecretId];
  if (!secretId) throw new Error(`Set ${ENV.signingKeySecretId} (or ${ENV.signingKey} locally)`);
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: secretId }),
  );
  if (!SecretString) throw new Error('The signing key secret is empty');
  return parseKeySet(SecretString);
}

/** A key set from the secret's text: the JSON set, or one key (a plain secret). */
export function parseKeySet(text: string): ListedKey[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) {
    const secret = decode(trimmed);
    // A plain secret's kid names it (a hash prefix), so replacing it changes the kid.
    const kid = `k-${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
    return [{ kid, secret, signsFrom: 0 }];
  }
  const parsed = JSON.parse(trimmed) as { keys?: unknown };
  if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) {
    throw new Error('The signing key set names no keys');
  }
  const keys = parsed.keys.map((entry: unknown) => {
    const { kid, secret, signsFrom } = (entry ?? {}) as Record<string, unknown>;
    if (typeof kid !== 'string' || !/^[\w.-]{1,64}$/.test(kid))
      throw new Error('A signing key has no valid kid');
    if (typeof secret !== 'string') throw new Error(`Signing key ${kid} has no secret`);
    const from = signsFrom === undefined ? 0 : Date.parse(String(signsFrom));
    if (Number.isNaN(from)) throw new Error(`Signing key ${kid} has an invalid signsFrom`);
    return { kid, secret: decode(secret), signsFrom: from };
  });
  if (new Set(keys.map((key) => key.kid)).size !== keys.length)
    throw new Error('Two signing keys share a kid');
  return keys;
}

function decode(value: string): Uint8Array {
  const bytes = Buffer.from(value.trim(), 'base64url');
  // Secrets Manager's generated passwords are not base64: use their bytes as they are.
  const key = bytes.length >= 32 ? bytes : Buffer.from(value, 'utf8');
  if (key.length < 32) throw new Error('A signing key must be at least 32 bytes');
  return new Uint8Array(key);
}

/** For tests: forget the cached key set (e.g. after changing the environment). */
export function resetSigningKeyCache() {
  cached = undefined;
}
