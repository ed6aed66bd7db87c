import type { MiddlewareObj } from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Created once, imported by every handler. Service name and namespace come from
 * POWERTOOLS_SERVICE_NAME / POWERTOOLS_METRICS_NAMESPACE (set by CDK and the local stack).
 */
export const logger = new Logger();
export const metrics = new Metrics();
export const tracer = new Tracer();

/**
 * Publishes the metrics an invocation recorded, if it recorded any. Powertools' own
 * `logMetrics` warns on every invocation without metrics, and most requests have none.
 */
export function publishMetrics(): MiddlewareObj {
  const publish = async () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
}
