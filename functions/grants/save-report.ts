import { saveReport, withMessages } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { SaveReport } from './declarations.ts';

/** PUT /applications/{applicationId}/grant/report — the draft replaced whole, on its version. */
export const handler = httpHandler(SaveReport)(async ({ applicant, body, locale }) => ({
  status: 200,
  body: withMessages(await saveReport(applicant, body), locale),
}));
