import { errors } from '../../shared/api/errors.ts';
import type { Reviewer } from '../../shared/review/links.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { inStage } from '../../shared/review/stages.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { getStage, type MemberReviewRecord, type StageRecord } from '../../shared/storage/review.ts';

/** The reviewer's stage, which must be open (its first application has arrived). */
export async function loadOpenStage(reviewer: Reviewer): Promise<{ stage: StageRecord; deadline: string }> {
  const [stage, dates] = await Promise.all([
    getStage(reviewer.round.id, reviewer.committee),
    roundDates(reviewer.round),
  ]);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  return { stage, deadline: dates[reviewer.committee] };
}

export function requireNotFinalised(stage: StageRecord) {
  if (stage.finalisedAt) {
    throw errors.stageFinalised({ finalisedAt: stage.finalisedAt, finalisedBy: stage.finalisedBy });
  }
}

/** An application of the reviewer's stage; anything else (another round, another stage) is 404. */
export async function loadStageApplication(reviewer: Reviewer, applicationId: string) {
  const application = await getApplication(applicationId);
  if (
    !application ||
    application.roundId !== reviewer.round.id ||
    !inStage(reviewer.committee, application)
  ) {
    throw errors.notFound();
  }
  return application;
}

/**
 * May this member act for the committee on this application (set its outcome)? The chair,
 * or the deputy chair when the chair declared a conflict — and only after declaring no
 * conflict themselves.
 */
export function requireActingChair(reviewer: Reviewer, reviews: readonly MemberReviewRecord[]) {
  const config = reviewer.round.committees[reviewer.committee];
  const mine = reviews.find((review) => review.memberId === reviewer.member.id)?.declaration;
  const chairs = reviews.find((review) => review.memberId === config.chair)?.declaration;
  if (reviewer.role === 'member') throw errors.notChair();
  if (reviewer.role === 'deputy' && !chairs?.conflicted) throw errors.notChair();
  if (!mine) throw errors.declarationRequired();
  if (mine.conflicted) throw errors.conflicted();
}
