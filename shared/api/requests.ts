/**
 * The API's request bodies: the HTTP wrapper parses each route's body with its declaration's
 * schema before the route runs (functions/http.ts), and the OpenAPI document shows them. Strict
 * at every depth: a key a schema does not name is refused with its path (VALIDATION_FAILED,
 * FIELD_UNKNOWN), never dropped (ADR 062). Every string, number and list is
 * bounded (OWASP API4, checked by `npm run lint`).
 *
 * Each schema is marked pure, so that a function's bundle keeps only the schemas it parses with
 * (a module's zod calls are otherwise all kept by esbuild: ADR 070).
 */
import * as z from 'zod/mini';
import {
  applicationDraftSchema,
  attachmentPartySchema,
  municipalityNumberSchema,
} from '../domain/application.ts';
import { ATTACHMENT_KINDS } from '../domain/attachments.ts';

/** The largest whole number a request may carry where no smaller bound is a rule (32 bits). */
export const INT32_MAX = 2_147_483_647; // 2 ** 31 − 1, a literal: a module-level expression is kept by every bundle (ADR 122)

export const startApplicationRequest = /* @__PURE__ */ z.strictObject({
  email: /* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254)),
  roundId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(40)),
  leadMunicipality: municipalityNumberSchema,
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['nb', 'nn', 'en'])),
});

/** POST /applications/{id}/prefill: the same owner's earlier application, and the draft's version (ADR 100). */
export const prefillDraftRequest = /* @__PURE__ */ z.strictObject({
  from: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.length(26), /* @__PURE__ */ z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)),
  version: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
});

export const createSessionRequest = /* @__PURE__ */ z.strictObject({
  token: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(4096)),
});

/**
 * PUT /applications/{id}/draft replaces the draft whole, on condition of the version the
 * client edited (ADR 062: not a JSON merge patch).
 */
export const updateDraftRequest = /* @__PURE__ */ z.strictObject({
  /** The version the client edited; a mismatch is a VERSION_CONFLICT with the current draft. */
  version: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(INT32_MAX)),
  draft: applicationDraftSchema,
});

export const createUploadRequest = /* @__PURE__ */ z.strictObject({
  fileName: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  /** The file's MIME type; the service checks it against the allow-list and names what is allowed. */
  contentType: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(255)),
  size: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(INT32_MAX)),
  kind: /* @__PURE__ */ z.enum(ATTACHMENT_KINDS),
  /** A letter of intent's party: a municipality or a partner of the application (ADR 098). */
  party: /* @__PURE__ */ z.optional(attachmentPartySchema),
});

/**
 * PUT /applications/{id}/attachments/{attachmentId}: an attachment's kind and party, whole (a
 * party left out unties the letter); the file itself never changes (ADR 098).
 */
export const updateAttachmentRequest = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(ATTACHMENT_KINDS),
  party: /* @__PURE__ */ z.optional(attachmentPartySchema),
});
