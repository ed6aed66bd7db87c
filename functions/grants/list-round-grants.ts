import { roundGrants } from '../../shared/grants/staff.ts';
import { httpHandler } from '../http/staff.ts';
import { ListRoundGrants } from './declarations.ts';

/** GET /staff/rounds/{roundId}/grants — the round's awards, answers and reports. */
export const handler = httpHandler(ListRoundGrants)(async ({ params }) => ({
  status: 200,
  body: await roundGrants(params.roundId),
}));
