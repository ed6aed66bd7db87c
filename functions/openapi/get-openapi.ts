import { openApiDocument } from './document.ts';
import { httpHandler } from '../http.ts';

let document: ReturnType<typeof openApiDocument> | undefined;

/** GET /openapi.json — the API's OpenAPI 3.1 document, generated from the zod schemas. */
export const handler = httpHandler(async () => {
  document ??= openApiDocument();
  return { status: 200, body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
