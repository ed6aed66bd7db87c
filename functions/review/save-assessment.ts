import { saveMemberWork } from '../../shared/review/actions.ts';
import { httpHandler } from '../http/reviewer.ts';
import { SaveAssessment } from './declarations.ts';

/**
 * POST /review/applications/{applicationId}/assessment — an expert member's assessment (three
 * scored criteria and a recommendation), or a county adviser's comment (geographic).
 */
export const handler = httpHandler(SaveAssessment)(async ({ reviewer, params, body }) => ({
  status: 200,
  body: { mine: await saveMemberWork(reviewer, params.applicationId, body) },
}));
