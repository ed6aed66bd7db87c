import { uploadReportAttachment } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { CreateReportAttachmentUpload } from './declarations.ts';

/** POST /applications/{applicationId}/grant/report/attachments — an upload form for one file of a report. */
export const handler = httpHandler(CreateReportAttachmentUpload)(async ({ applicant, body, locale }) => ({
  status: 201,
  body: await uploadReportAttachment(applicant, body, locale),
}));
