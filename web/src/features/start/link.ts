/**
 * Why a magic link did not sign in. The API answers UNAUTHORIZED alike for a link already
 * used and one that expired (ADR 086: a link works once, for an hour) — it tells a stranger
 * nothing — but the link's own token says when it expires (its `exp`, readable though only the
 * API can check it), so the page can tell the applicant which it was: expired by its own clock,
 * else refused while still valid, i.e. used already (in this or another tab).
 */
import { ApiError } from '../../app/api.ts';

export type LinkFailure = 'expired' | 'used' | 'invalid' | 'other';

/** A JWT's `exp` (seconds), read without checking the signature; undefined when it has none. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** What went wrong with a link's token, from the API's refusal and the token's expiry. */
export function linkFailure(token: string, error: unknown, now = Date.now()): LinkFailure {
  if (!(error instanceof ApiError) || error.status !== 401) return 'other';
  const exp = tokenExpiry(token);
  if (exp === undefined) return 'invalid';
  return exp * 1000 <= now ? 'expired' : 'used';
}
