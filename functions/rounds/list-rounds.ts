import { listRounds } from '../../shared/domain/rounds/index.ts';
import { applicationPeriodState } from '../../shared/domain/time.ts';
import { httpHandler } from '../http.ts';

/** GET /rounds — public: every configured round with its catalogue, dates and period state. */
export const handler = httpHandler(async () => {
  const now = new Date();
  // Committee members' names and addresses are not public: the review links reach them.
  const rounds = listRounds().map(({ committees: _committees, ...round }) => ({
    ...round,
    applicationPeriodState: applicationPeriodState(round, now),
  }));
  return { status: 200, body: { rounds }, headers: { 'cache-control': 'public, max-age=60' } };
});
