/**
 * What committee members see: the stage, the list, one application — shaped per committee and
 * per member (declaration first; a conflicted member sees none of the committee's discussion,
 * nor anything of that application's standing: not its rank, not its share of the budget or the
 * indicators — the others' ranks are counted without it; assessments side by side for the chair
 * and deputy only). Nothing set by a member who stood aside counts. docs/review-api.md is the
 * contract.
 */
import type { submittedAttachmentDownloads } from '../files/downloads.ts';
import { budgetSummary } from '../domain/application.ts';
import { commitmentOf } from '../domain/attachments.ts';
import { countsAgainstBudget } from '../grants/state.ts';
import type { Committee } from '../domain/committees.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import {
  assessmentAverages,
  budgetUse,
  indicators,
  requestedAmounts,
  type ExpertAssessment,
  type FinalProposal,
} from '../domain/review.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import type { DiscussionEntry, MemberReviewRecord, StageRecord } from '../storage/review.ts';
import { mayActForCommittee, mayDiscuss, standAsideByApplication } from './acting.ts';
import type { Reviewer } from './links.ts';
import { applicationCounties, standingOf } from './stages.ts';

export function stageView(stage: StageRecord | undefined, deadline: string) {
  const status: 'not-open' | 'open' | 'finalised' = !stage?.openedAt
    ? 'not-open'
    : stage.finalisedAt
      ? 'finalised'
      : 'open';
  return {
    status,
    openedAt: stage?.openedAt ?? null,
    deadline,
    finalisedAt: stage?.finalisedAt ?? null,
    finalisedBy: stage?.finalisedBy ?? null,
    version: stage?.version ?? 0,
  };
}

export function municipalityView(round: RoundSchedule, number: string | undefined) {
  const found = number ? findMunicipality(round.division, number) : undefined;
  return found
    ? {
        number: found.number,
        name: found.name,
        countyNumber: found.countyNumber,
        countyName: found.countyName,
      }
    : { number: number ?? '', name: '', countyNumber: '', countyName: '' };
}

/** The facts every list shows about an application (nothing personal beyond the project). */
export function applicationSummary(round: RoundSchedule, application: ApplicationRecord) {
  const { draft } = application;
  const lead = municipalityView(round, draft.leadMunicipality);
  const partners = (draft.partnerMunicipalities ?? []).map((number) => municipalityView(round, number));
  const counties = new Map(
    [lead, ...partners].filter((m) => m.countyNumber).map((m) => [m.countyNumber, m.countyName] as const),
  );
  return {
    applicationId: application.applicationId,
    receiptNumber: application.receipt?.number ?? '',
    submittedAt: application.receipt?.submittedAt ?? '',
    title: draft.title ?? '',
    leadMunicipality: lead,
    partnerMunicipalities: partners,
    counties: [...counties]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([number, name]) => ({ number, name })),
    activityAreas: (draft.activityAreas ?? []).map((area) => area.code),
    artSubjects: [...(draft.artSubjects?.subjects ?? [])],
    requested: requestedAmounts(draft, round),
    /** Each municipality and partner, and whether a submitted letter of intent is tied to it (ADR 098). */
    commitment: commitmentOf(draft, application.submittedAttachments ?? []).map(({ party, documented }) => ({
      party,
      documented,
    })),
  };
}

const declarationOf = (review: MemberReviewRecord | undefined) => review?.declaration ?? null;

function mineOf(committee: Committee, review: MemberReviewRecord | undefined) {
  if (!review) return null;
  if (committee === 'expert') return review.assessment ?? null;
  if (committee === 'geographic') return review.comment ?? null;
  return null;
}

/**
 * Whether the reviewer sees everyone's assessments of an application: the chair and deputy, who
 * decide; an expert member once they have given their own (ADR 090).
 */
function seesAllAssessments(reviewer: Reviewer, mine: MemberReviewRecord | undefined) {
  return reviewer.role === 'chair' || reviewer.role === 'deputy' || !!mine?.assessment;
}

/**
 * A place in a ranking as a member may see it: counted without the applications they stood
 * aside on (so a gap in the others' ranks does not give one away); undefined for those.
 */
function visibleRank(ranked: readonly string[], applicationId: string, hidden: ReadonlySet<string>) {
  if (hidden.has(applicationId)) return undefined;
  const visible = ranked.filter((id) => !hidden.has(id));
  const index = visible.indexOf(applicationId);
  return index < 0 ? undefined : index + 1;
}

/** The earlier stages' outcomes, for the geographic and final committees. */
function earlierOutcomes(committee: Committee, application: ApplicationRecord, geographicRank?: number) {
  const expert = application.expertDecision
    ? { qualified: application.expertDecision.qualified, reason: application.expertDecision.reason }
    : null;
  const geographic =
    application.geographicDecision && geographicRank !== undefined
      ? { rank: geographicRank, comment: application.geographicDecision.comment ?? '' }
      : null;
  if (committee === 'expert') return {};
  if (committee === 'geographic') return { expert };
  return { expert, geographic };
}

