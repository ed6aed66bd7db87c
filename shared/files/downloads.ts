import type { ApplicationRecord } from '../storage/applications.ts';
import { sortedByCreation } from '../storage/attachments.ts';
import { presignDownload } from './s3.ts';

/**
 * What the committees open of an application's attachments (ADR 060): exactly the submission's
 * manifest — nothing added, judged or replaced since — each with a presigned GET of its frozen
 * copy and version, oldest first.
 */
export function submittedAttachmentDownloads(
  application: Pick<ApplicationRecord, 'submittedAttachments'>,
  expiresSeconds: number,
) {
  return Promise.all(
    sortedByCreation(application.submittedAttachments ?? []).map(async (attachment) => ({
      attachmentId: attachment.attachmentId,
      kind: attachment.kind,
      fileName: attachment.fileName,
      contentType: attachment.contentType,
      size: attachment.size,
      ...(await presignDownload(
        {
          key: attachment.key,
          ...(attachment.versionId ? { versionId: attachment.versionId } : {}),
          fileName: attachment.fileName,
          contentType: attachment.contentType,
        },
        expiresSeconds,
      )),
    })),
  );
}
