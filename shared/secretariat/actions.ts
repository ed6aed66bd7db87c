/**
 * What the secretariat does to a round (ADR 094) — one service for the console's staff routes
 * and the administrators' CLI (scripts/admin.ts): resend an applicant's sign-in link, withdraw
 * an application on the applicant's written request, issue and revoke committee members'
 * review links, move a round's dates, announce now, read the links and the audit trail. Each
 * change is audited with its actor (a staff member by address, an administrator by name).
 * Refusals are domain errors with field issues, in the caller's language at the edge.
 */
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { COMMITTEES, findMember, type Committee } from '../domain/committees.ts';
import { findRound, type RoundSchedule } from '../domain/rounds/index.ts';
import * as errors from '../errors.ts';
import {
  grantDateIssues,
  mergeGrantDates,
  grantDatesMoved,
  moveGrantDates,
  type GrantDateChanges,
} from '../grants/dates.ts';
import type { GrantDates } from '../grants/state.ts';
import { moveDates, reissueLink } from '../review/admin.ts';
import { revokeReviewLink } from '../review/links.ts';
import { mergeDates, roundDates, type RoundDates, type ScheduledEvent } from '../review/schedule.ts';
import { getApplication } from '../storage/applications.ts';
import { listAudit, recordAudit, type AuditActor } from '../storage/audit.ts';
import { getScheduleOverrides, getStage, listLinks } from '../storage/review.ts';
import { withdrawApplication } from '../submission/withdraw.ts';
import { limitMailbox } from '../submission/limits.ts';
import { mailApplicationSignInLink } from '../submission/start.ts';

/** A round's dates in the order they must keep: each after the one before. */
export const SCHEDULED_EVENTS: readonly ScheduledEvent[] = [
  'applicationCloses',
  'expert',
  'geographic',
  'final',
  'announcement',
];

/** The round a route or command names, or ROUND_NOT_FOUND. */
export function roundById(roundId: string): RoundSchedule {
  const round = findRound(roundId);
  if (!round) throw errors.roundNotFound();
  return round;
}

/**
 * A new sign-in link for an application, mailed to its owner's address — the verified one
 * that signed in first, never another — in the application's language, good once for an hour
 * (ADR 086). Within the mailbox's limit (ADR 085). Audited.
 */
export async function resendSignInLink(applicationId: string, actor: AuditActor) {
  const application = await getApplication(applicationId);
  const round = application && findRound(application.roundId);
  if (!application || !round) throw errors.notFound();
  await limitMailbox(application.ownerEmail.trim());
  const now = clock.now();
  const { linkId, email, expiresAt } = await mailApplicationSignInLink(application, round, 'nb');
  await recordAudit(
    {
      roundId: round.id,
      at: now.toISOString(),
      actor,
      action: 'signin-link.resent',
      applicationId,
      details: { linkId },
    },
    `signin-link-resent-${linkId}`,
  );
  return { applicationId, sentTo: email, expiresAt: expiresAt.toISOString() };
}

/**
 * Withdraws an application on its applicant's written request: the same rules and workflow
 * stop as the applicant's own withdrawal (shared/submission/withdraw.ts: a draft or a
 * submitted application, until the application period ends — WITHDRAW_NOT_ALLOWED after), with
 * the request's reason in the audit trail. Withdrawing a withdrawn one changes nothing.
 */
export async function withdrawOnRequest(applicationId: string, reason: string, actor: AuditActor) {
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const { previousStatus, mailDeferred, ...withdrawn } = await withdrawApplication(applicationId);
  if (previousStatus) {
    await recordAudit(
      {
        roundId: application.roundId,
        at: withdrawn.withdrawnAt,
        actor,
        action: 'application.withdrawn',
        applicationId,
        details: { reason, previousStatus, onRequest: true },
      },
      `application-withdrawn-${applicationId}`,
    );
  }
  return { withdrawn, mailDeferred };
}

/**
 * Issues a member a new review link for a committee and mails it; the member's earlier live
 * links for it are revoked first (the re-issue of `npm run admin -- links issue`). Refused for
 * a member not in the committee (MEMBER_UNKNOWN at `memberId`) and once the stage's deadline has
 * passed (STAGE_DEADLINE_PASSED: move it first).
 */
export async function issueCommitteeLink(
  round: RoundSchedule,
  committee: Committee,
  memberId: string,
  actor: AuditActor,
) {
  if (!findMember(round.committees, committee, memberId)) {
    throw errors.validation([{ path: 'memberId', code: 'MEMBER_UNKNOWN', params: { committee } }]);
  }
  const deadline = (await roundDates(round))[committee];
  if (Date.parse(deadline) <= clock.nowMs()) throw errors.stageDeadlinePassed({ committee, deadline });
  const { revoked, issued } = await reissueLink({
    round,
    committee,
    memberId,
    actor,
    webBaseUrl: requireEnv(ENV.webBaseUrl),
  });
  return {
    linkId: issued.record.linkId,
    committee,
    memberId,
    issuedAt: issued.record.issuedAt,
    expiresAt: issued.record.expiresAt,
    revoked,
    /** For the CLI's print-out only: the console's answer never carries it (the link is mailed). */
    url: issued.url,
  };
}

