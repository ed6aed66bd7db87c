import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { sweepOutbox } from '../../shared/submission/outbox.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

/**
 * Scheduled (EventBridge, every few minutes; the local stack at start and on an interval):
 * every submission still in the outbox past the grace period gets its execution, and its
 * receipt if the workflow gave up (docs/decisions/063-submission-outbox.md). A failure is
 * retried by the next sweep; it fails the invocation so the errors alarm hears of it.
 */
export const handler = middy(async (event: { graceSeconds?: unknown } | undefined) => {
  const grace = event?.graceSeconds;
  const result = await sweepOutbox({
    now: clock.now(),
    graceSeconds: typeof grace === 'number' && Number.isFinite(grace) && grace >= 0 ? grace : undefined,
  });
  if (result.executionsStarted) {
    metrics.addMetric('OutboxExecutionsStarted', MetricUnit.Count, result.executionsStarted);
    logger.warn('submissions without a recorded execution: started (or found running)', {
      count: result.executionsStarted,
    });
  }
  if (result.receiptsMailed)
    metrics.addMetric('OutboxReceiptsMailed', MetricUnit.Count, result.receiptsMailed);
  metrics.addMetric('OutboxOverdue', MetricUnit.Count, result.overdue);
  if (result.failed.length) {
    logger.error('follow-ups failed; the next sweep tries again', { failed: result.failed });
    throw new Error(`The outbox sweep could not follow up ${result.failed.length} submission(s)`);
  }
  return result;
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());
