import { attachmentDownload } from '../../shared/files/downloads.ts';
import { httpHandler } from '../http/applicant.ts';
import { DownloadAttachment } from './declarations.ts';

/** GET /applications/{applicationId}/attachments/{attachmentId}/download — a two-minute link to the frozen copy. */
export const handler = httpHandler(DownloadAttachment)(async ({ applicant, params }) => ({
  status: 200,
  body: await attachmentDownload(applicant.applicationId, params.attachmentId),
}));
