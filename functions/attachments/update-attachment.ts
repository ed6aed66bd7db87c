import { changeAttachment } from '../../shared/files/attachments.ts';
import { httpHandler } from '../http/applicant.ts';
import { logger } from '../observability.ts';
import { UpdateAttachment } from './declarations.ts';

/** PUT /applications/{applicationId}/attachments/{attachmentId} — kind and party, in a draft (ADR 098). */
export const handler = httpHandler(UpdateAttachment)(async ({ applicant, params, body, locale }) => {
  const changed = await changeAttachment(applicant.applicationId, params.attachmentId, body, locale);
  logger.info('attachment changed', { attachmentId: params.attachmentId, kind: body.kind });
  return { status: 200, body: changed };
});
