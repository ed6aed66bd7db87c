import { postToDiscussion } from '../../shared/review/actions.ts';
import { httpHandler } from '../http/reviewer.ts';
import { PostToDiscussion } from './declarations.ts';

/**
 * POST /review/applications/{applicationId}/discussion — a post to the committee's discussion
 * of the application (ADR 090): after declaring no conflict (expert members: after their own
 * assessment); a final committee member may suggest an outcome with it.
 */
export const handler = httpHandler(PostToDiscussion)(async ({ reviewer, params, body }) => ({
  status: 200,
  body: await postToDiscussion(reviewer, params.applicationId, body),
}));
