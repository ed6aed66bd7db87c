import { staffReportAttachmentDownload } from '../../shared/grants/report-attachments.ts';
import { httpHandler } from '../http/staff.ts';
import { DownloadStaffReportAttachment } from './declarations.ts';

/** GET /staff/applications/{applicationId}/grant/report/attachments/{attachmentId}/download — for review. */
export const handler = httpHandler(DownloadStaffReportAttachment)(async ({ staff, params }) => ({
  status: 200,
  body: await staffReportAttachmentDownload(params.applicationId, params.attachmentId, staff),
}));
