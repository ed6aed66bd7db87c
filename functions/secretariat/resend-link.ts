import { resendSignInLink } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { ResendSignInLink } from './declarations.ts';

/** POST /staff/applications/{applicationId}/resend-link — a new sign-in link to the owner (audited). */
export const handler = httpHandler(ResendSignInLink)(async ({ params, staff }) => ({
  status: 202,
  body: await resendSignInLink(params.applicationId, staff.actor),
}));
