/**
 * The staff routes after the award: the staff auth kind (functions/http/staff.ts) with the
 * grants' messages added to its catalogue (a report's unmet rules, the review's refusals).
 */
import { grantMessages } from '../../shared/i18n/grants.ts';
import type { HttpDeclaration } from '../declare.ts';
import { routeHandler } from '../http.ts';
import { staffKind } from '../http/staff.ts';

const grantStaffKind = { ...staffKind, messages: { ...staffKind.messages, ...grantMessages } };

/** `httpHandler(Declaration)(async (request) => answer)` for a staff route of the grants. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'staff' }>(declaration: D) =>
  routeHandler(declaration, grantStaffKind);
