import * as clock from '../clock.ts';
import * as errors from '../errors.ts';
import { getCoeditor } from '../storage/coeditors.ts';
import { getSessionWithApplication, revokeSession } from '../storage/sessions.ts';
import { verifySessionToken, type ApplicantClaims, type SessionClaims } from './tokens.ts';

/**
 * An applicant's session as every applicant request checks it (ADR 086): the token (signature,
 * kid, audience, expiry), then its record — read with the application's item in one
 * BatchGetItem (ADR 121) — which must exist, be for the same application and not be signed
 * out. A co-editor's session (ADR 096) also reads its slot, which must still name the same
 * invitation: once the owner removes them, their next request is refused. Anything else →
 * UNAUTHORIZED. The application, as read with the session, only once the session holds.
 */
export async function verifySession(token: string): Promise<ApplicantClaims> {
  const claims = await verifySessionToken(token);
  const { session, application } = await getSessionWithApplication(claims.sessionId, claims.applicationId);
  if (!session || session.applicationId !== claims.applicationId || session.revokedAt) {
    throw errors.unauthorized();
  }
  if (!session.coeditor) return { ...claims, actor: { role: 'owner' }, application };
  const { slot, coeditorId } = session.coeditor;
  const coeditor = await getCoeditor(claims.applicationId, slot);
  if (coeditor?.coeditorId !== coeditorId) throw errors.unauthorized();
  return { ...claims, actor: { role: 'coeditor', slot, coeditorId }, application };
}

/** Sign-out: the session ends on the server; its token is refused from now on. */
export const endSession = (claims: SessionClaims) => revokeSession(claims.sessionId, clock.now());
