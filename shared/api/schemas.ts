import * as z from 'zod';
import { publicRound } from './public-round.ts';
import { applicationDraftSchema } from '../domain/application.ts';
import { APPLICATION_PERIOD_STATES } from '../domain/time.ts';
import { ATTACHMENT_KINDS, ATTACHMENT_STATUSES } from '../domain/attachments.ts';
import { APPLICANT_STAGES, APPLICATION_OUTCOMES, APPLICATION_STATUSES } from '../domain/stages.ts';
import type { ErrorCode } from '../errors.ts';

/**
 * The API's response bodies (the request bodies are in requests.ts): the OpenAPI document
 * (GET /openapi.json) is generated from them, the contract tests check every answer against
 * it, and the handlers' answers are typed by them (shared/api/responses.ts names them).
 */

// --- responses (for the OpenAPI document, the contract tests and the web client) ------------
// Output schemas: their JSON Schema forbids properties they do not name, so an answer that
// carries more than the document says fails the contract tests (test/support/openapi.ts).

const fieldIssue = z.object({ path: z.string(), code: z.string(), message: z.string() });

/** Every error answer: a stable code, a message in the caller's language, field issues. */
export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  fields: z.array(fieldIssue).optional(),
});

/** A budget's use per calendar year and in total (the final committee's meter). */
export const budgetUseView = z.object({
  perYear: z.array(z.object({ year: z.string(), budget: z.int(), awarded: z.int(), remaining: z.int() })),
  total: z.object({ budget: z.int(), awarded: z.int(), remaining: z.int() }),
  overBudget: z.boolean(),
});

export const applicationStatus = z.enum(APPLICATION_STATUSES);

/**
 * The properties an error code carries besides `code` and `message` (`DomainError`'s `fields`
 * and `details`). A code not named here carries nothing else.
 */
export const errorDetails: Partial<Record<ErrorCode, z.ZodRawShape>> = {
  VALIDATION_FAILED: { fields: z.array(fieldIssue) },
  /** A draft edit or submit on an old version (with the current draft), or a stage's version. */
  VERSION_CONFLICT: {
    currentVersion: z.int().optional(),
    current: z.optional(applicationDraftSchema),
    updatedAt: z.iso.datetime().optional(),
    /** Who saved the current version, when, and which sections (ADR 096). */
    lastChange: z
      .object({ name: z.string(), at: z.iso.datetime(), sections: z.array(z.string()) })
      .optional(),
  },
  READ_ONLY: { status: applicationStatus.optional() },
  STAGE_FINALISED: { finalisedAt: z.iso.datetime().optional(), finalisedBy: z.string().optional() },
  /** The applications that hold the finalisation up. */
  STAGE_INCOMPLETE: { missing: z.array(z.string()) },
  OVER_BUDGET: { budget: budgetUseView },
  /** A PENDING attachment has not been verified yet; a REJECTED one's file is gone. */
  ATTACHMENT_NOT_FOUND: { status: z.enum(['PENDING', 'REJECTED']).optional() },
};

/** The error body of one code, exactly. */
export const errorBodyOf = (code: ErrorCode) =>
  z.object({ code: z.literal(code), message: z.string(), ...errorDetails[code] });

/** GET /rounds's round (its own module: ListRounds parses with it). */
export { publicRound };

export const roundsResponse = z.object({ rounds: z.array(publicRound) });

export const sessionResponse = z.object({
  accessToken: z.string(),
  applicationId: z.string(),
  expiresAt: z.iso.datetime(),
});

export const receiptBody = z.object({ number: z.string(), submittedAt: z.iso.datetime() });

/** Whose commitment a letter of intent documents (ADR 098). */
export const attachmentParty = z.union([
  z.object({ municipality: z.string() }),
  z.object({ partner: z.string() }),
]);

export const attachmentView = z.object({
  attachmentId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  party: attachmentParty.optional(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().optional(),
  status: z.enum(ATTACHMENT_STATUSES),
  rejectionReason: z.string().optional(),
  rejectionMessage: z.string().optional(),
  createdAt: z.iso.datetime(),
});

const budgetFigures = z.object({
  costs: z.number(),
  ownContribution: z.number(),
  otherFunding: z.number(),
  requested: z.number(),
});
export const budgetSummaryView = z.object({
  perSchoolYear: z.array(budgetFigures.extend({ schoolYear: z.string() })),
  total: budgetFigures,
});

export const applicationView = z.object({
  applicationId: z.string(),
  roundId: z.string(),
  status: applicationStatus,
  stage: z.enum(APPLICANT_STAGES),
  /** The round's announcement date as it holds now (an administrator may move it). */
  announcementDate: z.iso.datetime(),
  /**
   * The application period as it holds now (ADR 061): after the effective close a draft is
   * read-only — no saves, uploads or deletes — and can no longer be submitted.
   */
  applicationPeriod: z.object({
    opens: z.iso.datetime(),
    closes: z.iso.datetime(),
    state: z.enum(APPLICATION_PERIOD_STATES),
  }),
  version: z.int(),
  draft: applicationDraftSchema,
  budgetSummary: budgetSummaryView,
  /** Every submission rule the draft does not meet yet (empty when it can be submitted). */
  unmetRules: z.array(fieldIssue),
  attachments: z.array(attachmentView),
  receipt: receiptBody.optional(),
  /** After the announcement only (stage ANNOUNCED). */
  outcome: z
    .object({
      result: z.enum(APPLICATION_OUTCOMES),
      amounts: z.record(z.string(), z.number()).optional(),
      total: z.number().optional(),
      reason: z.string().optional(),
    })
    .optional(),
  /** The applicant's own last change (saved, submitted, withdrawn) — never a committee's. */
  updatedAt: z.iso.datetime(),
  /**
   * What the caller is (ADR 096): both edit and submit; only the owner withdraws, invites and
   * downloads the application's data, so the page offers those to the owner alone.
   */
  role: z.enum(['owner', 'coeditor']),
});

export const uploadResponse = z.object({
  attachment: attachmentView,
  upload: z.object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: z.iso.datetime(),
  }),
});

export const draftSaved = z.object({ version: z.int(), updatedAt: z.iso.datetime() });

export const submitResponse = z.object({
  applicationId: z.string(),
  status: z.literal('SUBMITTED'),
  receipt: receiptBody,
});

export const withdrawResponse = z.object({
  applicationId: z.string(),
  status: z.literal('WITHDRAWN'),
  withdrawnAt: z.iso.datetime(),
});

export const downloadResponse = z.object({ url: z.string(), expiresAt: z.iso.datetime() });

/**
 * The round's applications that already name the municipality asked for (ADR 097) — the same
 * for every address: the owner's name as they typed it and the lead municipality, no address.
 */
export const existingApplication = z.object({
  applicationId: z.string(),
  status: z.enum(['DRAFT', 'SUBMITTED']),
  leadMunicipality: z.string().optional(),
  ownerName: z.string().optional(),
});

export const startResponse = z.object({
  status: z.literal('sent'),
  existing: z.array(existingApplication).optional(),
});