/** Revokes a live review link of the round; LINK_NOT_FOUND for one not there or revoked already. */
export async function revokeCommitteeLink(round: RoundSchedule, linkId: string, actor: AuditActor) {
  if (!(await revokeReviewLink({ roundId: round.id, linkId, actor }))) throw errors.linkNotFound();
}

/** The round's review links, newest first, optionally of one committee. */
export async function listRoundLinks(round: RoundSchedule, committee?: Committee) {
  const links = await listLinks(round.id);
  return links
    .filter((link) => !committee || link.committee === committee)
    .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
}

/**
 * Moves some of a round's dates (`npm run admin -- stages move`, the console): each an
 * instant; at least one; and the dates as they would hold keep their order — the application
 * deadline, then each committee's deadline, then the announcement (DATE_ORDER at the field
 * that would break it, naming the date it must follow); after the award, the acceptance
 * deadline and each school year's report due date follow the announcement in that order
 * (shared/grants/dates.ts, ADR 113: the waiting awards are resumed to see them). Audited
 * (`schedule.moved`).
 */
export async function moveRoundDates(
  round: RoundSchedule,
  changes: Partial<Record<ScheduledEvent, string>> & GrantDateChanges,
  actor: AuditActor,
): Promise<RoundDates & GrantDates> {
  const moved = SCHEDULED_EVENTS.filter((event) => changes[event] !== undefined);
  const grantChanges: GrantDateChanges = {
    ...(changes.acceptBy !== undefined ? { acceptBy: changes.acceptBy } : {}),
    ...(changes.reportsDue ? { reportsDue: changes.reportsDue } : {}),
  };
  if (moved.length === 0 && !grantDatesMoved(grantChanges))
    throw errors.validation([{ path: '', code: 'DATES_REQUIRED' }]);
  const invalid = moved.filter((event) => Number.isNaN(Date.parse(changes[event]!)));
  if (invalid.length)
    throw errors.validation(invalid.map((event) => ({ path: event, code: 'FORMAT_INVALID' })));
  // One read of the schedule item: the round's dates and the award's as they hold now.
  const overrides = await getScheduleOverrides(round.id);
  const current = mergeDates(round, overrides);
  const currentGrant = mergeGrantDates(round, overrides);
  const next = { ...current };
  for (const event of moved) next[event] = new Date(changes[event]!).toISOString();
  // The round's own order is checked when one of its dates moves (announce-now may leave the
  // committees' deadlines after the announcement; moving a date after the award is not refused for it).
  const issues = SCHEDULED_EVENTS.slice(1).flatMap((event, index) => {
    if (moved.length === 0) return [];
    const before = SCHEDULED_EVENTS[index]!;
    if (Date.parse(next[event]) > Date.parse(next[before])) return [];
    // Named at the date that moved: the later one if it did, else the earlier one.
    const at = changes[event] !== undefined ? event : before;
    return [{ path: at, code: at === event ? 'DATE_TOO_EARLY' : 'DATE_TOO_LATE' }];
  });
  const grantIssues = grantDateIssues(
    round,
    { at: next.announcement, moved: changes.announcement !== undefined },
    currentGrant,
    grantChanges,
  );
  if (issues.length || grantIssues.length) throw errors.validation([...issues, ...grantIssues]);
  const dates = moved.length
    ? await moveDates(round, Object.fromEntries(moved.map((event) => [event, next[event]])), actor)
    : current;
  const after = grantDatesMoved(grantChanges)
    ? await moveGrantDates(round, grantChanges, actor)
    : currentGrant;
  return { ...dates, ...after };
}

/**
 * The announcement now (the console's "announce now"; the CLI's `stages announce-now` on the
 * local stack): once the final committee has finalised its decision — before, there is nothing
 * to announce (ANNOUNCEMENT_NOT_READY). Every decided application is then announced within the
 * workflow's next look at the date. Audited (`schedule.moved`).
 */
export async function announceRoundNow(round: RoundSchedule, actor: AuditActor) {
  const final = await getStage(round.id, 'final');
  if (!final?.finalisedAt) throw errors.announcementNotReady();
  return moveDates(round, { announcement: clock.now().toISOString() }, actor);
}

/** The audit trail of a round, or of one application (its round's partition, filtered). */
export async function auditTrail(target: string) {
  const round = findRound(target);
  if (round) return { roundId: round.id, entries: await listAudit(round.id) };
  const application = await getApplication(target);
  if (!application) return undefined;
  return {
    roundId: application.roundId,
    applicationId: application.applicationId,
    entries: await listAudit(application.roundId, application.applicationId),
  };
}

export { COMMITTEES };
