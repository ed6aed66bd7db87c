import { sendGrantReminders } from '../../shared/grants/workflow.ts';
import { logger, metrics, MetricUnit } from '../observability.ts';
import { workflowTask } from '../workflow/task.ts';

/** Workflow task on the award's callback timeout: the reminders due, the lapse (shared/grants/workflow.ts). */
export const handler = workflowTask(async (input: { applicationId: string; roundId: string }) => {
  const result = await sendGrantReminders(input.applicationId);
  if (result.sent.length) {
    metrics.addMetric('GrantRemindersSent', MetricUnit.Count, result.sent.length);
    logger.info('grant reminders sent', { sent: result.sent });
  }
  return result;
});
