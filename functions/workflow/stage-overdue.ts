import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Committee } from '../../shared/domain/committees.ts';
import { stageOverdueMail } from '../../shared/mail/templates.ts';
import { sendMail } from '../../shared/mail/ses.ts';
import { nextReminderAt, reminderIntervalMs, roundDates } from '../../shared/review/schedule.ts';
import { stageApplications } from '../../shared/review/stages.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { claimReminder, getStage } from '../../shared/storage/review.ts';
import { logger, metrics } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';
import * as clock from '../../shared/clock.ts';

interface StageOverdueInput {
  applicationId: string;
  roundId: string;
  committee: Committee;
  reminders: number;
}

/**
 * Workflow task on a committee stage's callback timeout. Before the deadline, or before this
 * execution's next reminder is due (`nextReminderAt`), it was only the loop's tick (waits are
 * at most a week): the count stays. Otherwise the stage is overdue:
 * a metric (alarm), one reminder to the chair per interval however many executions time out
 * together, and the count goes up — the state machine gives up (and alarms) at MAX_REMINDERS.
 */
export const handler = workflowTask(async (input: StageOverdueInput): Promise<number> => {
  const round = roundOf(input.roundId);
  const { committee } = input;
  const now = clock.now();
  const deadline = (await roundDates(round))[committee];
  if (now.getTime() < nextReminderAt(deadline, input.reminders)) return input.reminders;
  const stage = await getStage(round.id, committee);
  // Decided: the share reaches this execution when it enters the stage again.
  if (stage?.finalisedAt) return input.reminders;

  // No extra dimension: the alarm watches StageOverdue by service alone (committee in metadata).
  metrics.addMetadata('committee', committee);
  metrics.addMetric('StageOverdue', MetricUnit.Count, 1);
  logger.warn('committee stage overdue', { committee, deadline, reminders: input.reminders + 1 });
  if (await claimReminder(round.id, committee, now, reminderIntervalMs())) {
    const config = round.committees[committee];
    const chair = config.members.find((member) => member.id === config.chair)!;
    const applications = await stageApplications(round, committee);
    // Geographic: one order for all; the others: an outcome per application.
    const undecided =
      committee === 'geographic'
        ? applications.filter((a) => !(stage?.order ?? []).includes(a.applicationId)).length
        : applications.filter((a) => !stage?.proposals?.[a.applicationId]).length;
    const mail = stageOverdueMail({
      locale: 'nb',
      round,
      committee,
      chairName: chair.name,
      deadline,
      undecided,
    });
    await sendMail({ from: round.mail.from, replyTo: round.mail.replyTo, to: chair.email, ...mail });
    await recordAudit({
      roundId: round.id,
      at: now.toISOString(),
      actor: { kind: 'workflow' },
      action: 'stage.overdue.reminded',
      committee,
      details: { deadline, chair: chair.id, undecided },
    });
  }
  return input.reminders + 1;
});
