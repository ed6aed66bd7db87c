import { ENV, requireEnv } from '../config/env.ts';
import { loadSfn } from './client.ts';
import type { WorkflowInput } from './definition.ts';

/**
 * Starts the application's execution, named by its id. Starting again with the same input
 * answers the same execution (Step Functions' own idempotency for Standard workflows); an
 * `ExecutionAlreadyExists` means it was started before — also fine.
 */
export async function ensureExecutionStarted(
  input: WorkflowInput,
  /** The application's id; an award's continued wait names its own (ADR 114). */
  name = input.applicationId,
): Promise<string> {
  const stateMachineArn = requireEnv(ENV.stateMachineArn);
  const { sdk, client } = await loadSfn();
  try {
    const { executionArn } = await client.send(
      new sdk.StartExecutionCommand({ stateMachineArn, name, input: JSON.stringify(input) }),
    );
    return executionArn!;
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionAlreadyExists') {
      return executionArnFor(stateMachineArn, name);
    }
    throw error;
  }
}

export async function stopExecution(executionArn: string, cause: string) {
  const { sdk, client } = await loadSfn();
  try {
    await client.send(new sdk.StopExecutionCommand({ executionArn, cause }));
  } catch (error) {
    if (error instanceof Error && error.name === 'ExecutionDoesNotExist') return;
    throw error;
  }
}

/** arn:aws:states:region:account:stateMachine:name → …:execution:name:<executionName> */
export const executionArnFor = (stateMachineArn: string, name: string) =>
  `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
