import { removeAttachment } from '../../shared/files/removal.ts';
import { httpHandler } from '../http/applicant.ts';
import { logger } from '../observability.ts';
import { DeleteAttachment } from './declarations.ts';

/** DELETE /applications/{applicationId}/attachments/{attachmentId} — from a draft in an open period. */
export const handler = httpHandler(DeleteAttachment)(async ({ applicant, params }) => {
  const { status } = await removeAttachment(applicant.applicationId, params.attachmentId);
  logger.info('attachment deleted', { attachmentId: params.attachmentId, status });
  return { status: 204 };
});
