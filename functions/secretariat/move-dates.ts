import { moveRoundDates, roundById } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { MoveRoundDates } from './declarations.ts';

/** POST /staff/rounds/{roundId}/dates — move dates, in order (audited; the CLI's `stages move`). */
export const handler = httpHandler(MoveRoundDates)(async ({ params, body, staff }) => ({
  status: 200,
  body: await moveRoundDates(roundById(params.roundId), body, staff.actor),
}));
