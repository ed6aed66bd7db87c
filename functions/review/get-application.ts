import { reviewDetail } from '../../shared/review/pages.ts';
import { httpHandler } from '../http/reviewer.ts';
import { GetReviewApplication } from './declarations.ts';

/** GET /review/applications/{applicationId} — one application of the stage in full, with its attachments. */
export const handler = httpHandler(GetReviewApplication)(async ({ reviewer, params }) => ({
  status: 200,
  body: await reviewDetail(reviewer, params.applicationId),
}));
