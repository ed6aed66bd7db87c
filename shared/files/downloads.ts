import * as errors from '../errors.ts';
import { getApplication, type ApplicationRecord } from '../storage/applications.ts';
import { getAttachment, servedObject, sortedByCreation } from '../storage/attachments.ts';
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
      ...(attachment.party ? { party: attachment.party } : {}),
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

/**
 * A presigned GET valid for two minutes, as `{ url, expiresAt }` rather than a redirect: the
 * web calls this with its bearer token and then opens the URL. It serves the attachment's
 * frozen copy (ADR 060): once submitted, the one the submission's manifest names (key and
 * version) — nothing outside the manifest is part of the submission; in a draft, the one its
 * ACCEPTED record names. A PENDING attachment has not been verified yet, a REJECTED one has no
 * file: both ATTACHMENT_NOT_FOUND with the attachment's `status`, so the web can say which.
 */
export async function attachmentDownload(applicationId: string, attachmentId: string) {
  const [application, record] = await Promise.all([
    getApplication(applicationId),
    getAttachment(applicationId, attachmentId),
  ]);
  if (!application) throw errors.notFound();
  const attachment = application.submittedAttachments
    ? application.submittedAttachments.find((entry) => entry.attachmentId === attachmentId)
    : record;
  if (!attachment) throw errors.attachmentNotFound();
  const object = servedObject(attachment);
  if (!object) throw errors.attachmentNotFound(record ? { status: record.status } : undefined);
  return presignDownload({ ...object, fileName: attachment.fileName, contentType: attachment.contentType });
}
