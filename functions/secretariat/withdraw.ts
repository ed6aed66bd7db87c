import { withdrawOnRequest } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { logger } from '../observability.ts';
import { WithdrawOnRequest } from './declarations.ts';

/** POST /staff/applications/{applicationId}/withdraw — on the applicant's written request (audited). */
export const handler = httpHandler(WithdrawOnRequest)(async ({ params, body, staff }) => {
  const { withdrawn, mailDeferred } = await withdrawOnRequest(params.applicationId, body.reason, staff.actor);
  if (mailDeferred) logger.warn('withdrawal mail deferred to the outbox sweep', { error: mailDeferred });
  return { status: 200, body: withdrawn };
});
