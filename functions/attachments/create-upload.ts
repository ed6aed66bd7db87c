import { requestUpload } from '../../shared/files/attachments.ts';
import { httpHandler } from '../http/applicant.ts';
import { logger } from '../observability.ts';
import { CreateAttachmentUpload } from './declarations.ts';

/** POST /applications/{applicationId}/attachments — an upload form for one file (shared/files/attachments.ts). */
export const handler = httpHandler(CreateAttachmentUpload)(async ({ applicant, body, locale }) => {
  const created = await requestUpload(applicant.applicationId, body, locale);
  const { attachmentId, contentType, size } = created.attachment;
  logger.info('attachment upload requested', { attachmentId, contentType, declaredSize: size });
  return { status: 201, body: created };
});
