/**
 * GET /applications/{applicationId}/data — everything the portal stores about one application,
 * for its applicant (ADR 089, GDPR art. 15 and 20): the application item's own fields, the
 * attachments' records, the mails sent about it, the outcome once announced, and how long it
 * is kept. Nothing of the committees (assessments, conflicts, discussion, internal reasons),
 * nothing of any other applicant, no internal keys or tokens.
 */
import * as z from 'zod';
import { applicationDraftSchema } from '../domain/application.ts';
import { ATTACHMENT_KINDS, ATTACHMENT_STATUSES } from '../domain/attachments.ts';
import { APPLICATION_STATUSES } from '../domain/stages.ts';
import { applicationView, receiptBody } from './schemas.ts';

const storedAttachment = z.object({
  attachmentId: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  declaredSize: z.number(),
  size: z.number().optional(),
  status: z.enum(ATTACHMENT_STATUSES),
  rejectionReason: z.string().optional(),
  /** Hex SHA-256 of the stored file. */
  sha256: z.string().optional(),
  createdAt: z.iso.datetime(),
  verifiedAt: z.iso.datetime().optional(),
  scannedAt: z.iso.datetime().optional(),
  /** A report's attachment (ADR 112): the school year of its report. */
  schoolYear: z.string().optional(),
});

export const ownDataResponse = z.object({
  exportedAt: z.iso.datetime(),
  application: z.object({
    applicationId: z.string(),
    roundId: z.string(),
    /** The address that signed in (the owner). */
    ownerEmail: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    locale: z.string(),
    version: z.int(),
    draft: applicationDraftSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().optional(),
    receipt: receiptBody.optional(),
  }),
  /** Every attachment record of the draft. */
  attachments: z.array(storedAttachment),
  /** What was submitted (the manifest), once submitted. */
  submittedAttachments: z
    .array(
      z.object({
        attachmentId: z.string(),
        kind: z.enum(ATTACHMENT_KINDS),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number(),
        sha256: z.string(),
        createdAt: z.iso.datetime(),
      }),
    )
    .optional(),
  /** The mails the portal sent about the application, and to whom. */
  mails: z.object({
    receiptMailedTo: z.array(z.string()).optional(),
    receiptMailedAt: z.iso.datetime().optional(),
    outcomeMailedAt: z.iso.datetime().optional(),
  }),
  /** After the announcement only, as the applicant's view shows it. */
  outcome: applicationView.shape.outcome,
  /** The co-editors the owner invited, and the requests to join not answered yet (ADR 096, 097). */
  coeditors: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      invitedAt: z.iso.datetime(),
      joinedAt: z.iso.datetime().optional(),
    }),
  ),
  joinRequests: z.array(
    z.object({
      name: z.string(),
      email: z.string(),
      municipality: z.string(),
      requestedAt: z.iso.datetime(),
    }),
  ),
  /** Who changed which sections of the draft when (the last writes, ADR 096). */
  changes: z.array(z.object({ at: z.iso.datetime(), name: z.string(), sections: z.array(z.string()) })),
  /** How long the application is kept (the round's configuration). */
  retention: z.object({
    draftDaysAfterClose: z.int(),
    unsuccessfulMonthsAfterAnnouncement: z.int(),
    awardedYearsAfterAnnouncement: z.int(),
  }),
});
