import { downloadReportAttachment } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { DownloadReportAttachment } from './declarations.ts';

/** GET /applications/{applicationId}/grant/report/attachments/{attachmentId}/download — a two-minute link. */
export const handler = httpHandler(DownloadReportAttachment)(async ({ applicant, params }) => ({
  status: 200,
  body: await downloadReportAttachment(applicant, params.attachmentId),
}));
