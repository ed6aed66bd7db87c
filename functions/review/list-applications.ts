import { stageApplications } from '../../shared/review/stages.ts';
import { listView } from '../../shared/review/views.ts';
import { listMemberReviews } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage } from './load.ts';

/** GET /review/applications — the committee's list, shaped for the member (docs/review-api.md). */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { stage, deadline } = await loadOpenStage(reviewer);
  const [applications, reviews] = await Promise.all([
    stageApplications(reviewer.round, reviewer.committee),
    listMemberReviews(reviewer.round.id, reviewer.committee),
  ]);
  return { status: 200, body: listView({ reviewer, stage, deadline, applications, reviews }) };
});
