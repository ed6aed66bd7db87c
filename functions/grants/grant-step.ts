import { grantStep } from '../../shared/grants/workflow.ts';
import { workflowTask } from '../workflow/task.ts';

/** Workflow task after an award: is anything left to wait for, and for how long (shared/grants/workflow.ts). */
export const handler = workflowTask(
  async (input: { applicationId: string; roundId: string; continuation?: number }) =>
    grantStep(input.applicationId, input.continuation ?? 1),
);
