import { errors } from '../../shared/api/errors.ts';
import { expertOutcomeSchema, finalOutcomeSchema } from '../../shared/domain/review.ts';
import { setOutcome } from '../../shared/review/actions.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication } from './load.ts';

/**
 * POST /review/applications/{applicationId}/outcome — the chair sets the committee's outcome
 * for one application until the stage is finalised: expert `{ qualified, reason }`; final an
 * award per school year (≤ requested) or a reasoned rejection. The deputy chair acts where the
 * chair declared a conflict.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  if (reviewer.committee === 'geographic') throw errors.wrongCommittee();
  const applicationId = request.pathParameter('applicationId');
  await loadOpenStage(reviewer);
  const { application } = await loadStageApplication(reviewer, applicationId);
  const body =
    reviewer.committee === 'expert' ? request.body(expertOutcomeSchema) : request.body(finalOutcomeSchema);
  return { status: 200, body: await setOutcome(reviewer, application, body) };
});
