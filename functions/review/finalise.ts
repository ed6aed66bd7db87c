import { finaliseSchema } from '../../shared/domain/review.ts';
import { finalise } from '../../shared/review/stages.ts';
import { httpHandler } from '../http.ts';

/**
 * POST /review/finalise — the chair finalises the committee's stage: one decision, recorded
 * once (a second finalisation answers 409 STAGE_FINALISED), then each application's execution
 * resumes with its share.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { version } = request.body(finaliseSchema);
  const result = await finalise({
    round: reviewer.round,
    committee: reviewer.committee,
    memberId: reviewer.member.id,
    actor: reviewer.actor,
    version,
  });
  return { status: 200, body: result };
});
