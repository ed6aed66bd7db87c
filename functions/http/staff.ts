/**
 * The HTTP wrapper's entry for staff routes (functions/http.ts): a secretariat staff member's
 * session — its token, its record (not signed out, not idle too long) and the address still on
 * the allow-list (ADR 093). Their messages: the API's answers, the structural field issues of a
 * body, the secretariat's own, and the grants' (a report's unmet rules, the review's refusals).
 */
import { authenticateStaff } from '../../shared/auth/staff.ts';
import * as errors from '../../shared/errors.ts';
import { apiMessages, structuralMessages } from '../../shared/i18n/api.ts';
import { grantMessages } from '../../shared/i18n/grants.ts';
import { secretariatMessages } from '../../shared/i18n/secretariat.ts';
import type { HttpDeclaration } from '../declare.ts';
import { bearerToken, routeHandler, type AuthKindCheck } from '../http.ts';
import { logger } from '../observability.ts';

export const staffKind: AuthKindCheck<'staff'> = {
  async authenticate(event) {
    const staff = await authenticateStaff(bearerToken(event, errors.unauthorized));
    logger.appendKeys({ staffSessionId: staff.sessionId });
    return { staff };
  },
  messages: { ...apiMessages, ...structuralMessages, ...secretariatMessages, ...grantMessages },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'staff'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'staff' }>(declaration: D) =>
  routeHandler(declaration, staffKind);
