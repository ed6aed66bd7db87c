import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { sendDueReminders } from '../../shared/review/reminders.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';

/**
 * Scheduled (EventBridge, hourly; the local stack at start and on an interval): the reminders
 * due now — to unsubmitted drafts before the application deadline, to committee members who
 * have not finished before their stage's deadline (docs/decisions/091-reminders.md). Each is
 * sent once; a failed one is retried by the next run, and fails this one so the alarm hears.
 */
export const handler = middy(async () => {
  const result = await sendDueReminders();
  if (result.drafts) metrics.addMetric('DraftRemindersSent', MetricUnit.Count, result.drafts);
  if (result.members) metrics.addMetric('MemberRemindersSent', MetricUnit.Count, result.members);
  if (result.failed.length) {
    logger.error('reminders failed; the next run tries again', { failed: result.failed });
    throw new Error(`${result.failed.length} reminder(s) could not be sent`);
  }
  return result;
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());
