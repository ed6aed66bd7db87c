import { loadSfn } from './client.ts';

/** Errors that mean "this token no longer waits": the execution moved on, timed out or stopped. */
const GONE = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken', 'ExecutionDoesNotExist']);

/**
 * Resumes a waiting callback task. Idempotent by design: a token that no longer waits (the
 * task timed out and was entered again, the execution was stopped, or it was resumed before)
 * is not an error — the execution picks the recorded decision up when it enters the stage
 * again. Returns whether this call resumed it.
 */
export async function resumeTask(taskToken: string, output: unknown): Promise<boolean> {
  const { sdk, client } = await loadSfn();
  try {
    await client.send(new sdk.SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
    return true;
  } catch (error) {
    if (error instanceof Error && GONE.has(error.name)) return false;
    throw error;
  }
}
