import type { ScheduledEvent } from '../../shared/review/schedule.ts';
import { lookAtDate } from '../../shared/workflow/timing.ts';
import { roundOf, workflowTask } from './task.ts';

interface ScheduleInput {
  roundId: string;
  event: ScheduledEvent;
  /** A committee stage's timing: the reminders this execution has counted. */
  reminders?: number;
}

/** Workflow task: whether a round's date has come, and how long to wait (shared/workflow/timing.ts). */
export const handler = workflowTask(async (input: ScheduleInput) =>
  lookAtDate(roundOf(input.roundId), input),
);
