/**
 * Every Lambda function the portal deploys, with what triggers it — the list the bench
 * bundles and times. Read from the registry infra and the local stack read, so a function
 * exists in the bench exactly when it is deployed.
 */
import { allFunctions, type FunctionId } from '../functions/registry.ts';

export interface BenchFunction {
  id: FunctionId;
  entry: string;
  /** route (HTTP), task (workflow), event (S3, SES) or schedule. */
  kind: 'route' | 'task' | 'event' | 'schedule';
}

const KIND = {
  http: 'route',
  'workflow-task': 'task',
  's3-event': 'event',
  schedule: 'schedule',
  'mail-event': 'event',
  'malware-scan': 'event',
  'table-stream': 'event',
} as const;

/**
 * Every function of the registry (functions/registry.ts); only those named in `BENCH_FUNCTIONS`
 * (comma-separated ids) when it is set — a few functions timed on a busy machine, say.
 */
export function benchFunctions(only = process.env.BENCH_FUNCTIONS): BenchFunction[] {
  const wanted = only ? new Set(only.split(',').map((id) => id.trim())) : undefined;
  const unknown = [...(wanted ?? [])].filter((id) => !allFunctions().some((fn) => fn.id === id));
  if (unknown.length) throw new Error(`BENCH_FUNCTIONS: no function ${unknown.join(', ')}`);
  return allFunctions()
    .filter((fn) => !wanted || wanted.has(fn.id))
    .map((fn) => ({ id: fn.id, entry: fn.entry, kind: KIND[fn.trigger] }));
}
