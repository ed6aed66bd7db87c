import { errors } from '../../shared/api/errors.ts';
import { expertAssessmentSchema, geographicCommentSchema } from '../../shared/domain/review.ts';
import { applicationCounties } from '../../shared/review/stages.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { getMemberReview, saveMemberInput } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication, requireNotFinalised } from './load.ts';

/**
 * POST /review/applications/{applicationId}/assessment — an expert member's assessment
 * (three scored criteria and a recommendation), or a county adviser's comment (geographic).
 * Only after declaring no conflict of interest; replaces the member's earlier one.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { round, committee, member } = reviewer;
  if (committee === 'final') throw errors.wrongCommittee();
  const applicationId = request.pathParameter('applicationId');
  const now = new Date().toISOString();
  const { stage } = await loadOpenStage(reviewer);
  requireNotFinalised(stage);
  const application = await loadStageApplication(reviewer, applicationId);
  const assessment =
    committee === 'expert' ? { ...request.body(expertAssessmentSchema), updatedAt: now } : undefined;
  const input = assessment
    ? { assessment }
    : { comment: { text: request.body(geographicCommentSchema).comment, updatedAt: now } };
  if (committee === 'geographic' && reviewer.role !== 'chair') {
    const mine = new Set(member.counties ?? []);
    if (!applicationCounties(round, application).some((county) => mine.has(county)))
      throw errors.countyNotYours();
  }
  if (!(await saveMemberInput(round.id, committee, applicationId, member.id, input))) {
    const review = await getMemberReview(round.id, committee, applicationId, member.id);
    throw review?.declaration?.conflicted ? errors.conflicted() : errors.declarationRequired();
  }
  await recordAudit({
    roundId: round.id,
    at: now,
    actor: reviewer.actor,
    action: committee === 'expert' ? 'assessment.saved' : 'comment.saved',
    applicationId,
    committee,
    details: assessment ? { recommendation: assessment.recommendation } : undefined,
  });
  return { status: 200, body: { mine: assessment ?? input.comment } };
});
