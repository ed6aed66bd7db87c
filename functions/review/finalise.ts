import { finalise } from '../../shared/review/stages.ts';
import { httpHandler } from '../http/reviewer.ts';
import { logger } from '../observability.ts';
import { FinaliseStage } from './declarations.ts';

/**
 * POST /review/finalise — the chair finalises the committee's stage: one decision, recorded
 * once (a second finalisation answers 409 STAGE_FINALISED), then each application's execution
 * resumes with its share.
 */
export const handler = httpHandler(FinaliseStage)(async ({ reviewer, body }) => {
  const result = await finalise({
    round: reviewer.round,
    committee: reviewer.committee,
    memberId: reviewer.member.id,
    actor: reviewer.actor,
    version: body.version,
  });
  if (result.pending > 0) {
    logger.warn('decision recorded; some shares not delivered yet (the executions pick them up)', {
      pending: result.pending,
    });
  }
  return { status: 200, body: result };
});
