/**
 * The HTTP wrapper's entry for applicant routes (functions/http.ts): a session token (a magic
 * link exchanged at POST /sessions) for the application in the path. Their messages: the API's
 * answers, the structural field issues of a body, the co-editors' and the grants' codes; the
 * scheme's rules only where a route's declaration adds them (its `messages`, ADR 115).
 */
import { verifySession } from '../../shared/auth/sessions.ts';
import * as errors from '../../shared/errors.ts';
import { applicantMessages } from '../../shared/i18n/messages.ts';
import type { HttpDeclaration } from '../declare.ts';
import { bearerToken, routeHandler, type AuthKindCheck } from '../http.ts';
import { logger } from '../observability.ts';

export const applicantKind: AuthKindCheck<'applicant'> = {
  async authenticate(event) {
    const applicant = await verifySession(bearerToken(event, errors.unauthorized));
    // A session is for one application: it may not read or touch another.
    if (event.pathParameters?.applicationId !== applicant.applicationId) throw errors.forbidden();
    logger.appendKeys({ applicationId: applicant.applicationId });
    return { applicant };
  },
  messages: applicantMessages,
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'applicant'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'applicant' }>(declaration: D) =>
  routeHandler(declaration, applicantKind);
