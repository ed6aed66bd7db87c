import { acceptJoinRequest } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { AcceptJoinRequest } from './declarations.ts';

/** POST /applications/{applicationId}/join-requests/{requestId}/accept — the asker is invited. */
export const handler = httpHandler(AcceptJoinRequest)(async ({ applicant, params }) => ({
  status: 201,
  body: await acceptJoinRequest(applicant.applicationId, applicant.actor, params.requestId),
}));
