import { grantView } from '../../shared/grants/reports.ts';
import { httpHandler } from '../http/applicant.ts';
import { GetGrant } from './declarations.ts';

/** GET /applications/{applicationId}/grant — the award as its applicant sees it. */
export const handler = httpHandler(GetGrant)(async ({ applicant }) => ({
  status: 200,
  body: await grantView(applicant.applicationId),
}));
