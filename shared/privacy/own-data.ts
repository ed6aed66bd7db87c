/**
 * The applicant's own data (ADR 089): everything stored about their application, as
 * `ownDataResponse` (shared/api/privacy-responses.ts) describes it — read with one Query of the
 * application's partition (access pattern 2). The fields are picked one by one, so a field
 * added to the item later is not exported until it is named here: committee data, workflow
 * tokens and storage keys never are.
 */
import type * as z from 'zod';
import type { ownDataResponse } from '../api/privacy-responses.ts';
import { applicantOutcome } from '../api/views.ts';
import { coeditingData } from '../submission/coeditors.ts';
import { loadApplication } from '../submission/load.ts';
import { retentionOf } from '../domain/rounds/schema.ts';
import * as clock from '../clock.ts';

type OwnData = z.output<typeof ownDataResponse>;

/** Keeps the defined values only (the schema's optional fields are absent, not undefined). */
const defined = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export async function ownData(applicationId: string): Promise<OwnData> {
  // One read of the application's partition; the outcome as its view shows it (read from the
  // same item: neither the view's unmet rules nor the round's dates are part of the own data).
  const { application, attachments, round } = await loadApplication(applicationId);
  const outcome = applicantOutcome(application);
  return defined({
    exportedAt: clock.now().toISOString(),
    application: defined({
      applicationId: application.applicationId,
      roundId: application.roundId,
      ownerEmail: application.ownerEmail,
      status: application.status,
      locale: application.locale,
      version: application.version,
      draft: application.draft,
      createdAt: application.createdAt,
      updatedAt: application.updatedAt,
      withdrawnAt: application.withdrawnAt,
      receipt: application.receipt,
    }),
    attachments: attachments.map((attachment) =>
      defined({
        attachmentId: attachment.attachmentId,
        kind: attachment.kind,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        declaredSize: attachment.declaredSize,
        size: attachment.size,
        status: attachment.status,
        rejectionReason: attachment.rejectionReason,
        sha256: attachment.sha256,
        createdAt: attachment.createdAt,
        verifiedAt: attachment.verifiedAt,
        scannedAt: attachment.scannedAt,
        schoolYear: attachment.schoolYear,
      }),
    ),
    submittedAttachments: application.submittedAttachments?.map((entry) => ({
      attachmentId: entry.attachmentId,
      kind: entry.kind,
      fileName: entry.fileName,
      contentType: entry.contentType,
      size: entry.size,
      sha256: entry.sha256,
      createdAt: entry.createdAt,
    })),
    mails: defined({
      receiptMailedTo: application.receiptMailedTo,
      receiptMailedAt: application.receiptMailedAt,
      outcomeMailedAt: application.outcomeMailedAt,
    }),
    outcome,
    ...(await coeditingData(applicationId)),
    changes: (application.changeLog ?? []).map(({ at, name, sections }) => ({ at, name, sections })),
    retention: retentionOf(round),
  });
}
