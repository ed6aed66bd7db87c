import { ApiError, errors } from '../../shared/api/errors.ts';
import { presignDownload } from '../../shared/files/s3.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { getAttachment, servedObject } from '../../shared/storage/attachments.ts';
import { httpHandler } from '../http.ts';

const attachmentNotFound = (details?: Record<string, unknown>) =>
  new ApiError(404, 'ATTACHMENT_NOT_FOUND', undefined, details);

/**
 * GET /applications/{applicationId}/attachments/{attachmentId}/download — a presigned GET
 * valid for two minutes, as JSON `{ url, expiresAt }` rather than a redirect: the web calls
 * this with its bearer token and then opens the URL.
 *
 * It serves the attachment's frozen copy (ADR 060): once submitted, the one the submission's
 * manifest names (key and version) — nothing outside the manifest is part of the submission;
 * in a draft, the one its ACCEPTED record names. A PENDING attachment has not been verified
 * yet, a REJECTED one has no file: both answer 404 ATTACHMENT_NOT_FOUND with the attachment's
 * `status`, so the web can say which.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const attachmentId = request.pathParameter('attachmentId');

  const [application, record] = await Promise.all([
    getApplication(applicationId),
    getAttachment(applicationId, attachmentId),
  ]);
  if (!application) throw errors.notFound();
  const attachment = application.submittedAttachments
    ? application.submittedAttachments.find((entry) => entry.attachmentId === attachmentId)
    : record;
  if (!attachment) throw attachmentNotFound();
  const object = servedObject(attachment);
  if (!object) throw attachmentNotFound({ status: record?.status });

  const download = await presignDownload({
    ...object,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
  });
  return { status: 200, body: download };
});
