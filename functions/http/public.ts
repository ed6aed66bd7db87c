/**
 * The HTTP wrapper's entry for public routes (functions/http.ts): anyone may call them, so
 * there is no caller to check and no token library in their bundles. Their messages: the API's
 * answers and the structural field issues of a body.
 */
import { apiMessages, structuralMessages } from '../../shared/i18n/api.ts';
import { coeditingMessages } from '../../shared/i18n/coediting.ts';
import type { HttpDeclaration } from '../declare.ts';
import { routeHandler, type AuthKindCheck } from '../http.ts';

export const publicKind: AuthKindCheck<'public'> = {
  authenticate: async () => ({}),
  // The co-editing codes: a request to join (ADR 097) is public.
  messages: { ...apiMessages, ...coeditingMessages, ...structuralMessages },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'public'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'public' }>(declaration: D) =>
  routeHandler(declaration, publicKind);
