import { reviewList } from '../../shared/review/pages.ts';
import { httpHandler } from '../http/reviewer.ts';
import { ListReviewApplications } from './declarations.ts';

/** GET /review/applications — the committee's list, shaped for the member (docs/review-api.md). */
export const handler = httpHandler(ListReviewApplications)(async ({ reviewer }) => ({
  status: 200,
  body: await reviewList(reviewer),
}));
