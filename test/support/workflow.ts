/**
 * Seeing the workflow look at a round's dates: the real Schedule task, each answer noted with
 * the clock's time when it read the dates. A test that moves the clock (ADR 075) waits until
 * the executions have looked again — the condition — instead of for a while.
 */
import type { Context } from 'aws-lambda';
import * as clock from '../../shared/clock.ts';
import type { ScheduledEvent } from '../../shared/review/schedule.ts';
import { registry } from '../../functions/registry.ts';
import type { HandlerOverrides } from '../../local/lambda.ts';

export interface ScheduleLook {
  event: ScheduledEvent;
  /** The clock's time (epoch ms) when the task read the dates. */
  at: number;
  due: boolean;
}

export function watchSchedule() {
  const looks: ScheduleLook[] = [];
  const handlers: HandlerOverrides = {
    [registry.Schedule.entry]: async (input: { event: ScheduledEvent }, context: Context) => {
      // Loaded when first called: handlers create their DynamoDB client at module load.
      const { handler } = await import('../../functions/workflow/schedule.ts');
      const at = clock.nowMs();
      const answer = await handler(input as never, context);
      looks.push({ event: input.event, at, due: answer.due });
      return answer;
    },
  };
  return {
    /** For `startTestStack({ handlers })`. */
    handlers,
    /** The looks at `event` that read the dates at or after `since` (the clock's epoch ms). */
    since: (event: ScheduledEvent, since: number) =>
      looks.filter((look) => look.event === event && look.at >= since),
  };
}
