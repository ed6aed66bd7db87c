import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { reminderIntervalMs, roundDates } from '../../shared/review/schedule.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { MAX_REMINDERS } from '../../shared/workflow/definition.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { openEarly, submitApplication, waitForStage, type Submitted } from '../support/review.ts';

/**
 * A stage nobody decides: at the stage deadline the chair is reminded (once per interval,
 * however many applications are waiting), a metric is raised for the alarm — and after
 * MAX_REMINDERS reminders the execution fails, which raises the failed-execution alarm. Never
 * silent. The test moves the stack's clock (ADR 075) past the deadline and then one reminder
 * interval (two days, as in AWS) at a time; nothing waits for real time to pass but the
 * workflow's next look (WORKFLOW_MAX_WAIT_SECONDS, 1 s in tests).
 */
let test: TestStack;
const apps: Submitted[] = [];

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const reminders = async () =>
  (await test.mails()).filter(
    (m) => m.to.includes('ekspert.leder@example.no') && /Påminnelse/.test(m.subject),
  );
const executionArn = (id: string) =>
  `${test.stack.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${id}`;

describe('an expert stage past its deadline', () => {
  it('reminds the chair once per interval, then gives up with a failed execution', async () => {
    // Prepare: two applications in the expert stage, which has its configured deadline
    apps.push(await submitApplication(test, { lead: '0301', partners: ['3201'], title: 'Forsinket A' }));
    apps.push(await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Forsinket B' }));
    await openEarly();
    await waitForStage(
      apps.map((a) => a.applicationId),
      'EXPERT_REVIEW',
    );
    const deadline = Date.parse((await roundDates(findRound('demo')!)).expert);
    expect(await reminders()).toHaveLength(0);

    // Act: the clock reaches the deadline
    test.clock.set(deadline + 1_000);

    // Assess: one reminder for both applications, not one per application
    await vi.waitFor(async () => expect(await reminders()).toHaveLength(1), {
      timeout: 15_000,
      interval: 100,
    });
    expect((await reminders())[0]!.text).toContain('2 søknader venter');

    // Act: one interval at a time — one reminder each, until the executions give up
    for (let reminder = 2; reminder <= MAX_REMINDERS; reminder++) {
      for (const app of apps)
        expect(test.stack.workflow.describe(executionArn(app.applicationId))?.status).toBe('RUNNING');
      test.clock.advance(reminderIntervalMs());
      await vi.waitFor(async () => expect(await reminders()).toHaveLength(reminder), {
        timeout: 15_000,
        interval: 100,
      });
    }

    // Assess: both executions failed after their MAX_REMINDERS-th reminder (the alarm)
    for (const app of apps) {
      const execution = await test.stack.workflow.waitForExecution(executionArn(app.applicationId), 15_000);
      expect(execution).toMatchObject({ status: 'FAILED', error: 'StageOverdue' });
      expect((await getApplication(app.applicationId))?.stage).toBe('EXPERT_REVIEW');
    }
    await test.stack.idle();
    expect(await reminders()).toHaveLength(MAX_REMINDERS);
    const reminded = (await listAudit('demo')).filter((entry) => entry.action === 'stage.overdue.reminded');
    expect(reminded).toHaveLength(MAX_REMINDERS);
  }, 120_000);
});
