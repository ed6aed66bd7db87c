import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_REMINDERS } from '../../shared/workflow/definition.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  moveDemoDates,
  openEarly,
  submitApplication,
  waitForStage,
  type Submitted,
} from '../support/review.ts';

/**
 * A stage nobody decides: the callback times out at the stage deadline, the chair is reminded
 * (once per interval, however many applications time out together), a metric is raised for
 * the alarm — and after MAX_REMINDERS reminders the execution fails, which raises the
 * failed-execution alarm. Never silent. Reminders here come every second.
 */
let test: TestStack;
const apps: Submitted[] = [];

beforeAll(async () => {
  test = await startTestStack({ stageReminderIntervalSeconds: 1 });
});
afterAll(async () => test?.stop());

describe('an expert stage past its deadline', () => {
  it('reminds the chair, then gives up with a failed execution', async () => {
    // Prepare: two applications; the expert deadline two seconds after the stage opens
    apps.push(await submitApplication(test, { lead: '0301', partners: ['3201'], title: 'Forsinket A' }));
    apps.push(await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Forsinket B' }));
    await moveDemoDates({ expert: new Date(Date.now() + 4_000).toISOString() });

    // Act
    await openEarly();
    await waitForStage(
      apps.map((a) => a.applicationId),
      'EXPERT_REVIEW',
    );

    // Assess: the chair is reminded, not once per application
    await vi.waitFor(
      async () => {
        const reminders = (await test.mails()).filter(
          (m) => m.to.includes('ekspert.leder@example.no') && /Påminnelse/.test(m.subject),
        );
        expect(reminders.length).toBeGreaterThanOrEqual(1);
        expect(reminders[0]!.text).toContain('2 søknader venter');
      },
      { timeout: 15_000, interval: 200 },
    );
    const executionArn = (id: string) =>
      `${test.stack.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${id}`;
    for (const app of apps) {
      const execution = await test.stack.workflow.waitForExecution(executionArn(app.applicationId), 40_000);
      expect(execution).toMatchObject({ status: 'FAILED', error: 'StageOverdue' });
    }
    const reminded = (await listAudit('demo')).filter((entry) => entry.action === 'stage.overdue.reminded');
    expect(reminded.length).toBeGreaterThanOrEqual(1);
    // Two executions each counted MAX_REMINDERS timeouts; reminders were claimed at most once per half interval.
    expect(reminded.length).toBeLessThanOrEqual(MAX_REMINDERS * 2);
  }, 60_000);
});
