/**
 * Review links: issuing (one link item per link id, then the signed token), revoking, and
 * checking a request's link — signature and expiry (shared/auth/jws.ts), then one GetItem for the link's
 * record (issued, not revoked, for this member and committee), then the member is still in
 * the round's configuration.
 */
import { ulid } from 'ulid';
import * as errors from '../errors.ts';
import { signReviewToken, verifyReviewToken } from '../auth/tokens.ts';
import {
  findMember,
  isCommittee,
  roleOf,
  type Committee,
  type CommitteeMember,
  type CommitteeRole,
} from '../domain/committees.ts';
import { findRound, type RoundSchedule } from '../domain/rounds/index.ts';
import { recordAudit, type AuditActor } from '../storage/audit.ts';
import { createLink, getLink, revokeLink, type ReviewLinkRecord } from '../storage/review.ts';
import { roundDates } from './schedule.ts';
import * as clock from '../clock.ts';

/** The review page's address for a link: the token in the fragment, never sent to a server. */
export const reviewUrl = (webBaseUrl: string, committee: Committee, token: string) =>
  `${webBaseUrl}/review/${committee}#token=${encodeURIComponent(token)}`;

export interface IssuedLink {
  record: ReviewLinkRecord;
  token: string;
  url: string;
}

/**
 * Issues a link for a member of a round's committee, expiring at the stage's deadline as it
 * holds now. Refuses a member who is not in the configuration, and a stage whose deadline has
 * passed (move the deadline first).
 */
export async function issueLink(input: {
  round: RoundSchedule;
  committee: Committee;
  memberId: string;
  actor: AuditActor;
  webBaseUrl: string;
  now?: Date;
}): Promise<IssuedLink> {
  const now = input.now ?? clock.now();
  if (!findMember(input.round.committees, input.committee, input.memberId)) {
    throw new Error(
      `${input.memberId} is not a member of the ${input.committee} committee of ${input.round.id}`,
    );
  }
  const expiresAt = (await roundDates(input.round))[input.committee];
  if (Date.parse(expiresAt) <= now.getTime()) {
    throw new Error(
      `The ${input.committee} stage's deadline (${expiresAt}) has passed: move it before issuing links`,
    );
  }
  const record: ReviewLinkRecord = {
    linkId: ulid(),
    roundId: input.round.id,
    committee: input.committee,
    memberId: input.memberId,
    issuedAt: now.toISOString(),
    issuedBy: actorName(input.actor),
    expiresAt,
  };
  await createLink(record);
  await recordAudit(
    {
      roundId: record.roundId,
      at: record.issuedAt,
      actor: input.actor,
      action: 'link.issued',
      committee: record.committee,
      details: { linkId: record.linkId, memberId: record.memberId, expiresAt },
    },
    `link-issued-${record.linkId}`,
  );
  const token = await signReviewToken({
    memberId: record.memberId,
    committee: record.committee,
    roundId: record.roundId,
    linkId: record.linkId,
    expiresAt,
  });
  return { record, token, url: reviewUrl(input.webBaseUrl, input.committee, token) };
}

export async function revokeReviewLink(input: {
  roundId: string;
  linkId: string;
  actor: AuditActor;
  now?: Date;
}): Promise<boolean> {
  const at = (input.now ?? clock.now()).toISOString();
  const revoked = await revokeLink(input.roundId, input.linkId, actorName(input.actor), at);
  if (revoked) {
    await recordAudit(
      {
        roundId: input.roundId,
        at,
        actor: input.actor,
        action: 'link.revoked',
        details: { linkId: input.linkId },
      },
      `link-revoked-${input.linkId}`,
    );
  }
  return revoked;
}

export function actorName(actor: AuditActor): string {
  switch (actor.kind) {
    case 'member':
      return `member:${actor.id}`;
    case 'admin':
      return `admin:${actor.id}`;
    case 'staff':
      return `staff:${actor.id}`;
    case 'applicant':
      return `applicant:${actor.applicationId}`;
    case 'workflow':
      return 'workflow';
  }
}

/** A request's reviewer, once the link has passed every check. */
export interface Reviewer {
  round: RoundSchedule;
  committee: Committee;
  member: CommitteeMember;
  role: CommitteeRole;
  link: ReviewLinkRecord;
  actor: AuditActor;
}

/**
 * Checks a review link. REVIEW_LINK_INVALID for a bad signature, an expired or foreign
 * token (an applicant's), an unknown link, or claims that do not match the link's record;
 * REVIEW_LINK_REVOKED for a revoked link; a member no longer configured is refused too.
 */
export async function authenticateReviewer(token: string): Promise<Reviewer> {
  const claims = await verifyReviewToken(token);
  if (!isCommittee(claims.committee)) throw errors.reviewLinkInvalid();
  const round = findRound(claims.roundId);
  if (!round) throw errors.reviewLinkInvalid();
  const link = await getLink(claims.roundId, claims.linkId);
  if (!link || link.memberId !== claims.memberId || link.committee !== claims.committee) {
    throw errors.reviewLinkInvalid();
  }
  if (link.revokedAt) throw errors.reviewLinkRevoked();
  const committee = claims.committee;
  const member = findMember(round.committees, committee, claims.memberId);
  if (!member) throw errors.reviewLinkRevoked();
  return {
    round,
    committee,
    member,
    role: roleOf(round.committees[committee], member.id),
    link,
    actor: { kind: 'member', id: member.id, committee },
  };
}
