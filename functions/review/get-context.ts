import { roundDates } from '../../shared/review/schedule.ts';
import { stageView } from '../../shared/review/views.ts';
import { getStage } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';

/** GET /review/context — who the review link belongs to, and where the committee's stage stands. */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { round, committee, member } = reviewer;
  const [stage, dates] = await Promise.all([getStage(round.id, committee), roundDates(round)]);
  return {
    status: 200,
    body: {
      member: { id: member.id, name: member.name, role: reviewer.role },
      committee,
      round: {
        id: round.id,
        title: round.title,
        division: round.division,
        budgetPerYear: round.budgetPerYear,
        schoolYears: round.schoolYears,
        activityAreas: round.activityAreas.map(({ code, area, title }) => ({ code, area, title })),
        artSubjects: round.artSubjects,
        dates,
      },
      counties: member.counties ?? [],
      stage: stageView(stage, dates[committee]),
      linkExpiresAt: reviewer.link.expiresAt,
    },
  };
});
