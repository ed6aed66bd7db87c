import middy from '@middy/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { metrics, MetricUnit, publishMetrics } from '../../functions/observability.ts';
import { lambdaContext } from '../../local/lambda.ts';

// Powertools' metrics write through the global console in dev mode; enabled, with a namespace.
beforeAll(() => {
  process.env.POWERTOOLS_DEV = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  process.env.POWERTOOLS_SERVICE_NAME = 'portal-test';
  process.env.POWERTOOLS_METRICS_NAMESPACE = 'PortalTest';
});

afterEach(() => {
  vi.restoreAllMocks();
});

interface Emf {
  _aws: {
    CloudWatchMetrics: {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
  };
  [key: string]: unknown;
}

/** Runs a handler in the middy stack the portal's handlers use; answers the EMF documents printed. */
async function invoke(body: () => void | Promise<void>): Promise<{ documents: Emf[]; warnings: unknown[] }> {
  const printed: string[] = [];
  const warnings: unknown[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => void printed.push(String(line)));
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args));
  const handler = middy(async () => {
    await body();
  }).use(publishMetrics());
  await handler({}, lambdaContext('ObservabilityTest', 3_000, 'request-1')).catch(() => undefined);
  vi.restoreAllMocks();
  return { documents: printed.map((line) => JSON.parse(line) as Emf), warnings };
}

const names = (document: Emf) => document._aws.CloudWatchMetrics[0]!.Metrics.map((metric) => metric.Name);

/**
 * functions/observability.ts records a handler's metrics and publishes them through Powertools
 * after the invocation, loading Powertools' metrics package only then (ADR 117): every metric
 * still reaches CloudWatch as the same EMF document.
 */
describe('the handlers’ metrics', () => {
  it('publishes nothing, and warns of nothing, for an invocation that recorded none', async () => {
    const { documents, warnings } = await invoke(() => undefined);
    expect(documents).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('publishes the stored metrics and their metadata as one document after the invocation', async () => {
    const { documents } = await invoke(() => {
      metrics.addMetadata('committee', 'expert');
      metrics.addMetric('StageOverdue', MetricUnit.Count, 1);
      metrics.addMetric('ApplicationSubmitted', MetricUnit.Count, 2);
    });
    expect(documents).toHaveLength(1);
    const [document] = documents as [Emf];
    expect(document._aws.CloudWatchMetrics[0]!.Namespace).toBe('PortalTest');
    expect(document._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service']]);
    expect(names(document)).toEqual(['StageOverdue', 'ApplicationSubmitted']);
    expect(document._aws.CloudWatchMetrics[0]!.Metrics[0]!.Unit).toBe('Count');
    expect(document).toMatchObject({
      service: 'portal-test',
      committee: 'expert',
      StageOverdue: 1,
      ApplicationSubmitted: 2,
    });
  });

  it('publishes a single metric as its own document, with its dimension', async () => {
    const { documents } = await invoke(() => {
      metrics.addMetric('AttachmentAccepted', MetricUnit.Count, 1);
      const rejected = metrics.singleMetric();
      rejected.addDimension('reason', 'MALWARE');
      rejected.addMetric('AttachmentRejected', MetricUnit.Count, 1);
    });
    expect(documents).toHaveLength(2);
    const single = documents.find((document) => names(document).includes('AttachmentRejected'))!;
    expect(single._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'reason']]);
    expect(single).toMatchObject({ reason: 'MALWARE', AttachmentRejected: 1 });
    const stored = documents.find((document) => names(document).includes('AttachmentAccepted'))!;
    expect(stored).not.toHaveProperty('reason');
  });

  it('publishes what a failed invocation recorded, and each invocation’s metrics once', async () => {
    const failed = await invoke(() => {
      metrics.addMetric('ErrorVERSION_CONFLICT', MetricUnit.Count, 1);
      throw new Error('the route failed');
    });
    expect(failed.documents.map(names)).toEqual([['ErrorVERSION_CONFLICT']]);
    const next = await invoke(() => metrics.addMetric('ReceiptMailed', MetricUnit.Count, 1));
    expect(next.documents.map(names)).toEqual([['ReceiptMailed']]);
  });
});
