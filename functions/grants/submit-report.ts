import { submitReport, withMessages } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { SubmitReport } from './declarations.ts';

/** POST /applications/{applicationId}/grant/report/submit — the report submitted. */
export const handler = httpHandler(SubmitReport)(async ({ applicant, body, locale }) => ({
  status: 200,
  body: withMessages(await submitReport(applicant, body), locale),
}));
