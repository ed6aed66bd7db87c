/**
 * The HTTP wrapper's entry for public routes (functions/http.ts): anyone may call them, so
 * there is no caller to check and no token library in their bundles. Their messages: the API's
 * answers and the structural field issues of a body (a route's declaration may add its area's,
 * ADR 115: a request to join adds the co-editors').
 */
import { apiMessages, structuralMessages } from '../../shared/i18n/api.ts';
import type { HttpDeclaration } from '../declare.ts';
import { routeHandler, type AuthKindCheck } from '../http.ts';

export const publicKind: AuthKindCheck<'public'> = {
  authenticate: async () => ({}),
  messages: { ...apiMessages, ...structuralMessages },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'public'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'public' }>(declaration: D) =>
  routeHandler(declaration, publicKind);
