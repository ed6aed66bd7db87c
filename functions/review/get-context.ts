import { reviewContext } from '../../shared/review/pages.ts';
import { httpHandler } from '../http/reviewer.ts';
import { GetReviewContext } from './declarations.ts';

/** GET /review/context — who the review link belongs to, and where the committee's stage stands. */
export const handler = httpHandler(GetReviewContext)(async ({ reviewer }) => ({
  status: 200,
  body: await reviewContext(reviewer),
}));
