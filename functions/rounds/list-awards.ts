import { errors } from '../../shared/api/errors.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { municipalityView } from '../../shared/review/views.ts';
import { listSubmittedApplications } from '../../shared/storage/applications.ts';
import { httpHandler } from '../http.ts';
import * as clock from '../../shared/clock.ts';

/**
 * GET /rounds/{roundId}/awards — public: the awarded applications once announced (lead and
 * partner municipalities, activity areas, amounts). Nothing about declined or not qualified ones.
 */
export const handler = httpHandler(async (request) => {
  const round = findRound(request.pathParameter('roundId'));
  if (!round) throw errors.roundNotFound();
  const [applications, dates] = await Promise.all([listSubmittedApplications(round.id), roundDates(round)]);
  const awards = applications
    .filter((application) => application.stage === 'ANNOUNCED' && application.outcome === 'AWARDED')
    .flatMap((application) => {
      const decision = application.finalDecision;
      if (!decision?.awarded) return [];
      return [
        {
          title: application.draft.title ?? '',
          leadMunicipality: municipalityView(round, application.draft.leadMunicipality),
          partnerMunicipalities: (application.draft.partnerMunicipalities ?? []).map((number) =>
            municipalityView(round, number),
          ),
          activityAreas: (application.draft.activityAreas ?? []).map((area) => area.code),
          amounts: decision.amounts,
          amount: decision.total,
        },
      ];
    })
    .sort((a, b) => a.leadMunicipality.name.localeCompare(b.leadMunicipality.name, 'nb'));
  return {
    status: 200,
    body: {
      roundId: round.id,
      announced: awards.length > 0 || clock.nowMs() >= Date.parse(dates.announcement),
      awards,
      total: awards.reduce((sum, award) => sum + award.amount, 0),
    },
    headers: { 'cache-control': 'public, max-age=60' },
  };
});
