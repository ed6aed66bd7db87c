import { httpHandler } from '../http/public.ts';
import { GetOpenApi } from './declarations.ts';
import { openApiDocument } from './document.ts';

let document: ReturnType<typeof openApiDocument> | undefined;

/** GET /openapi.json — the API's OpenAPI 3.1 document, derived from the registry. */
export const handler = httpHandler(GetOpenApi)(async () => {
  document ??= openApiDocument();
  return { status: 200, body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
