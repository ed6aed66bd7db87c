import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { applyRetention } from '../../shared/privacy/retention.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';

/**
 * Scheduled (EventBridge, daily; the local stack at start and on an interval): erases every
 * application whose retention has run out (shared/privacy/retention.ts, ADR 089), each with an
 * audit tombstone. Idempotent: what is erased is gone from the indexes; an erase cut short is
 * finished by the next run. An error fails the run, so the alarm hears and the next run retries.
 */
export const handler = middy(async () => {
  const runs = await applyRetention();
  const erased = runs.reduce((sum, run) => sum + run.erased.length, 0);
  if (erased) {
    metrics.addMetric('ApplicationsErased', MetricUnit.Count, erased);
    logger.info('applications erased by their retention', {
      erased: runs.flatMap((run) => run.erased.map((entry) => ({ roundId: run.roundId, ...entry }))),
    });
  }
  return { erased: runs.flatMap((run) => run.erased) };
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());
