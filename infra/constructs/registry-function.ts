import { Duration } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { accessOf } from '../../functions/declare.ts';
import type { RegisteredFunction } from '../../functions/registry.ts';
import { ENV } from '../../shared/config/env.ts';
import { grantAccess, type AccessTargets } from '../access.ts';
import { PortalFunction } from './portal-function.ts';

/** What a function does, for the console: its trigger and its declaration's summary. */
export function describeFunction(fn: RegisteredFunction): string {
  switch (fn.trigger) {
    case 'http':
      return `${fn.method} ${fn.path} (${fn.auth}): ${fn.summary}`;
    case 'workflow-task':
      return `Workflow task ${fn.task}: ${fn.summary}`;
    case 's3-event':
      return `S3 ObjectCreated under ${fn.prefix}: ${fn.summary}`;
    case 'schedule':
      return `Every ${fn.everyMinutes} minutes: ${fn.summary}`;
    case 'mail-event':
      return `SES ${fn.events.join(' and ')} events: ${fn.summary}`;
    case 'table-stream':
      return `Table stream (${fn.partitionPrefix}… items): ${fn.summary}`;
    case 'malware-scan':
      return `Malware scan results under ${fn.prefix}: ${fn.summary}`;
  }
}

/**
 * The Lambda of one registry declaration: its entry, description and timeout, the environment
 * every function gets (and the state machine's ARN if it starts or stops executions), and
 * exactly the grants its access list and trigger imply (infra/access.ts).
 */
export function registryFunction(
  scope: Construct,
  fn: RegisteredFunction,
  props: { environment: Record<string, string>; targets: AccessTargets },
): PortalFunction {
  const access = accessOf(fn);
  const environment = { ...props.environment };
  // Only the functions that read the secretariat's staff list carry it (ADR 093).
  if (!access.includes('staff-list:read')) {
    delete environment[ENV.staffEmails];
    delete environment[ENV.staffMailFrom];
  }
  // Only functions that start or stop executions learn the state machine's ARN.
  // (Resuming a callback needs only the task token, not the ARN.)
  // A workflow task that starts one (GrantContinue, ADR 114) learns it from the fixed name: a
  // reference to the state machine would be a cycle.
  if (access.some((kind) => kind === 'workflow:start' || kind === 'workflow:stop')) {
    const arn = props.targets.stateMachine?.stateMachineArn ?? props.targets.workflowArn;
    if (!arn) throw new Error(`${fn.id} starts or stops executions: pass the state machine`);
    environment[ENV.stateMachineArn] = arn;
  }
  const created = new PortalFunction(scope, fn.id, {
    entry: fn.entry,
    description: describeFunction(fn).slice(0, 256),
    environment,
    ...(fn.timeoutSeconds ? { timeout: Duration.seconds(fn.timeoutSeconds) } : {}),
  });
  grantAccess(created, access, props.targets);
  return created;
}
