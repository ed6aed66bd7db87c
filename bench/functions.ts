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

/** Every function of the registry (functions/registry.ts). */
export function benchFunctions(): BenchFunction[] {
  return allFunctions().map((fn) => ({ id: fn.id, entry: fn.entry, kind: KIND[fn.trigger] }));
}
