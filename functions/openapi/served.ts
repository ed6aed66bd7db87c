/**
 * The OpenAPI document GET /openapi.json serves: generated from the registry at build time
 * (`npx tsx functions/openapi/generate.ts` writes `./document.generated.ts`, brotli-compressed),
 * so the function carries neither zod's JSON Schema converter nor the response schemas (ADR 077).
 * A unit test (test/unit/openapi.test.ts) fails when it differs from `openApiDocument()`.
 */
import { brotliDecompressSync } from 'node:zlib';
import type * as z from 'zod';
import type { openApiDocument } from '../../shared/api/responses.ts';
import { OPENAPI_DOCUMENT } from './document.generated.ts';

type Document = z.output<typeof openApiDocument>;
let document: Document | undefined;

/** The generated document, decompressed and parsed once. */
export function servedDocument(): Document {
  document ??= JSON.parse(
    brotliDecompressSync(Buffer.from(OPENAPI_DOCUMENT, 'base64')).toString('utf8'),
  ) as Document;
  return document;
}
