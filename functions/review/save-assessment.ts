import { errors } from '../../shared/api/errors.ts';
import { expertAssessmentSchema, geographicCommentSchema } from '../../shared/domain/review.ts';
import { saveMemberWork } from '../../shared/review/actions.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication } from './load.ts';

/**
 * POST /review/applications/{applicationId}/assessment — an expert member's assessment
 * (three scored criteria and a recommendation), or a county adviser's comment (geographic).
 * Only after declaring no conflict of interest; replaces the member's earlier one.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  if (reviewer.committee === 'final') throw errors.wrongCommittee();
  const applicationId = request.pathParameter('applicationId');
  await loadOpenStage(reviewer);
  const { application } = await loadStageApplication(reviewer, applicationId);
  const input =
    reviewer.committee === 'expert'
      ? { assessment: request.body(expertAssessmentSchema) }
      : { comment: request.body(geographicCommentSchema).comment };
  const mine = await saveMemberWork(reviewer, application, input);
  return { status: 200, body: { mine } };
});
