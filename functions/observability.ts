import type { MiddlewareObj } from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/**
 * Created once, imported by every handler. Service name and namespace come from
 * POWERTOOLS_SERVICE_NAME / POWERTOOLS_METRICS_NAMESPACE (set by CDK and the local stack).
 *
 * No Powertools tracer: every function runs with Lambda's active tracing (X-Ray segments for
 * its initialisation, invocation and overhead, cold starts included, with no code of ours),
 * and loading the tracer and the X-Ray SDK cost more at a cold start than the whole handler
 * (ADR 077).
 */
export const logger = new Logger();
export const metrics = new Metrics();

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
