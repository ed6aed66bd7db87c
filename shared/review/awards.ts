/**
 * The public list of a round's awards, once announced: lead and partner municipalities,
 * activity areas, amounts. Nothing about declined or not qualified applications.
 */
import * as clock from '../clock.ts';
import { findRound } from '../domain/rounds/index.ts';
import * as errors from '../errors.ts';
import { countsAgainstBudget } from '../grants/state.ts';
import { listSubmittedApplications } from '../storage/applications.ts';
import { roundDates } from './schedule.ts';
import { municipalityView } from './views.ts';

export async function announcedAwards(roundId: string) {
  const round = findRound(roundId);
  if (!round) throw errors.roundNotFound();
  const [applications, dates] = await Promise.all([listSubmittedApplications(round.id), roundDates(round)]);
  const awards = applications
    // A declined award is no award (ADR 102): its money is free again.
    .filter(
      (application) =>
        application.stage === 'ANNOUNCED' &&
        application.outcome === 'AWARDED' &&
        countsAgainstBudget(application),
    )
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
    roundId: round.id,
    announced: awards.length > 0 || clock.nowMs() >= Date.parse(dates.announcement),
    awards,
    total: awards.reduce((sum, award) => sum + award.amount, 0),
  };
}
