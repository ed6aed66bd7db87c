/**
 * What every member's read and write of a stage's work needs first: the stage open (its first
 * application has arrived), and an application one of the stage's (the previous stage's
 * decision put it there).
 */
import * as errors from '../errors.ts';
import { getStage, type StageRecord } from '../storage/review.ts';
import type { Reviewer } from './links.ts';
import { roundDates } from './schedule.ts';
import { findStageApplication } from './stages.ts';

/** The reviewer's stage, which must be open (STAGE_NOT_OPEN otherwise), and its deadline. */
export async function openStageOf(reviewer: Reviewer): Promise<{ stage: StageRecord; deadline: string }> {
  const [stage, dates] = await Promise.all([
    getStage(reviewer.round.id, reviewer.committee),
    roundDates(reviewer.round),
  ]);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  return { stage, deadline: dates[reviewer.committee] };
}

/**
 * An application of the reviewer's open stage, with the previous stage; anything else (another
 * round, another stage) is NOT_FOUND.
 */
export async function stageApplicationOf(reviewer: Reviewer, applicationId: string) {
  const { stage } = await openStageOf(reviewer);
  const found = await findStageApplication(reviewer.round, reviewer.committee, applicationId);
  if (!found) throw errors.notFound();
  return { ...found, stage };
}
