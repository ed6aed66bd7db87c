import { applicantAttachments } from '../../shared/files/attachments.ts';
import { httpHandler } from '../http/applicant.ts';
import { ListAttachments } from './declarations.ts';

/** GET /applications/{applicationId}/attachments — the applicant's attachments, oldest first. */
export const handler = httpHandler(ListAttachments)(async ({ applicant, locale }) => ({
  status: 200,
  body: await applicantAttachments(applicant.applicationId, locale),
}));
