import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { copyAuditRecords } from '../../shared/storage/audit-sink.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';

/**
 * The table's stream, filtered to `AUDIT#` items → the audit sink (ADR 087). Copies the batch
 * in order; a failure fails the invocation (an error: it alarms), and the event source retries
 * the batch — the copies already in the sink are skipped — then keeps its place in the stream
 * in the failure queue.
 */
export const handler = middy(async (event: DynamoDBStreamEvent): Promise<{ copied: number }> => {
  const result = await copyAuditRecords(event.Records);
  metrics.addMetric('AuditCopied', MetricUnit.Count, result.copied);
  if (result.failedAt) {
    logger.error('audit copy failed: the batch is retried', {
      sequenceNumber: result.failedAt,
      error: result.error,
      copied: result.copied,
    });
    throw new Error(`Audit copy failed at ${result.failedAt}: ${result.error}`);
  }
  logger.info('audit copied', { copied: result.copied, existing: result.existing });
  return { copied: result.copied };
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());
