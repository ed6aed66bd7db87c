import { reviewReport, withMessages } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/staff.ts';
import { ReviewReport } from './declarations.ts';

/** POST /staff/applications/{applicationId}/grant/report/review — approved, or returned with a message. */
export const handler = httpHandler(ReviewReport)(async ({ staff, params, body, locale }) => ({
  status: 200,
  body: withMessages(await reviewReport({ applicationId: params.applicationId, ...body, staff }), locale),
}));
