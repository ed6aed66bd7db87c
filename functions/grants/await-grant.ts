import { awaitGrant } from '../../shared/grants/workflow.ts';
import { workflowTask } from '../workflow/task.ts';

interface AwaitGrantInput {
  applicationId: string;
  roundId: string;
  signature: string;
  taskToken: string;
}

/** Workflow callback task after an award: keeps the token every change resumes (shared/grants/workflow.ts). */
export const handler = workflowTask(async (input: AwaitGrantInput) => awaitGrant(input));
