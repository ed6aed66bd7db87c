import { budgetSummary, validateSubmission } from '../domain/application.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { message, type Locale } from '../i18n/index.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import {
  countAcceptedLettersOfIntent,
  countPendingAttachments,
  sortedByCreation,
  type AttachmentRecord,
  type SubmittedAttachment,
} from '../storage/attachments.ts';

/** What an applicant sees of an attachment, or of one in a submission's manifest (never the object key). */
export function attachmentView(attachment: AttachmentRecord | SubmittedAttachment, locale: Locale) {
  if (!('status' in attachment)) {
    const { attachmentId, kind, fileName, contentType, size, createdAt } = attachment;
    return { attachmentId, kind, fileName, contentType, size, status: 'ACCEPTED' as const, createdAt };
  }
  return {
    attachmentId: attachment.attachmentId,
    kind: attachment.kind,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size ?? attachment.declaredSize,
    status: attachment.status,
    ...(attachment.rejectionReason
      ? {
          rejectionReason: attachment.rejectionReason,
          rejectionMessage: message(attachment.rejectionReason, locale),
        }
      : {}),
    createdAt: attachment.createdAt,
  };
}

/**
 * The attachments that are the application's (ADR 060): once submitted, exactly the
 * submission's manifest — a record outside it is not part of the submission; in a draft,
 * every record. Oldest first.
 */
export function listedAttachments(
  application: Pick<ApplicationRecord, 'submittedAttachments'>,
  attachments: readonly AttachmentRecord[],
): (AttachmentRecord | SubmittedAttachment)[] {
  return sortedByCreation<AttachmentRecord | SubmittedAttachment>(
    application.submittedAttachments ?? attachments,
  );
}

export function attachmentViews(
  application: Pick<ApplicationRecord, 'submittedAttachments'>,
  attachments: readonly AttachmentRecord[],
  locale: Locale,
) {
  return listedAttachments(application, attachments).map((attachment) => attachmentView(attachment, locale));
}

/** What an applicant sees of their application, with the rules it does not meet yet. */
export function applicationView(
  application: ApplicationRecord,
  attachments: AttachmentRecord[],
  round: Round,
  locale: Locale,
) {
  const listed = listedAttachments(application, attachments);
  const check = validateSubmission(application.draft, round, {
    letterOfIntentCount: countAcceptedLettersOfIntent(listed),
    pendingAttachmentCount: countPendingAttachments(listed),
  });
  const unmetRules = check.ok
    ? []
    : check.issues.map((issue) => ({
        path: issue.path,
        code: issue.code,
        message: message(issue.code, locale, issue.params),
      }));
  return {
    applicationId: application.applicationId,
    roundId: application.roundId,
    status: application.status,
    stage: application.stage,
    version: application.version,
    draft: application.draft,
    budgetSummary: budgetSummary(application.draft.budget ?? []),
    unmetRules,
    attachments: listed.map((attachment) => attachmentView(attachment, locale)),
    receipt: application.receipt,
    ...(application.stage === 'ANNOUNCED' ? { outcome: outcomeView(application) } : {}),
    updatedAt: application.updatedAt,
  };
}

/** The outcome the applicant sees — only once announced (ANNOUNCED), never before. */
function outcomeView(application: ApplicationRecord) {
  const final = application.finalDecision;
  if (application.outcome === 'AWARDED' && final?.awarded) {
    return { result: 'AWARDED' as const, amounts: final.amounts, total: final.total };
  }
  if (application.outcome === 'DECLINED' && final && !final.awarded) {
    return { result: 'DECLINED' as const, reason: final.reason };
  }
  return { result: 'NOT_QUALIFIED' as const, reason: application.expertDecision?.reason ?? '' };
}
