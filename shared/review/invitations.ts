import { randomUUID } from 'node:crypto';
import { memberLocale, type Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { reviewInvitationMail } from '../mail/templates.ts';
import { sendMail } from '../mail/ses.ts';
import { recordAudit, type AuditActor } from '../storage/audit.ts';
import { claimMemberInvitation, markInvitationsSent, releaseMemberInvitation } from '../storage/review.ts';
import { issueLink } from './links.ts';
import { roundDates } from './schedule.ts';
import * as clock from '../clock.ts';

/**
 * Sends each member of the committee one e-mail with a fresh review link — once per member:
 * each invitation is claimed on the stage item before it is sent (and given back if sending
 * fails, so the retry sends it), so executions entering the stage together, or one entering
 * again while its first entry is still sending, never invite anyone twice. Returns how many
 * invitations this call sent (0 when others sent them, or the stage's deadline has passed:
 * links would be born expired).
 */
export async function inviteCommittee(input: {
  round: RoundSchedule;
  committee: Committee;
  webBaseUrl: string;
  now?: Date;
}): Promise<number> {
  const { round, committee } = input;
  const now = input.now ?? clock.now();
  // A stage that opens after its deadline (the previous committee was late) invites nobody
  // yet. The overdue path reminds the chair and alarms; once an administrator moves the
  // deadline, the next entry into the stage sends the invitations.
  if (Date.parse((await roundDates(round))[committee]) <= now.getTime()) return 0;
  const actor: AuditActor = { kind: 'workflow' };
  const at = now.toISOString();
  let sent = 0;
  for (const member of round.committees[committee].members) {
    // The claim's value is unique to this call (when it was claimed, and by which call).
    if (!(await claimMemberInvitation(round.id, committee, member.id, `${at}#${randomUUID()}`))) continue;
    try {
      await sendInvitation({
        round,
        committee,
        memberId: member.id,
        actor,
        webBaseUrl: input.webBaseUrl,
        now,
      });
    } catch (error) {
      await releaseMemberInvitation(round.id, committee, member.id);
      throw error;
    }
    sent++;
  }
  await markInvitationsSent(round.id, committee, at);
  if (sent > 0) {
    await recordAudit({
      roundId: round.id,
      at,
      actor,
      action: 'stage.invitations.sent',
      committee,
      details: { members: sent },
    });
  }
  return sent;
}

/** Issues a link for one member and e-mails it (also used by the administrator's re-issue). */
export async function sendInvitation(input: {
  round: RoundSchedule;
  committee: Committee;
  memberId: string;
  actor: AuditActor;
  webBaseUrl: string;
  now?: Date;
}) {
  const issued = await issueLink(input);
  const member = input.round.committees[input.committee].members.find((m) => m.id === input.memberId)!;
  const mail = reviewInvitationMail({
    locale: memberLocale(member),
    round: input.round,
    committee: input.committee,
    memberName: member.name,
    link: issued.url,
    deadline: issued.record.expiresAt,
  });
  await sendMail({
    from: input.round.mail.from,
    replyTo: input.round.mail.replyTo,
    to: member.email,
    ...mail,
    about: { mail: 'invitation', round: input.round.id, committee: input.committee, member: member.id },
  });
  return issued;
}
