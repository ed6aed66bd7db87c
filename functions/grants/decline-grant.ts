import { answerGrant } from '../../shared/grants/acceptance.ts';
import { httpHandler } from '../http/applicant.ts';
import { DeclineGrant } from './declarations.ts';

/** POST /applications/{applicationId}/grant/decline — the award declined; its money is freed. */
export const handler = httpHandler(DeclineGrant)(async ({ applicant }) => ({
  status: 200,
  body: await answerGrant(applicant, 'DECLINED'),
}));
