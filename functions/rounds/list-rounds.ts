import { publicRoundView } from '../../shared/api/views.ts';
import { listRounds } from '../../shared/domain/rounds/index.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { httpHandler } from '../http.ts';
import * as clock from '../../shared/clock.ts';

/**
 * GET /rounds — public: every configured round with its catalogue, dates and period state,
 * exactly what `publicRound` (shared/api/schemas.ts) names — the committees' members are not
 * public. The dates are those that hold now: an administrator may have moved a deadline
 * (`npm run admin -- stages move`, ADR 047) — one GetItem per round.
 */
export const handler = httpHandler(async () => {
  const now = clock.now();
  const rounds = await Promise.all(
    listRounds().map(async (round) => publicRoundView(round, await roundDates(round), now)),
  );
  return { status: 200, body: { rounds }, headers: { 'cache-control': 'public, max-age=60' } };
});
