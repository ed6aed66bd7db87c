import { announceRoundNow, roundById } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { AnnounceRoundNow } from './declarations.ts';

/** POST /staff/rounds/{roundId}/announce — the announcement date is now (audited). */
export const handler = httpHandler(AnnounceRoundNow)(async ({ params, staff }) => ({
  status: 200,
  body: await announceRoundNow(roundById(params.roundId), staff.actor),
}));
