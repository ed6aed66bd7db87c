/**
 * What committee members see: the stage, the list, one application — shaped per committee and
 * per member (declaration first; a conflicted member sees none of the committee's discussion;
 * assessments side by side for the chair and deputy only). docs/review-api.md is the contract.
 */
import { budgetSummary } from '../domain/application.ts';
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
import type { Round } from '../domain/rounds/schema.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import type { MemberReviewRecord, StageRecord } from '../storage/review.ts';
import type { Reviewer } from './links.ts';
import { applicationCounties } from './stages.ts';

export function stageView(stage: StageRecord | undefined, deadline: string) {
  return {
    status: !stage?.openedAt ? 'not-open' : stage.finalisedAt ? 'finalised' : 'open',
    openedAt: stage?.openedAt ?? null,
    deadline,
    finalisedAt: stage?.finalisedAt ?? null,
    finalisedBy: stage?.finalisedBy ?? null,
    version: stage?.version ?? 0,
  };
}

export function municipalityView(round: Round, number: string | undefined) {
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
export function applicationSummary(round: Round, application: ApplicationRecord) {
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
  };
}

const declarationOf = (review: MemberReviewRecord | undefined) => review?.declaration ?? null;

function mineOf(committee: Committee, review: MemberReviewRecord | undefined) {
  if (!review) return null;
  if (committee === 'expert') return review.assessment ?? null;
  if (committee === 'geographic') return review.comment ?? null;
  return null;
}

/** Whether the reviewer may see the chair's view (everyone's assessments) of this application. */
function seesAllAssessments(reviewer: Reviewer) {
  return reviewer.role === 'chair' || reviewer.role === 'deputy';
}

/** The earlier stages' outcomes, for the geographic and final committees. */
function earlierOutcomes(committee: Committee, application: ApplicationRecord) {
  const expert = application.expertDecision
    ? { qualified: application.expertDecision.qualified, reason: application.expertDecision.reason }
    : null;
  const geographic = application.geographicDecision
    ? { rank: application.geographicDecision.rank, comment: application.geographicDecision.comment ?? '' }
    : null;
  if (committee === 'expert') return {};
  if (committee === 'geographic') return { expert };
  return { expert, geographic };
}

/** The current proposal for an application: from the decision once finalised. */
function proposalOf(committee: Committee, stage: StageRecord | undefined, applicationId: string) {
  if (!stage) return null;
  if (committee === 'geographic') {
    const rank = (stage.order ?? []).indexOf(applicationId);
    return rank < 0 ? null : { rank: rank + 1, comment: stage.comments?.[applicationId] ?? '' };
  }
  const decided = stage.decision?.[applicationId];
  if (decided) {
    const {
      decidedAt: _d,
      finalisedBy: _f,
      standAside: _s,
      ...rest
    } = decided as unknown as Record<string, unknown>;
    return rest;
  }
  return stage.proposals?.[applicationId] ?? null;
}

export function listView(input: {
  reviewer: Reviewer;
  stage: StageRecord | undefined;
  deadline: string;
  applications: readonly ApplicationRecord[];
  reviews: readonly MemberReviewRecord[];
}) {
  const { reviewer, stage, applications, reviews } = input;
  const { round, committee } = reviewer;
  const byApplication = new Map<string, MemberReviewRecord[]>();
  for (const review of reviews) {
    byApplication.set(review.applicationId, [...(byApplication.get(review.applicationId) ?? []), review]);
  }
  const rows = applications.map((application) => {
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
      ...(open ? earlierOutcomes(committee, application) : {}),
      proposal: open ? proposalOf(committee, stage, application.applicationId) : null,
      assessments:
        committee === 'expert' && open && seesAllAssessments(reviewer)
          ? assessmentAverages(counted.map((review) => review.assessment as ExpertAssessment))
          : null,
      comments:
        committee === 'geographic' && open
          ? appReviews
              .filter((review) => review.declaration?.conflicted === false && review.comment)
              .map((review) => commentView(round, review))
          : null,
    };
  });
  return {
    stage: stageView(stage, input.deadline),
    applications: rows,
    ...(committee === 'geographic' ? { order: stage?.order ?? [] } : {}),
    ...(committee === 'final' ? finalFigures(round, stage, applications) : {}),
  };
}

/** The final committee's budget and indicators over the applications proposed for an award. */
export function finalFigures(
  round: Round,
  stage: StageRecord | undefined,
  applications: readonly ApplicationRecord[],
) {
  const awarded = applications.flatMap((application) => {
    const proposal = (stage?.decision?.[application.applicationId] ??
      stage?.proposals?.[application.applicationId]) as FinalProposal | undefined;
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

function memberName(round: Round, committee: Committee, memberId: string) {
  return round.committees[committee].members.find((member) => member.id === memberId)?.name ?? memberId;
}

function commentView(round: Round, review: MemberReviewRecord) {
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
  application: ApplicationRecord;
  attachments: unknown[];
  reviews: readonly MemberReviewRecord[];
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
  return {
    ...base,
    mine: mineOf(committee, mine),
    ...earlierOutcomes(committee, application),
    proposal: proposalOf(committee, stage, application.applicationId),
    standAside: reviews.filter((review) => review.declaration?.conflicted).map((review) => review.memberId),
    ...(committee === 'expert' && seesAllAssessments(reviewer)
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
  };
}