/** What stands of a stage for a member: void proposals left out, their conflicts' places hidden. */
function standingFor(
  stage: StageRecord | undefined,
  standAside: Map<string, string[]>,
  hidden: ReadonlySet<string>,
) {
  const standing = standingOf(stage, standAside);
  return { ...standing, order: standing.order.filter((id) => !hidden.has(id)) };
}

/** The current proposal for an application: from the decision once finalised. */
function proposalOf(
  committee: Committee,
  stage: StageRecord | undefined,
  standing: ReturnType<typeof standingFor>,
  applicationId: string,
) {
  if (!stage) return null;
  if (committee === 'geographic') {
    const rank = standing.order.indexOf(applicationId);
    return rank < 0 ? null : { rank: rank + 1, comment: standing.comments[applicationId] ?? '' };
  }
  const decided = stage.decision?.[applicationId];
  // A geographic share is a rank, answered from the order above.
  if (decided && !('rank' in decided)) {
    const { decidedAt: _d, finalisedBy: _f, standAside: _s, ...rest } = decided;
    return rest;
  }
  return standing.proposals[applicationId] ?? null;
}

/** The applications a member declared a conflict on. */
function conflictsOf(memberId: string, reviews: readonly MemberReviewRecord[], stage?: StageRecord) {
  return new Set([
    ...reviews
      .filter((review) => review.memberId === memberId && review.declaration?.conflicted)
      .map((review) => review.applicationId),
    ...(stage?.conflicts[memberId] ?? []),
  ]);
}

export function listView(input: {
  reviewer: Reviewer;
  stage: StageRecord | undefined;
  deadline: string;
  applications: readonly ApplicationRecord[];
  reviews: readonly MemberReviewRecord[];
  /** The final committee: the geographic advisers' reviews, whose comments it reads. */
  advisers?: readonly MemberReviewRecord[];
}) {
  const { reviewer, stage, applications, reviews } = input;
  const { round, committee } = reviewer;
  const byApplication = new Map<string, MemberReviewRecord[]>();
  for (const review of reviews) {
    byApplication.set(review.applicationId, [...(byApplication.get(review.applicationId) ?? []), review]);
  }
  const standAside = standAsideByApplication(reviews);
  const hidden = conflictsOf(reviewer.member.id, reviews);
  const standing = standingFor(stage, standAside, hidden);
  // The final list is in priority order; the applications the member stood aside on go last
  // (in submission order), so their place says nothing either.
  const listed =
    committee === 'final'
      ? [
          ...applications.filter((a) => !hidden.has(a.applicationId)),
          ...applications.filter((a) => hidden.has(a.applicationId)),
        ]
      : applications;
  const ranked = applications.map((application) => application.applicationId);
  const rows = listed.map((application) => {
    const appReviews = byApplication.get(application.applicationId) ?? [];
    const mine = appReviews.find((review) => review.memberId === reviewer.member.id);
    const declaration = declarationOf(mine);
    const open = declaration !== null && !declaration.conflicted;
    const counted = appReviews.filter(
      (review) => review.declaration?.conflicted === false && review.assessment,
    );
    return {
      ...applicationSummary(round, application),
      declaration,
      mine: open ? mineOf(committee, mine) : null,
      ...(open
        ? earlierOutcomes(committee, application, visibleRank(ranked, application.applicationId, hidden))
        : {}),
      proposal: open ? proposalOf(committee, stage, standing, application.applicationId) : null,
      assessments:
        committee === 'expert' && open && seesAllAssessments(reviewer, mine)
          ? assessmentAverages(counted.map((review) => review.assessment as ExpertAssessment))
          : null,
      comments:
        committee === 'geographic' && open
          ? appReviews
              .filter((review) => review.declaration?.conflicted === false && review.comment)
              .map((review) => commentView(round, review))
          : null,
      ...(committee === 'final' && open
        ? { advisers: advisersComments(round, application.applicationId, input.advisers ?? []) }
        : {}),
    };
  });
  return {
    stage: stageView(stage, input.deadline),
    /** Whether the caller acts for the committee now (sets the order, finalises). */
    actsForCommittee: mayActForCommittee(round, committee, reviewer.member.id, standAside),
    applications: rows,
    ...(committee === 'geographic' ? { order: standing.order } : {}),
    ...(committee === 'final'
      ? finalFigures(
          round,
          stage,
          applications.filter((application) => !hidden.has(application.applicationId)),
          standing.proposals,
        )
      : {}),
  };
}

/**
 * The final committee's budget and indicators over the applications proposed for an award —
 * those given, which for a member leave out the ones they stood aside on — counting only
 * proposals that stand (`proposals`: without any set by a member who stood aside).
 */
