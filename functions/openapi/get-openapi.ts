import { httpHandler } from '../http/public.ts';
import { GetOpenApi } from './declarations.ts';
import { servedDocument } from './served.ts';

/** GET /openapi.json — the API's OpenAPI 3.1 document, derived from the registry at build time. */
export const handler = httpHandler(GetOpenApi)(async () => ({
  status: 200,
  body: servedDocument(),
  headers: { 'cache-control': 'public, max-age=300' },
}));
