import { declareOnApplication } from '../../shared/review/actions.ts';
import { httpHandler } from '../http/reviewer.ts';
import { DeclareConflict } from './declarations.ts';

/**
 * POST /review/applications/{applicationId}/declaration — the member's conflict-of-interest
 * declaration (habilitet), before the assessment form. A declared conflict is final, and voids
 * whatever the member had set for the application.
 */
export const handler = httpHandler(DeclareConflict)(async ({ reviewer, params, body }) => ({
  status: 200,
  body: { declaration: await declareOnApplication(reviewer, params.applicationId, body) },
}));
