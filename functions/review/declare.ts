import { errors } from '../../shared/api/errors.ts';
import { declarationSchema } from '../../shared/domain/review.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { declare, type Declaration } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication, requireNotFinalised } from './load.ts';

/**
 * POST /review/applications/{applicationId}/declaration — the member's conflict-of-interest
 * declaration (habilitet), before the assessment form. A declared conflict is final.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const applicationId = request.pathParameter('applicationId');
  const { stage } = await loadOpenStage(reviewer);
  requireNotFinalised(stage);
  await loadStageApplication(reviewer, applicationId);
  const input = request.body(declarationSchema);
  const declaration: Declaration = {
    conflicted: input.conflicted,
    ...(input.conflicted && input.reason ? { reason: input.reason } : {}),
    declaredAt: new Date().toISOString(),
  };
  const { round, committee, member } = reviewer;
  if (!(await declare(round.id, committee, applicationId, member.id, declaration)))
    throw errors.declarationFinal();
  await recordAudit({
    roundId: round.id,
    at: declaration.declaredAt,
    actor: reviewer.actor,
    action: declaration.conflicted ? 'declaration.conflicted' : 'declaration.not-conflicted',
    applicationId,
    committee,
    details: declaration.reason ? { reason: declaration.reason } : undefined,
  });
  return { status: 200, body: { declaration } };
});
