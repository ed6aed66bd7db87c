import { declineJoinRequest } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { DeclineJoinRequest } from './declarations.ts';

/** DELETE /applications/{applicationId}/join-requests/{requestId} — declined. */
export const handler = httpHandler(DeclineJoinRequest)(async ({ applicant, params }) => {
  await declineJoinRequest(applicant.applicationId, applicant.actor, params.requestId);
  return { status: 204 };
});
