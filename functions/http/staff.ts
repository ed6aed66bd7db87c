/**
 * The HTTP wrapper's entry for staff routes (functions/http.ts): a secretariat staff member's
 * session — its token, its record (not signed out, not idle too long) and the address still on
 * the allow-list (ADR 093). Their messages: those every route answers, the structural field
 * issues of a body, and a session's refusal; each route's declaration adds the answers it gives
 * besides (its `messages`: the API's, the secretariat's, the grants', ADR 119).
 */
import { authenticateStaff } from '../../shared/auth/staff.ts';
import * as errors from '../../shared/errors.ts';
import { commonMessages, structuralMessages, UNAUTHORIZED } from '../../shared/i18n/api.ts';
import type { HttpDeclaration } from '../declare.ts';
import { bearerToken, routeHandler, type AuthKindCheck } from '../http.ts';
import { logger } from '../observability.ts';

export const staffKind: AuthKindCheck<'staff'> = {
  async authenticate(event) {
    const staff = await authenticateStaff(bearerToken(event, errors.unauthorized));
    logger.appendKeys({ staffSessionId: staff.sessionId });
    return { staff };
  },
  messages: { ...commonMessages, ...structuralMessages, UNAUTHORIZED },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'staff'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'staff' }>(declaration: D) =>
  routeHandler(declaration, staffKind);
