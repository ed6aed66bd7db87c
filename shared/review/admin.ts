/**
 * What an administrator does from the CLI (scripts/admin.ts), with their own AWS credentials
 * or against the local stack: move a round's dates (or open its stages early on the local
 * stack), issue, revoke and list review links, read the audit trail. Every change is audited.
 */
import type { Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import type { AuditActor } from '../storage/audit.ts';
import { listLinks, moveScheduleOverrides } from '../storage/review.ts';
import { sendInvitation } from './invitations.ts';
import { revokeReviewLink, actorName } from './links.ts';
import { mergeDates, type RoundDates, type ScheduledEvent } from './schedule.ts';
import * as clock from '../clock.ts';

/** Moves some of a round's dates (an override in the table; the configuration stays as it is). */
export async function moveDates(
  round: RoundSchedule,
  changes: Partial<Record<ScheduledEvent, string>>,
  actor: AuditActor,
  now = clock.now(),
): Promise<RoundDates> {
  for (const [event, value] of Object.entries(changes)) {
    if (value === undefined || Number.isNaN(Date.parse(value)))
      throw new Error(`${event}: not an instant: ${value}`);
  }
  const next = await moveScheduleOverrides(round.id, {
    actor,
    updatedBy: actorName(actor),
    now,
    changes,
    move: () =>
      Object.fromEntries(
        Object.entries(changes).map(([event, value]) => [event, new Date(value!).toISOString()]),
      ),
  });
  return mergeDates(round, next);
}

/**
 * Opens a round's committee stages early (local play and demonstrations): the application
 * period ends now, so every execution moves to the expert committee at its next wake-up.
 * The committee deadlines and the announcement date stay as configured.
 */
export function openStagesEarly(round: RoundSchedule, actor: AuditActor, now = clock.now()) {
  return moveDates(round, { applicationCloses: now.toISOString() }, actor, now);
}

/** Brings the announcement forward to now: every decided application is announced at once. */
export function announceNow(round: RoundSchedule, actor: AuditActor, now = clock.now()) {
  return moveDates(round, { announcement: now.toISOString() }, actor, now);
}

/** Re-issue: revokes the member's links for the committee, then e-mails a new one. */
export async function reissueLink(input: {
  round: RoundSchedule;
  committee: Committee;
  memberId: string;
  actor: AuditActor;
  webBaseUrl: string;
}) {
  const revoked: string[] = [];
  for (const link of await listLinks(input.round.id)) {
    if (link.committee === input.committee && link.memberId === input.memberId && !link.revokedAt) {
      if (await revokeReviewLink({ roundId: input.round.id, linkId: link.linkId, actor: input.actor })) {
        revoked.push(link.linkId);
      }
    }
  }
  const issued = await sendInvitation(input);
  return { revoked, issued };
}
