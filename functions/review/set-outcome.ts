import { setOutcome } from '../../shared/review/actions.ts';
import { httpHandler } from '../http/reviewer.ts';
import { SetOutcome } from './declarations.ts';

/**
 * POST /review/applications/{applicationId}/outcome — the acting chair's outcome for one
 * application: expert `{ qualified, reason }`; final an award per school year or a reasoned
 * rejection.
 */
export const handler = httpHandler(SetOutcome)(async ({ reviewer, params, body }) => ({
  status: 200,
  body: await setOutcome(reviewer, params.applicationId, body),
}));
