/**
 * The HTTP wrapper's entry for public routes (functions/http.ts): anyone may call them, so
 * there is no caller to check and no token library in their bundles. Their messages: those
 * every route answers and the structural field issues of a body; each route's declaration adds
 * the answers it gives besides (its `messages`, ADR 115, 119: a request to join the co-editors').
 */
import { commonMessages, structuralMessages } from '../../shared/i18n/api.ts';
import type { HttpDeclaration } from '../declare.ts';
import { routeHandler, type AuthKindCheck } from '../http.ts';

export const publicKind: AuthKindCheck<'public'> = {
  authenticate: async () => ({}),
  messages: { ...commonMessages, ...structuralMessages },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'public'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'public' }>(declaration: D) =>
  routeHandler(declaration, publicKind);
