/**
 * Who acts for a committee (ADR 043): the one rule, used by every endpoint that sets an outcome,
 * the order or finalises, and by the views that tell a member whether they may.
 *
 * - On one application: the chair — or, where the chair declared a conflict of interest on it,
 *   the deputy chair; never a member who stood aside on it (then nobody may, and the
 *   administrator names another deputy in the round's configuration).
 * - On the stage as a whole (the geographic order, finalising): the chair — or the deputy chair
 *   when the chair stood aside on any application of the stage.
 */
import * as errors from '../errors.ts';
import type { Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import type { Declaration, MemberReviewRecord } from '../storage/review.ts';
import type { Reviewer } from './links.ts';

/** Members who declared a conflict of interest, per application. */
export function standAsideByApplication(reviews: readonly MemberReviewRecord[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const review of reviews) {
    if (!review.declaration?.conflicted) continue;
    map.set(review.applicationId, [...(map.get(review.applicationId) ?? []), review.memberId]);
  }
  return map;
}

/** The member who acts for the committee on one application, given who stood aside on it. */
export function actingChairFor(
  round: RoundSchedule,
  committee: Committee,
  standAside: readonly string[],
): string | undefined {
  const { chair, deputyChair } = round.committees[committee];
  if (!standAside.includes(chair)) return chair;
  if (deputyChair && !standAside.includes(deputyChair)) return deputyChair;
  return undefined;
}

/** The member who acts for the committee on the whole stage (its order, its finalisation). */
export function actingChairOfStage(
  round: RoundSchedule,
  committee: Committee,
  standAside: ReadonlyMap<string, readonly string[]>,
): string | undefined {
  const { chair, deputyChair } = round.committees[committee];
  const chairStoodAside = [...standAside.values()].some((members) => members.includes(chair));
  return chairStoodAside ? deputyChair : chair;
}

/** Whether the member may set the committee's order or finalise its stage. */
export function mayActForCommittee(
  round: RoundSchedule,
  committee: Committee,
  memberId: string,
  standAside: ReadonlyMap<string, readonly string[]>,
): boolean {
  return actingChairOfStage(round, committee, standAside) === memberId;
}

/**
 * Refuses a member who may not set this application's outcome: not the chair or deputy
 * (NOT_CHAIR), standing aside on it (CONFLICTED), the deputy where the chair acts (NOT_CHAIR),
 * or not yet declared (DECLARATION_REQUIRED).
 */
export function requireActsOn(reviewer: Reviewer, reviewsOfApplication: readonly MemberReviewRecord[]) {
  if (reviewer.role === 'member') throw errors.notChair();
  const mine = reviewsOfApplication.find((review) => review.memberId === reviewer.member.id)?.declaration;
  if (mine?.conflicted) throw errors.conflicted();
  const standAside = reviewsOfApplication
    .filter((review) => review.declaration?.conflicted)
    .map((review) => review.memberId);
  if (actingChairFor(reviewer.round, reviewer.committee, standAside) !== reviewer.member.id)
    throw errors.notChair();
  if (!mine) throw errors.declarationRequired();
}

/**
 * Whether the member may read and write the committee's discussion of an application (ADR
 * 090): declared no conflict on it, and in the expert committee — whose members assess each on
 * their own first — given their own assessment (the chair and deputy, who see every assessment
 * to decide, once declared).
 */
export function mayDiscuss(
  reviewer: Reviewer,
  mine: { declaration?: Declaration; assessment?: unknown } | undefined,
): boolean {
  if (!mine?.declaration || mine.declaration.conflicted) return false;
  return !needsOwnAssessment(reviewer) || !!mine.assessment;
}

/** Expert members (not the chair or deputy) see the others' work only after giving their own. */
export function needsOwnAssessment(reviewer: Reviewer): boolean {
  return reviewer.committee === 'expert' && reviewer.role === 'member';
}
