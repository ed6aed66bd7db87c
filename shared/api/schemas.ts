import * as z from 'zod';
import { applicationDraftSchema } from '../domain/application.ts';
import { ATTACHMENT_CONTENT_TYPES } from '../files/attachment-types.ts';
import { ATTACHMENT_KINDS } from '../storage/attachments.ts';

/**
 * The API's request and response bodies. Handlers validate with the request schemas; the
 * OpenAPI document (GET /openapi.json) is generated from all of them. Request bodies are
 * strict at every depth: a key a schema does not name is refused with its path (400
 * VALIDATION_FAILED, FIELD_UNKNOWN), never dropped (ADR 062).
 */
export const startApplicationRequest = z.strictObject({
  email: z.email().max(254),
  roundId: z.string().min(1).max(40),
  leadMunicipality: z.string().regex(/^\d{4}$/),
  locale: z.enum(['nb', 'nn', 'en']).optional(),
});

export const createSessionRequest = z.strictObject({ token: z.string().min(1).max(4096) });

/**
 * PUT /applications/{id}/draft replaces the draft whole, on condition of the version the
 * client edited (ADR 062: not a JSON merge patch).
 */
export const updateDraftRequest = z.strictObject({
  /** The version the client edited; a mismatch answers 409 with the current draft. */
  version: z.int().min(1),
  draft: applicationDraftSchema,
});

export const createUploadRequest = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentType: z.enum(ATTACHMENT_CONTENT_TYPES),
  size: z.int().min(1),
  kind: z.enum(ATTACHMENT_KINDS),
});

// --- responses (for the OpenAPI document and the web client) -------------------------------

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});

export const sessionResponse = z.object({
  accessToken: z.string(),
  applicationId: z.string(),
  expiresAt: z.iso.datetime(),
});

export const receiptBody = z.object({ number: z.string(), submittedAt: z.iso.datetime() });

export const attachmentView = z.object({
  attachmentId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().optional(),
  status: z.enum(['PENDING', 'ACCEPTED', 'REJECTED']),
  rejectionReason: z.string().optional(),
  rejectionMessage: z.string().optional(),
  createdAt: z.iso.datetime(),
});

export const applicationView = z.object({
  applicationId: z.string(),
  roundId: z.string(),
  status: z.enum(['DRAFT', 'SUBMITTED', 'WITHDRAWN']),
  stage: z.string().optional(),
  version: z.int(),
  draft: applicationDraftSchema,
  budgetSummary: z.unknown(),
  /** Every submission rule the draft does not meet yet (empty when it can be submitted). */
  unmetRules: errorBody.shape.fields.unwrap(),
  attachments: z.array(attachmentView),
  receipt: receiptBody.optional(),
  /** After the announcement only (stage ANNOUNCED). */
  outcome: z
    .object({
      result: z.enum(['AWARDED', 'DECLINED', 'NOT_QUALIFIED']),
      amounts: z.record(z.string(), z.number()).optional(),
      total: z.number().optional(),
      reason: z.string().optional(),
    })
    .optional(),
  updatedAt: z.iso.datetime(),
});

export const uploadResponse = z.object({
  attachment: attachmentView,
  upload: z.object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: z.iso.datetime(),
  }),
});
