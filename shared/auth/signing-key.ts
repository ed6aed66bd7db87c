import { ENV } from '../config/env.ts';

/**
 * The HMAC key that signs applicant (and later committee) tokens. In AWS it lives in
 * Secrets Manager (`SIGNING_KEY_SECRET_ID`) and is read once per container; the local stack
 * and the tests hand it over directly (`SIGNING_KEY`, base64url). It is never in code.
 */
let cached: Promise<Uint8Array> | undefined;

export function signingKey(): Promise<Uint8Array> {
  cached ??= load().catch((error: unknown) => {
    cached = undefined; // a failed read must not poison the container
    throw error;
  });
  return cached;
}

async function load(): Promise<Uint8Array> {
  const direct = process.env[ENV.signingKey];
  if (direct) return decode(direct);
  const secretId = process.env[ENV.signingKeySecretId];
  if (!secretId) throw new Error(`Set ${ENV.signingKeySecretId} (or ${ENV.signingKey} locally)`);
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const { SecretString } = await new SecretsManagerClient({}).send(
    new GetSecretValueCommand({ SecretId: secretId }),
  );
  if (!SecretString) throw new Error('The signing key secret is empty');
  return decode(SecretString);
}

function decode(value: string): Uint8Array {
  const bytes = Buffer.from(value.trim(), 'base64url');
  // Secrets Manager's generated passwords are not base64: use their bytes as they are.
  const key = bytes.length >= 32 ? bytes : Buffer.from(value, 'utf8');
  if (key.length < 32) throw new Error('The signing key must be at least 32 bytes');
  return new Uint8Array(key);
}

/** For tests: forget the cached key (e.g. after changing the environment). */
export function resetSigningKeyCache() {
  cached = undefined;
}
