import { applicationView } from '../../shared/api/views.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { httpHandler } from '../http.ts';
import { loadApplication } from './load.ts';

/**
 * GET /applications/{applicationId} — the draft (or submission), attachments and unmet rules;
 * the stage as the applicant may see it, with the announcement date as it holds now.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const { application, attachments, round } = await loadApplication(applicationId);
  const dates = await roundDates(round);
  return { status: 200, body: applicationView(application, attachments, round, dates, request.locale) };
});
