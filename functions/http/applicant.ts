/**
 * The HTTP wrapper's entry for applicant routes (functions/http.ts): a session token (a magic
 * link exchanged at POST /sessions) for the application in the path. Their messages: those
 * every route answers, the structural field issues of a body, and a session's refusals; each
 * route's declaration adds the answers it gives besides (its `messages`: the API's, the
 * attachments', the co-editors', the grants' or the scheme's rules, ADR 115, 119).
 */
import { verifySession } from '../../shared/auth/sessions.ts';
import * as errors from '../../shared/errors.ts';
import { commonMessages, FORBIDDEN, structuralMessages, UNAUTHORIZED } from '../../shared/i18n/api.ts';
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
  messages: { ...commonMessages, ...structuralMessages, UNAUTHORIZED, FORBIDDEN },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'applicant'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'applicant' }>(declaration: D) =>
  routeHandler(declaration, applicantKind);
