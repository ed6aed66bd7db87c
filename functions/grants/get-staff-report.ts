import { withMessages } from '../../shared/grants/reports.ts';
import { staffReport } from '../../shared/grants/staff.ts';
import { httpHandler } from '../http/staff.ts';
import { GetStaffReport } from './declarations.ts';

/** GET /staff/applications/{applicationId}/grant/report?schoolYear= — a report, for review. */
export const handler = httpHandler(GetStaffReport)(async ({ params, query, locale }) => ({
  status: 200,
  body: withMessages(await staffReport(params.applicationId, query.schoolYear), locale),
}));
