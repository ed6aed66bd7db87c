import { declarationSchema } from '../../shared/domain/review.ts';
import { declareOnApplication } from '../../shared/review/actions.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication } from './load.ts';

/**
 * POST /review/applications/{applicationId}/declaration — the member's conflict-of-interest
 * declaration (habilitet), before the assessment form. A declared conflict is final, and voids
 * whatever the member had set for the application.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const applicationId = request.pathParameter('applicationId');
  await loadOpenStage(reviewer);
  await loadStageApplication(reviewer, applicationId);
  const declaration = await declareOnApplication(reviewer, applicationId, request.body(declarationSchema));
  return { status: 200, body: { declaration } };
});
