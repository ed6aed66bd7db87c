import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_REMINDERS, taskSubstitution, workflowDefinition } from '../../shared/workflow/definition.ts';

/**
 * The workflow definition on its own: valid ASL (asl-validator), and the shape DESIGN §3 asks
 * for — every Lambda task retried with backoff, every callback with a timeout and a path for
 * it, waits that read dates, and not qualified straight to the announcement.
 */
const require = createRequire(import.meta.url);
const validate = require('asl-validator') as (definition: object) => {
  isValid: boolean;
  errorsText: (separator?: string) => string;
};

type State = Record<string, unknown> & { Type: string };
const definition = workflowDefinition() as unknown as { StartAt: string; States: Record<string, State> };
const states = Object.entries(definition.States);
const tasks = states.filter(([, state]) => state.Type === 'Task');
const callbacks = tasks.filter(
  ([, state]) => state.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken',
);

describe('the workflow definition', () => {
  it('is valid Amazon States Language', () => {
    // Act
    const result = validate(workflowDefinition());
    // Assess
    expect(result.errorsText()).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('retries every Lambda task with exponential backoff', () => {
    expect(tasks.length).toBeGreaterThan(8);
    for (const [name, state] of tasks) {
      const retry = state.Retry as { ErrorEquals: string[]; BackoffRate: number; MaxAttempts: number }[];
      expect(retry, name).toBeDefined();
      expect(retry[0]!.ErrorEquals, name).toEqual(
        expect.arrayContaining(['Lambda.ServiceException', 'States.TaskFailed']),
      );
      expect(retry[0]!.BackoffRate, name).toBeGreaterThan(1);
      expect(retry[0]!.MaxAttempts, name).toBeGreaterThan(1);
    }
  });

  it('gives every plain task a timeout, and every callback a timeout from the stage deadline with a path for it', () => {
    for (const [name, state] of tasks) {
      if (callbacks.some(([callback]) => callback === name)) continue;
      expect(state.TimeoutSeconds, name).toBeGreaterThan(0);
    }
    expect(callbacks.map(([name]) => name)).toEqual([
      'ExpertReview',
      'GeographicReview',
      'FinalReview',
      'GrantAwait',
    ]);
    for (const [name, state] of callbacks.filter(([callback]) => callback !== 'GrantAwait')) {
      expect(state.TimeoutSecondsPath, name).toBe('$.timing.timeoutSeconds');
      expect(JSON.stringify(state.Parameters), name).toContain('"taskToken.$":"$$.Task.Token"');
      const [catcher] = state.Catch as { ErrorEquals: string[]; Next: string }[];
      expect(catcher!.ErrorEquals, name).toEqual(['States.Timeout']);
      // Timeout → the overdue task (reminder, metric) → give up after the reminders, or wait again
      const overdue = definition.States[catcher!.Next]!;
      expect(overdue.Resource, name).toBe('${' + taskSubstitution('StageOverdue') + '}');
      const choice = definition.States[overdue.Next as string]!;
      const [giveUp] = choice.Choices as { NumericGreaterThanEquals: number; Next: string }[];
      expect(giveUp!.NumericGreaterThanEquals).toBe(MAX_REMINDERS);
      expect(definition.States[giveUp!.Next]!.Type).toBe('Fail');
      expect(definition.States[choice.Default as string]!.Resource).toBe(
        '${' + taskSubstitution('Schedule') + '}',
      );
    }
  });

  it('after an award, waits for the answer and each report with a callback whose timeout sends the reminders', () => {
    expect(definition.States.Announce!.Next).toBe('Awarded');
    const awarded = definition.States.Awarded!;
    const [isAward] = awarded.Choices as { Variable: string; StringEquals: string; Next: string }[];
    expect(isAward).toMatchObject({
      Variable: '$.announced.outcome',
      StringEquals: 'AWARDED',
      Next: 'GrantStep',
    });
    expect(awarded.Default).toBe('Done');
    expect(definition.States.GrantStep!.Resource).toBe('${' + taskSubstitution('GrantStep') + '}');
    const open = definition.States.GrantOpen!;
    expect(open.Default).toBe('Done');
    const wait = definition.States.GrantAwait!;
    expect(wait.TimeoutSecondsPath).toBe('$.grant.timeoutSeconds');
    expect(JSON.stringify(wait.Parameters)).toContain('"taskToken.$":"$$.Task.Token"');
    expect(JSON.stringify(wait.Parameters)).toContain(taskSubstitution('AwaitGrant'));
    expect(wait.Next).toBe('GrantStep');
    const [timeout] = wait.Catch as { ErrorEquals: string[]; Next: string }[];
    expect(timeout).toMatchObject({ ErrorEquals: ['States.Timeout'], Next: 'GrantReminders' });
    expect(definition.States.GrantReminders!.Next).toBe('GrantStep');
  });

  it('waits until dates read at run time, looping back to read them again', () => {
    const waits = states.filter(([, state]) => state.Type === 'Wait');
    expect(waits.map(([name]) => name)).toEqual(['WaitForDeadline', 'WaitForAnnouncement']);
    for (const [name, state] of waits) {
      expect(state.SecondsPath, name).toBe('$.schedule.waitSeconds');
      expect(state).not.toHaveProperty('Seconds');
      expect(definition.States[state.Next as string]!.Resource, name).toBe(
        '${' + taskSubstitution('Schedule') + '}',
      );
    }
  });

  it('sends a not qualified application straight to the announcement', () => {
    const qualified = definition.States.Qualified!;
    expect(qualified.Default).toBe('AnnouncementDate');
    expect((qualified.Choices as { Next: string }[])[0]!.Next).toBe('GeographicTiming');
    expect(definition.States.FinalReview!.Next).toBe('AnnouncementDate');
  });

  it('records the receipt, ends a withdrawn application, then mails the receipt without ever blocking the review', () => {
    // ADR 063: the receipt mail follows the execution, at least once.
    // A first execution passes Start and FirstExecution to RecordReceipt; a continued award's
    // wait (ADR 114) goes straight to GrantStep.
    expect(definition.StartAt).toBe('Start');
    expect(definition.States.Start!.Default).toBe('FirstExecution');
    expect(definition.States.Start!.Choices).toEqual([
      { Variable: '$.continuation', IsPresent: true, Next: 'GrantStep' },
    ]);
    expect(definition.States.FirstExecution!.Next).toBe('RecordReceipt');
    expect(definition.States.RecordReceipt!.Next).toBe('StillSubmitted');
    const still = definition.States.StillSubmitted!;
    expect(still.Choices).toEqual([
      { Variable: '$.recorded.recorded', BooleanEquals: false, Next: 'Withdrawn' },
    ]);
    expect(definition.States.Withdrawn!.Type).toBe('Succeed');
    expect(still.Default).toBe('SendReceipt');
    const send = definition.States.SendReceipt!;
    expect(send.Resource).toBe('${' + taskSubstitution('SendReceipt') + '}');
    expect(send.Next).toBe('StartCounting');
    // SES failing for half an hour: the review goes on, the outbox sweep mails it later.
    expect(send.Catch).toEqual([
      { ErrorEquals: ['States.ALL'], ResultPath: '$.receiptMailError', Next: 'StartCounting' },
    ]);
  });

  it('retries the tasks that send mail for up to half an hour (5 min apart at most)', () => {
    for (const name of ['SendReceipt', 'Announce', 'GrantReminders']) {
      const [retry] = definition.States[name]!.Retry as {
        IntervalSeconds: number;
        BackoffRate: number;
        MaxAttempts: number;
        MaxDelaySeconds: number;
      }[];
      let total = 0;
      for (let attempt = 0; attempt < retry!.MaxAttempts; attempt++)
        total += Math.min(retry!.IntervalSeconds * retry!.BackoffRate ** attempt, retry!.MaxDelaySeconds);
      expect(retry!.MaxDelaySeconds, name).toBe(300);
      expect(total, name).toBeGreaterThan(25 * 60);
      expect(total, name).toBeLessThan(40 * 60);
    }
  });

  it('reaches every state from the start', () => {
    const reached = new Set<string>();
    const visit = (name: string) => {
      if (reached.has(name)) return;
      reached.add(name);
      const state = definition.States[name]!;
      const next = [
        state.Next,
        state.Default,
        ...((state.Choices as { Next: string }[] | undefined) ?? []).map((c) => c.Next),
        ...((state.Catch as { Next: string }[] | undefined) ?? []).map((c) => c.Next),
      ].filter((n): n is string => typeof n === 'string');
      next.forEach(visit);
    };
    visit(definition.StartAt);
    expect([...reached].sort()).toEqual(Object.keys(definition.States).sort());
  });
});
