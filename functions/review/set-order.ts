import { errors } from '../../shared/api/errors.ts';
import { priorityOrderSchema } from '../../shared/domain/review.ts';
import { setPriorityOrder } from '../../shared/review/actions.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage } from './load.ts';

/**
 * POST /review/order — the geographic committee's one national priority order, with the
 * committee's comment per application. Set by the chair, or by the deputy chair when the chair
 * stood aside on one of the applications; the one who sets it has declared on every one and
 * stood aside on none.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  if (reviewer.committee !== 'geographic') throw errors.wrongCommittee();
  const { order, comments } = request.body(priorityOrderSchema);
  await loadOpenStage(reviewer);
  return { status: 200, body: await setPriorityOrder(reviewer, order, comments) };
});
