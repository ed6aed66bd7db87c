/**
 * A bounce or complaint SES reported for one of the portal's mails (ADR 083): recorded on what
 * the mail concerned — the application, or the committee member — audited, and the secretariat
 * (the round's reply-to address) told, so a member whose address bounces does not silently go
 * without a link. The mail's tags name what it concerned (shared/mail/events.ts).
 *
 * At least once, idempotent: SES and EventBridge may deliver an event twice and a failed
 * invocation is retried; the record is written once per SES feedback id, the audit entry's id
 * is derived from it, and the notice is marked sent after it is sent — a retry after a failed
 * send sends it, a retry after the mark does not.
 */
import { findRound } from '../domain/rounds/index.ts';
import { isCommittee } from '../domain/committees.ts';
import { needsAttention, problemOf, type MailProblem, type SesEventRecord } from '../mail/events.ts';
import { sendMail } from '../mail/ses.ts';
import { mailProblemNotice } from '../mail/templates.ts';
import { recordAudit } from '../storage/audit.ts';
import {
  markMailProblemNoticeSent,
  recordMailProblem,
  type MailProblemTarget,
} from '../storage/mail-problems.ts';

export type MailProblemOutcome =
  /** Recorded (now or by an earlier delivery), audited; `noticed`: the secretariat was told by this call. */
  | {
      readonly outcome: 'recorded';
      readonly problem: MailProblem;
      readonly target?: MailProblemTarget;
      readonly noticed: boolean;
    }
  /** A notice to the secretariat itself bounced: logged and alarmed on, never answered with another mail. */
  | { readonly outcome: 'notice-bounced'; readonly problem: MailProblem }
  /** The mail's tags name no round the portal knows: nothing to record it on. */
  | { readonly outcome: 'unknown-round'; readonly problem: MailProblem };

export async function handleMailProblem(record: SesEventRecord): Promise<MailProblemOutcome> {
  const { problem, subject } = problemOf(record);
  if (subject.mail === 'secretariat-notice') return { outcome: 'notice-bounced', problem };
  const round = subject.round ? findRound(subject.round) : undefined;
  if (!round) return { outcome: 'unknown-round', problem };

  const target: MailProblemTarget | undefined = subject.application
    ? { kind: 'application', applicationId: subject.application }
    : subject.committee && subject.member && isCommittee(subject.committee)
      ? { kind: 'member', roundId: round.id, committee: subject.committee, memberId: subject.member }
      : undefined;
  const state = target
    ? await recordMailProblem(target, problem)
    : { found: false, recorded: true, noticeSent: false };

  // The audit entry's id comes from SES's feedback id: a second delivery writes nothing new.
  await recordAudit(
    {
      roundId: round.id,
      at: problem.at,
      actor: { kind: 'workflow' },
      action: problem.type === 'bounce' ? 'mail.bounced' : 'mail.complained',
      ...(target?.kind === 'application' && { applicationId: target.applicationId }),
      ...(target?.kind === 'member' && { committee: target.committee }),
      details: {
        reportedBy: 'SES',
        mail: problem.mail ?? 'unknown',
        detail: problem.detail,
        ...(target?.kind === 'member' && { member: target.memberId }),
        ...(target && !state.found && { recordedOn: 'nothing: the item does not exist' }),
      },
    },
    `MAIL-${problem.feedbackId.replace(/[^A-Za-z0-9-]/g, '')}`,
  );

  let noticed = false;
  if (needsAttention(problem) && !state.noticeSent) {
    const notice = mailProblemNotice({
      round,
      problem,
      mail: problem.mail ?? 'ukjent',
      concerns:
        target?.kind === 'application'
          ? { kind: 'application', applicationId: target.applicationId }
          : target?.kind === 'member'
            ? { kind: 'member', committee: target.committee, memberId: target.memberId }
            : { kind: 'unknown' },
    });
    await sendMail({
      from: round.mail.from,
      to: round.mail.replyTo,
      ...notice,
      about: { mail: 'secretariat-notice', round: round.id },
    });
    noticed = true;
    if (target && state.found) await markMailProblemNoticeSent(target, problem.feedbackId);
  }
  return { outcome: 'recorded', problem, ...(target && { target }), noticed };
}
