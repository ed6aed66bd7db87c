import * as clock from '../clock.ts';
import * as errors from '../errors.ts';
import { getSession, revokeSession } from '../storage/sessions.ts';
import { verifySessionToken, type SessionClaims } from './tokens.ts';

/**
 * An applicant's session as every applicant request checks it (ADR 086): the token (signature,
 * kid, audience, expiry), then its record — one GetItem — which must exist, be for the same
 * application and not be signed out. Anything else → UNAUTHORIZED.
 */
export async function verifySession(token: string): Promise<SessionClaims> {
  const claims = await verifySessionToken(token);
  const session = await getSession(claims.sessionId);
  if (!session || session.applicationId !== claims.applicationId || session.revokedAt) {
    throw errors.unauthorized();
  }
  return claims;
}

/** Sign-out: the session ends on the server; its token is refused from now on. */
export const endSession = (claims: SessionClaims) => revokeSession(claims.sessionId, clock.now());
