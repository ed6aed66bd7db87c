import { assertOwner } from '../../shared/submission/coeditors.ts';
import { withdrawApplication } from '../../shared/submission/withdraw.ts';
import { httpHandler } from '../http/applicant.ts';
import { logger } from '../observability.ts';
import { WithdrawApplication } from './declarations.ts';

/** POST /applications/{applicationId}/withdraw — until the period ends; stops a submitted one's execution. */
export const handler = httpHandler(WithdrawApplication)(async ({ applicant }) => {
  assertOwner(applicant.actor); // a co-editor may not withdraw (ADR 096)
  const { previousStatus, mailDeferred, ...withdrawn } = await withdrawApplication(applicant.applicationId);
  if (previousStatus) logger.info('application withdrawn', { previousStatus });
  if (mailDeferred) logger.warn('withdrawal mail deferred to the outbox sweep', { error: mailDeferred });
  return { status: 200, body: withdrawn };
});
