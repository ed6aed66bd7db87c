import { createSessionRequest } from '../../shared/api/schemas.ts';
import { signSessionToken, verifyApplicantToken } from '../../shared/auth/tokens.ts';
import { httpHandler } from '../http.ts';

/**
 * POST /sessions — the magic-link landing page exchanges the link's token for a session
 * token. A POST, so a mail scanner that fetches the link signs nobody in.
 */
export const handler = httpHandler(async (request) => {
  const { token } = request.body(createSessionRequest);
  const link = await verifyApplicantToken(token, 'link');
  const accessToken = await signSessionToken(link.applicationId, link.email);
  const session = await verifyApplicantToken(accessToken, 'session');
  return {
    status: 201,
    body: { accessToken, applicationId: session.applicationId, expiresAt: session.expiresAt },
  };
});
