import { continueGrant } from '../../shared/grants/workflow.ts';
import type { WorkflowInput } from '../../shared/workflow/definition.ts';
import { workflowTask } from '../workflow/task.ts';

/** Workflow task after an award: the wait goes on in a new execution (shared/grants/workflow.ts, ADR 114). */
export const handler = workflowTask(async (input: WorkflowInput & { continuation: number }) =>
  continueGrant(input),
);
