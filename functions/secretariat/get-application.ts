import { applicationDetail } from '../../shared/secretariat/application.ts';
import { httpHandler } from '../http/staff.ts';
import { GetStaffApplication } from './declarations.ts';

/** GET /staff/applications/{applicationId} — one application in full (shared/secretariat/application.ts). */
export const handler = httpHandler(GetStaffApplication)(async ({ params }) => ({
  status: 200,
  body: await applicationDetail(params.applicationId),
}));
