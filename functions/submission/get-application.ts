import { applicationView } from '../../shared/api/views.ts';
import { httpHandler } from '../http.ts';
import { loadApplication } from './load.ts';

/** GET /applications/{applicationId} — the draft (or submission), attachments and unmet rules. */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const { application, attachments, round } = await loadApplication(applicationId);
  return { status: 200, body: applicationView(application, attachments, round, request.locale) };
});
