import { ApiError, errors } from '../../shared/api/errors.ts';
import { deleteObject } from '../../shared/files/s3.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import {
  deleteAttachmentRecord,
  getAttachment,
  releaseAttachmentSlot,
} from '../../shared/storage/attachments.ts';
import { httpHandler } from '../http.ts';
import { logger } from '../observability.ts';

const attachmentNotFound = () => new ApiError(404, 'ATTACHMENT_NOT_FOUND');

/**
 * DELETE /applications/{applicationId}/attachments/{attachmentId} — only while the
 * application is a draft. The object goes first, then the record: if the second step fails,
 * the attachment is still listed and deleting it again finishes the job (deleting a missing
 * object is no error). The slot is given back unless the verification already gave it back
 * when it rejected the file — decided on the record as it was deleted, so a verdict landing
 * in between cannot release it twice.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const attachmentId = request.pathParameter('attachmentId');

  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });

  const attachment = await getAttachment(applicationId, attachmentId);
  if (!attachment) throw attachmentNotFound();

  await deleteObject(attachment.objectKey);
  const deleted = await deleteAttachmentRecord(applicationId, attachmentId);
  if (deleted && deleted.status !== 'REJECTED') await releaseAttachmentSlot(applicationId);
  logger.info('attachment deleted', { attachmentId, status: deleted?.status ?? 'already gone' });
  return { status: 204 };
});
