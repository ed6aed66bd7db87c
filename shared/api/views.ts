import { budgetSummary, validateSubmission } from '../domain/application.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { message, type Locale } from '../i18n/index.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import { countAcceptedLettersOfIntent, type AttachmentRecord } from '../storage/attachments.ts';

/** What an applicant sees of an attachment (never the object key). */
export function attachmentView(attachment: AttachmentRecord, locale: Locale) {
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

/** What an applicant sees of their application, with the rules it does not meet yet. */
export function applicationView(
  application: ApplicationRecord,
  attachments: AttachmentRecord[],
  round: Round,
  locale: Locale,
) {
  const check = validateSubmission(application.draft, round, {
    letterOfIntentCount: countAcceptedLettersOfIntent(attachments),
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
    attachments: attachments
      .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((attachment) => attachmentView(attachment, locale)),
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
