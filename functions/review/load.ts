import { errors } from '../../shared/api/errors.ts';
import type { Reviewer } from '../../shared/review/links.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { findStageApplication } from '../../shared/review/stages.ts';
import { getStage, type StageRecord } from '../../shared/storage/review.ts';

/** The reviewer's stage, which must be open (its first application has arrived). */
export async function loadOpenStage(reviewer: Reviewer): Promise<{ stage: StageRecord; deadline: string }> {
  const [stage, dates] = await Promise.all([
    getStage(reviewer.round.id, reviewer.committee),
    roundDates(reviewer.round),
  ]);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  return { stage, deadline: dates[reviewer.committee] };
}

/**
 * An application of the reviewer's stage (the previous stage's decision put it there), with the
 * previous stage; anything else (another round, another stage) is 404.
 */
export async function loadStageApplication(reviewer: Reviewer, applicationId: string) {
  const found = await findStageApplication(reviewer.round, reviewer.committee, applicationId);
  if (!found) throw errors.notFound();
  return found;
}
