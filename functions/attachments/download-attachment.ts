import { ApiError } from '../../shared/api/errors.ts';
import { presignDownload } from '../../shared/files/s3.ts';
import { getAttachment } from '../../shared/storage/attachments.ts';
import { httpHandler } from '../http.ts';

const attachmentNotFound = (details?: Record<string, unknown>) =>
  new ApiError(404, 'ATTACHMENT_NOT_FOUND', undefined, details);

/**
 * GET /applications/{applicationId}/attachments/{attachmentId}/download — a presigned GET
 * valid for two minutes, as JSON `{ url, expiresAt }` rather than a redirect: the web calls
 * this with its bearer token and then opens the URL.
 *
 * Only an ACCEPTED attachment has a file to give: a PENDING one has not been verified yet
 * (its bytes may be anything, or not there), a REJECTED one's file was deleted. Both answer
 * 404 ATTACHMENT_NOT_FOUND with the attachment's `status`, so the web can say which.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const attachmentId = request.pathParameter('attachmentId');

  const attachment = await getAttachment(applicationId, attachmentId);
  if (!attachment) throw attachmentNotFound();
  if (attachment.status !== 'ACCEPTED') throw attachmentNotFound({ status: attachment.status });

  const download = await presignDownload(attachment.objectKey, attachment.fileName, attachment.contentType);
  return { status: 200, body: download };
});
