/**
 * Every Lambda function the portal deploys, with what triggers it — the list the bench
 * bundles and times. Read from the same lists infra and the local stack read, so a function
 * exists in the bench exactly when it is deployed.
 */
import { eventFunctions, routes, scheduledFunctions } from '../functions/routes.ts';
import { workflowTasks } from '../shared/workflow/definition.ts';

export interface BenchFunction {
  id: string;
  entry: string;
  /** route (HTTP), task (workflow), event (S3) or schedule. */
  kind: 'route' | 'task' | 'event' | 'schedule';
}

export function benchFunctions(): BenchFunction[] {
  return [
    ...routes.map((route) => ({ id: route.id, entry: route.entry, kind: 'route' as const })),
    ...Object.values(workflowTasks).map((task) => ({
      id: task.id,
      entry: task.entry,
      kind: 'task' as const,
    })),
    ...Object.values(eventFunctions).map((fn) => ({ id: fn.id, entry: fn.entry, kind: 'event' as const })),
    ...Object.values(scheduledFunctions).map((fn) => ({
      id: fn.id,
      entry: fn.entry,
      kind: 'schedule' as const,
    })),
  ];
}
