import type { Committee } from '../../shared/domain/committees.ts';
import { enterStage } from '../../shared/review/enter-stage.ts';
import { logger, metrics, MetricUnit } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';

interface OpenReviewInput {
  applicationId: string;
  roundId: string;
  committee: Committee;
  taskToken: string;
}

/** Workflow callback task: the application enters a committee stage and waits (shared/review/enter-stage.ts). */
export const handler = workflowTask(async (input: OpenReviewInput) => {
  const entered = await enterStage(roundOf(input.roundId), input);
  if (!entered.waiting) {
    if (entered.notSubmitted)
      logger.warn('application is no longer submitted; its execution is being stopped');
    return entered.resumed ? { waiting: false, resumed: entered.resumed } : { waiting: false };
  }
  if (entered.opened) metrics.addMetric('StageOpened', MetricUnit.Count, 1);
  if (entered.invited)
    logger.info('committee invited', { committee: input.committee, members: entered.invited });
  return { waiting: true };
});
