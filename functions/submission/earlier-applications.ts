import { listEarlierApplications } from '../../shared/submission/earlier.ts';
import { httpHandler } from '../http/applicant.ts';
import { EarlierApplications } from './declarations.ts';

/** GET /applications/{applicationId}/earlier — the owner's applications in other rounds (ADR 100). */
export const handler = httpHandler(EarlierApplications)(async ({ applicant }) => ({
  status: 200,
  body: await listEarlierApplications(applicant.applicationId, applicant.actor),
}));
