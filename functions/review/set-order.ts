import { setPriorityOrder } from '../../shared/review/actions.ts';
import { httpHandler } from '../http/reviewer.ts';
import { SetPriorityOrder } from './declarations.ts';

/**
 * POST /review/order — the geographic committee's national priority order, with the
 * committee's comment per application, set by the member acting for the committee.
 */
export const handler = httpHandler(SetPriorityOrder)(async ({ reviewer, body }) => ({
  status: 200,
  body: await setPriorityOrder(reviewer, body),
}));
