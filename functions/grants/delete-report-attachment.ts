import { deleteReportAttachment } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { DeleteReportAttachment } from './declarations.ts';

/** DELETE /applications/{applicationId}/grant/report/attachments/{attachmentId} — while the report takes changes. */
export const handler = httpHandler(DeleteReportAttachment)(async ({ applicant, params }) => {
  await deleteReportAttachment(applicant, params.attachmentId);
  return { status: 204 };
});
