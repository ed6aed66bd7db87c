import { listRounds } from '../../shared/domain/rounds/index.ts';
import { applicationPeriodState } from '../../shared/domain/time.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { httpHandler } from '../http.ts';

/**
 * GET /rounds — public: every configured round with its catalogue, dates and period state.
 * The dates are those that hold now: an administrator may have moved a deadline
 * (`npm run admin -- stages move`, ADR 047) — one GetItem per round.
 */
export const handler = httpHandler(async () => {
  const now = new Date();
  // Committee members' names and addresses are not public: the review links reach them.
  const rounds = await Promise.all(
    listRounds().map(async (configured) => {
      const { committees: _committees, ...round } = configured;
      const dates = await roundDates(configured);
      const effective = {
        ...round,
        applicationPeriod: { ...round.applicationPeriod, closes: dates.applicationCloses },
        committeeDeadlines: { expert: dates.expert, geographic: dates.geographic, final: dates.final },
        announcementDate: dates.announcement,
      };
      return { ...effective, applicationPeriodState: applicationPeriodState(effective, now) };
    }),
  );
  return { status: 200, body: { rounds }, headers: { 'cache-control': 'public, max-age=60' } };
});
