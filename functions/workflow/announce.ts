import { announceOutcome } from '../../shared/review/announce.ts';
import { metrics, MetricUnit } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';

/** Workflow task on the announcement date: the outcome mail, then ANNOUNCED (shared/review/announce.ts). */
export const handler = workflowTask(async (input: { applicationId: string; roundId: string }) => {
  const result = await announceOutcome(roundOf(input.roundId), input.applicationId);
  if (!result.announced) return result;
  if (result.mailed) metrics.addMetric('OutcomeMailed', MetricUnit.Count, 1);
  return { announced: true, outcome: result.outcome };
});
