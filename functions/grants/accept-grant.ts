import { answerGrant } from '../../shared/grants/acceptance.ts';
import { httpHandler } from '../http/applicant.ts';
import { AcceptGrant } from './declarations.ts';

/** POST /applications/{applicationId}/grant/accept — the award and its conditions accepted. */
export const handler = httpHandler(AcceptGrant)(async ({ applicant }) => ({
  status: 200,
  body: await answerGrant(applicant, 'ACCEPTED'),
}));
