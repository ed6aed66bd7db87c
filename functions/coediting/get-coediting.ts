import { coeditingView } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { GetCoediting } from './declarations.ts';

/** GET /applications/{applicationId}/coeditors — co-editors, join requests (owner), last changes. */
export const handler = httpHandler(GetCoediting)(async ({ applicant }) => ({
  status: 200,
  body: await coeditingView(applicant.applicationId, applicant.actor),
}));
