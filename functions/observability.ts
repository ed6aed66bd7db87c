import type { MiddlewareObj } from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { once } from '../shared/once.ts';

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

/**
 * The metric units the portal records (Powertools' names, so the EMF output is unchanged).
 * Our own constant: importing Powertools' `MetricUnit` would load the metrics package at init.
 */
export const MetricUnit = { Count: 'Count' } as const;
export type MetricUnit = (typeof MetricUnit)[keyof typeof MetricUnit];

/** What a handler recorded, replayed on Powertools' Metrics when the invocation ends. */
type Recorded = (powertools: Metrics) => void;
const recorded: Recorded[] = [];

/**
 * The handlers' metrics: Powertools' `addMetric`, `addMetadata` and `singleMetric`, recorded
 * during the invocation and published after it by {@link publishMetrics}, which loads
 * Powertools' metrics package only then — most invocations record none, and loading it cost
 * every cold start ~6 % of the floor (ADR 117). Every metric is published as before: stored
 * metrics and their metadata as one EMF document, each single metric as its own with its
 * dimensions; at the end of the invocation rather than when recorded.
 */
export const metrics = {
  addMetric(name: string, unit: MetricUnit, value: number): void {
    recorded.push((powertools) => powertools.addMetric(name, unit, value));
  },
  addMetadata(key: string, value: string): void {
    recorded.push((powertools) => powertools.addMetadata(key, value));
  },
  /** A metric with dimensions of its own, published as its own document (Powertools' `singleMetric`). */
  singleMetric() {
    const dimensions: [string, string][] = [];
    return {
      addDimension(name: string, value: string) {
        dimensions.push([name, value]);
        return this;
      },
      addMetric(name: string, unit: MetricUnit, value: number): void {
        const own = [...dimensions];
        recorded.push((powertools) => {
          const single = powertools.singleMetric();
          for (const [dimension, dimensionValue] of own) single.addDimension(dimension, dimensionValue);
          single.addMetric(name, unit, value);
        });
      },
    };
  },
};

const loadMetrics = once(() => import('@aws-lambda-powertools/metrics').then(({ Metrics }) => new Metrics()));

/**
 * Publishes the metrics an invocation recorded, if it recorded any (Powertools' own
 * `logMetrics` warns on every invocation without metrics, and most requests have none).
 */
export function publishMetrics(): MiddlewareObj {
  const publish = async () => {
    if (recorded.length === 0) return;
    const batch = recorded.splice(0);
    const stored = await loadMetrics();
    for (const replay of batch) replay(stored);
    if (stored.hasStoredMetrics()) stored.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
}
