import { applicantView } from '../../shared/submission/drafts.ts';
import { httpHandler } from '../http/applicant.ts';
import { GetApplication } from './declarations.ts';

/** GET /applications/{applicationId} — the application as its applicant sees it. */
export const handler = httpHandler(GetApplication)(async ({ applicant, locale }) => ({
  status: 200,
  body: await applicantView(applicant.applicationId, locale, applicant.actor),
}));
