import { getReportFor, withMessages } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { GetReport } from './declarations.ts';

/** GET /applications/{applicationId}/grant/report?schoolYear= — the report on a school year. */
export const handler = httpHandler(GetReport)(async ({ applicant, query, locale }) => ({
  status: 200,
  body: withMessages(await getReportFor(applicant.applicationId, query.schoolYear), locale),
}));
