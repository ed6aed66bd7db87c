import type { Committee } from '../../shared/domain/committees.ts';
import { remindIfOverdue } from '../../shared/review/overdue.ts';
import { logger, metrics, MetricUnit } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';

interface StageOverdueInput {
  applicationId: string;
  roundId: string;
  committee: Committee;
  reminders: number;
}

/**
 * Workflow task on a committee stage's callback timeout: the chair reminded once the stage is
 * overdue (shared/review/overdue.ts), counted for the alarm; answers the execution's count.
 */
export const handler = workflowTask(async (input: StageOverdueInput): Promise<number> => {
  const { reminders, overdue } = await remindIfOverdue(roundOf(input.roundId), input);
  if (overdue) {
    // No extra dimension: the alarm watches StageOverdue by service alone (committee in metadata).
    metrics.addMetadata('committee', input.committee);
    metrics.addMetric('StageOverdue', MetricUnit.Count, 1);
    logger.warn('committee stage overdue', {
      committee: input.committee,
      deadline: overdue.deadline,
      reminders,
    });
  }
  return reminders;
});
