import * as clock from '../clock.ts';
import { memberLocale, type Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { stageOverdueMail } from '../mail/templates.ts';
import { sendMail } from '../mail/ses.ts';
import { recordAudit } from '../storage/audit.ts';
import { claimReminder, getStage } from '../storage/review.ts';
import { nextReminderAt, reminderIntervalMs, roundDates } from './schedule.ts';
import { stageApplications } from './stages.ts';

/**
 * The workflow's StageOverdue task, on a committee stage's callback timeout. Before the
 * deadline, or before this execution's next reminder is due (`nextReminderAt`), it was only
 * the loop's tick (waits are at most a week): the count stays. Otherwise the stage is overdue
 * (the task counts it for the alarm): one reminder to the chair per interval however many
 * executions time out together, and the count goes up — the state machine gives up (and
 * alarms) at MAX_REMINDERS.
 */
export async function remindIfOverdue(
  round: RoundSchedule,
  input: { committee: Committee; reminders: number },
): Promise<{ reminders: number; overdue?: { deadline: string } }> {
  const { committee } = input;
  const now = clock.now();
  const deadline = (await roundDates(round))[committee];
  if (now.getTime() < nextReminderAt(deadline, input.reminders)) return { reminders: input.reminders };
  const stage = await getStage(round.id, committee);
  // Decided: the share reaches this execution when it enters the stage again.
  if (stage?.finalisedAt) return { reminders: input.reminders };

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
      locale: memberLocale(chair),
      round,
      committee,
      chairName: chair.name,
      deadline,
      undecided,
    });
    await sendMail({
      from: round.mail.from,
      replyTo: round.mail.replyTo,
      to: chair.email,
      ...mail,
      about: { mail: 'overdue-reminder', round: round.id, committee, member: chair.id },
    });
    await recordAudit({
      roundId: round.id,
      at: now.toISOString(),
      actor: { kind: 'workflow' },
      action: 'stage.overdue.reminded',
      committee,
      details: { deadline, chair: chair.id, undecided },
    });
  }
  return { reminders: input.reminders + 1, overdue: { deadline } };
}