export function finalFigures(
  round: RoundSchedule,
  stage: StageRecord | undefined,
  applications: readonly ApplicationRecord[],
  proposals: Readonly<Record<string, unknown>>,
) {
  // A declined award's money is free again (ADR 102).
  const awarded = applications.filter(countsAgainstBudget).flatMap((application) => {
    const proposal = (stage?.decision?.[application.applicationId] ??
      proposals[application.applicationId]) as FinalProposal | undefined;
    return proposal?.awarded ? [{ application, amounts: proposal.amounts }] : [];
  });
  const use = budgetUse(
    round,
    awarded.map((award) => award.amounts),
  );
  return {
    budget: { perYear: use.perYear, total: use.total, overBudget: use.overBudget },
    indicators: indicators(
      awarded.map(({ application }) => ({
        artSubjects: application.draft.artSubjects?.subjects ?? [],
        activityAreas: (application.draft.activityAreas ?? []).map((area) => area.code),
        counties: applicationCounties(round, application),
      })),
    ),
  };
}

function memberName(round: RoundSchedule, committee: Committee, memberId: string) {
  return round.committees[committee].members.find((member) => member.id === memberId)?.name ?? memberId;
}

/**
 * The committee's discussion of an application as its members read it (ADR 090): each post with
 * its author's name, and whether the author has since declared a conflict of interest on it
 * (their posts stay on the record, marked, and carry no weight).
 */
export function discussionView(
  round: RoundSchedule,
  committee: Committee,
  entries: readonly DiscussionEntry[],
  reviews: readonly MemberReviewRecord[],
) {
  const aside = new Set(
    reviews.filter((review) => review.declaration?.conflicted).map((review) => review.memberId),
  );
  return entries.map((entry) => ({
    id: entry.id,
    memberId: entry.memberId,
    memberName: memberName(round, committee, entry.memberId),
    text: entry.text,
    at: entry.at,
    ...(entry.suggestion ? { suggestion: entry.suggestion } : {}),
    standsAside: aside.has(entry.memberId),
  }));
}

/** The geographic advisers' comments on an application, for the final committee. */
export function advisersComments(
  round: RoundSchedule,
  applicationId: string,
  advisers: readonly MemberReviewRecord[],
) {
  return advisers
    .filter(
      (review) =>
        review.applicationId === applicationId && review.declaration?.conflicted === false && review.comment,
    )
    .map((review) => commentView(round, review));
}

function commentView(round: RoundSchedule, review: MemberReviewRecord) {
  return {
    memberId: review.memberId,
    memberName: memberName(round, review.committee, review.memberId),
    comment: review.comment!.text,
    updatedAt: review.comment!.updatedAt,
  };
}

export function detailView(input: {
  reviewer: Reviewer;
  stage: StageRecord | undefined;
  /** The previous stage (geographic, final): its decision ranks the applications for the final committee. */
  previous?: StageRecord;
  application: ApplicationRecord;
  attachments: Awaited<ReturnType<typeof submittedAttachmentDownloads>>;
  reviews: readonly MemberReviewRecord[];
  /** The committee's discussion of the application (ADR 090). */
  discussion?: readonly DiscussionEntry[];
  /** The final committee: the geographic advisers' reviews of the application. */
  advisers?: readonly MemberReviewRecord[];
}) {
  const { reviewer, stage, application, reviews } = input;
  const { round, committee } = reviewer;
  const mine = reviews.find((review) => review.memberId === reviewer.member.id);
  const declaration = declarationOf(mine);
  const base = {
    application: {
      ...applicationSummary(round, application),
      draft: application.draft,
      budgetSummary: budgetSummary(application.draft.budget ?? []),
    },
    attachments: input.attachments,
    declaration,
  };
  if (!declaration || declaration.conflicted) return base;
  const others = reviews.filter((review) => review.declaration?.conflicted === false);
  const hidden = conflictsOf(reviewer.member.id, reviews, stage);
  const standing = standingFor(stage, standAsideByApplication(reviews), hidden);
  const ranked = Object.entries(input.previous?.decision ?? {})
    .filter(([, share]) => typeof (share as { rank?: unknown }).rank === 'number')
    .sort(([, a], [, b]) => (a as { rank: number }).rank - (b as { rank: number }).rank)
    .map(([id]) => id);
  return {
    ...base,
    mine: mineOf(committee, mine),
    ...earlierOutcomes(committee, application, visibleRank(ranked, application.applicationId, hidden)),
    proposal: proposalOf(committee, stage, standing, application.applicationId),
    standAside: reviews.filter((review) => review.declaration?.conflicted).map((review) => review.memberId),
    ...(committee === 'expert' && seesAllAssessments(reviewer, mine)
      ? {
          assessments: others
            .filter((review) => review.assessment)
            .map((review) => ({
              memberId: review.memberId,
              memberName: memberName(round, committee, review.memberId),
              ...review.assessment!,
            })),
          averages: assessmentAverages(
            others
              .filter((review) => review.assessment)
              .map((review) => review.assessment as ExpertAssessment),
          ),
        }
      : {}),
    ...(committee === 'geographic'
      ? { comments: others.filter((review) => review.comment).map((review) => commentView(round, review)) }
      : {}),
    ...(committee === 'final'
      ? { advisers: advisersComments(round, application.applicationId, input.advisers ?? []) }
      : {}),
    ...(mayDiscuss(reviewer, mine)
      ? { discussion: discussionView(round, committee, input.discussion ?? [], reviews) }
      : {}),
  };
}
