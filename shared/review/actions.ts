/**
 * What committee members do on the review pages (every POST but the finalisation): declare a
 * conflict of interest or none, assess or comment, and — the acting chair — set an outcome or
 * the geographic order. Each is one conditional write that the stage's finalisation refuses:
 * a member's review carries the finalisation's seal (ADR 065), the stage its `finalisedAt` —
 * never an earlier read alone. Audited after the write (ADR 046).
 */
import * as errors from '../errors.ts';
import { ulid } from 'ulid';
import {
  awardIssues,
  DISCUSSION_MAX_ENTRIES,
  isReducedAward,
  requestedAmounts,
  type DeclarationInput,
  type DiscussionPost,
  type ExpertAssessment,
  type Proposal,
} from '../domain/review.ts';
import { recordAudit } from '../storage/audit.ts';
import {
  addDiscussionEntry,
  declare,
  getApplicationReviews,
  getSeals,
  getStage,
  listMemberReviews,
  saveMemberInput,
  sealedAt,
  setOrder,
  setProposal,
  unsealReviews,
  voidForConflict,
  type Declaration,
  type DiscussionEntry,
  type StageRecord,
  type StageWrite,
} from '../storage/review.ts';
import { mayActForCommittee, needsOwnAssessment, requireActsOn, standAsideByApplication } from './acting.ts';
import type { Reviewer } from './links.ts';
import { openStageOf, stageApplicationOf } from './open-stage.ts';
import { discussionView } from './views.ts';
import { applicationCounties, SEAL_STALE_MS, stageApplications } from './stages.ts';
import * as clock from '../clock.ts';

type SealedWrite<T> = () => Promise<T | 'sealed'>;

/**
 * Runs a member's write; if the application's reviews are sealed, says why: the stage is
 * finalised (STAGE_FINALISED), or a finalisation is under way (STAGE_FINALISING). A seal left by
 * a finalisation that died (older than SEAL_STALE_MS, the stage not finalised) is taken off and
 * the write tried once more.
 */
async function unlessSealed<T>(reviewer: Reviewer, applicationId: string, write: SealedWrite<T>): Promise<T> {
  const { round, committee } = reviewer;
  const refusal = async () => {
    const stage = await getStage(round.id, committee);
    return stage?.finalisedAt
      ? errors.stageFinalised({ finalisedAt: stage.finalisedAt, finalisedBy: stage.finalisedBy })
      : errors.stageFinalising();
  };
  const first = await write();
  if (first !== 'sealed') return first;
  const stage = await getStage(round.id, committee);
  if (stage?.finalisedAt) throw await refusal();
  const seals = await getSeals(round.id, committee, applicationId);
  const stale = seals.filter((seal) => Date.parse(sealedAt(seal)) < clock.nowMs() - SEAL_STALE_MS);
  if (stale.length === 0 || stale.length < seals.length) throw errors.stageFinalising();
  await unsealReviews(round.id, committee, [applicationId], stale);
  const second = await write();
  if (second === 'sealed') throw await refusal();
  return second;
}

/**
 * A member's declaration (habilitet) on an application of the open stage. A conflict is final;
 * it clears the member's assessment or comment, and whatever they set for the application on
 * the stage (outcome, award, its place in an order they set) is void — removed, the version
 * moved on — so nothing of theirs reaches the decision.
 */
export async function declareOnApplication(
  reviewer: Reviewer,
  applicationId: string,
  input: DeclarationInput,
): Promise<Declaration> {
  await stageApplicationOf(reviewer, applicationId);
  const now = clock.now();
  const { round, committee, member } = reviewer;
  const declaration: Declaration = {
    conflicted: input.conflicted,
    ...(input.conflicted && input.reason ? { reason: input.reason } : {}),
    declaredAt: now.toISOString(),
  };
  const result = await unlessSealed(reviewer, applicationId, () =>
    declare(round.id, committee, applicationId, member.id, declaration),
  );
  if (result === 'final') throw errors.declarationFinal();
  await recordAudit({
    roundId: round.id,
    at: declaration.declaredAt,
    actor: reviewer.actor,
    action: declaration.conflicted ? 'declaration.conflicted' : 'declaration.not-conflicted',
    applicationId,
    committee,
    details: declaration.reason ? { reason: declaration.reason } : undefined,
  });
  if (declaration.conflicted) {
    const voided = await voidForConflict(round.id, committee, applicationId, member.id);
    if (voided && (voided.proposal || voided.rank)) {
      const { setBy: _by, setAt: _at, ...outcome } = voided.proposal ?? ({} as Partial<Proposal>);
      await recordAudit({
        roundId: round.id,
        at: clock.now().toISOString(),
        actor: reviewer.actor,
        action: 'conflict.voided',
        applicationId,
        committee,
        details: {
          ...(voided.proposal ? { proposal: outcome } : {}),
          ...(voided.rank ? { rank: voided.rank } : {}),
          version: voided.version,
        },
      });
    }
  }
  return declaration;
}

/**
 * An expert member's assessment, or a county adviser's comment (geographic: on applications
 * touching one of their counties; the chair on any), on an application of the open stage.
 * Only after declaring no conflict; replaces the member's earlier one.
 */
export async function saveMemberWork(
  reviewer: Reviewer,
  applicationId: string,
  body: ExpertAssessment | { comment: string },
) {
  const { application } = await stageApplicationOf(reviewer, applicationId);
  const now = clock.now();
  const { round, committee, member } = reviewer;
  const input: { assessment: ExpertAssessment } | { comment: string } =
    'comment' in body ? { comment: body.comment } : { assessment: body };
  const updatedAt = now.toISOString();
  if (committee === 'geographic' && reviewer.role !== 'chair') {
    const mine = new Set(member.counties ?? []);
    if (!applicationCounties(round, application).some((county) => mine.has(county)))
      throw errors.countyNotYours();
  }
  const saved:
    | { assessment: ExpertAssessment & { updatedAt: string }; comment?: never }
    | { comment: { text: string; updatedAt: string }; assessment?: never } =
    'assessment' in input
      ? { assessment: { ...input.assessment, updatedAt } }
      : { comment: { text: input.comment, updatedAt } };
  const result = await unlessSealed(reviewer, applicationId, () =>
    saveMemberInput(round.id, committee, applicationId, member.id, saved),
  );
  if (result === 'conflicted') throw errors.conflicted();
  if (result === 'undeclared') throw errors.declarationRequired();
  const recommendation = 'assessment' in input ? input.assessment.recommendation : undefined;
  await recordAudit({
    roundId: round.id,
    at: updatedAt,
    actor: reviewer.actor,
    action: committee === 'expert' ? 'assessment.saved' : 'comment.saved',
    applicationId,
    committee,
    details: recommendation ? { recommendation } : undefined,
  });
  return saved.assessment ?? saved.comment;
}

/**
 * A post to the committee's discussion of an application of the open stage (ADR 090), with —
 * a final committee member — a suggested outcome (each amount at most the request). Sealed
 * with the members' reviews at the finalisation; audited. Answers the thread as it stands.
 */
export async function postToDiscussion(reviewer: Reviewer, applicationId: string, body: DiscussionPost) {
  const { application } = await stageApplicationOf(reviewer, applicationId);
  const { round, committee, member } = reviewer;
  if (body.suggestion?.awarded) {
    const issues = awardIssues(body.suggestion.amounts, requestedAmounts(application.draft, round));
    if (issues.length > 0)
      throw errors.validation(issues.map((issue) => ({ ...issue, path: `suggestion.${issue.path}` })));
  }
  const entry: DiscussionEntry = {
    id: ulid(),
    memberId: member.id,
    text: body.text,
    at: clock.now().toISOString(),
    ...(committee === 'final' && body.suggestion ? { suggestion: body.suggestion } : {}),
  };
  const result = await unlessSealed(reviewer, applicationId, () =>
    addDiscussionEntry(round.id, committee, applicationId, entry, {
      max: DISCUSSION_MAX_ENTRIES,
      afterAssessment: needsOwnAssessment(reviewer),
    }),
  );
  if (result === 'undeclared') throw errors.declarationRequired();
  if (result === 'conflicted') throw errors.conflicted();
  if (result === 'unassessed') throw errors.assessmentRequired();
  if (result === 'full') throw errors.discussionFull();
  await recordAudit({
    roundId: round.id,
    at: entry.at,
    actor: reviewer.actor,
    action: 'discussion.posted',
    applicationId,
    committee,
    details: { postId: entry.id, ...(entry.suggestion ? { suggestion: entry.suggestion } : {}) },
  });
  const { reviews, discussion } = await getApplicationReviews(round.id, committee, applicationId);
  return { discussion: discussionView(round, committee, discussion, reviews) };
}

/** Why a stage write was refused, as the member is told. */
function stageRefusal(written: Extract<StageWrite, { ok: false }>, memberId: string, applicationId?: string) {
  const current: StageRecord | undefined = written.current;
  if (current?.finalisedAt)
    return errors.stageFinalised({ finalisedAt: current.finalisedAt, finalisedBy: current.finalisedBy });
  const conflicts = current?.conflicts[memberId] ?? [];
  if (applicationId ? conflicts.includes(applicationId) : conflicts.length > 0) return errors.conflicted();
  return errors.stageNotOpen();
}

/**
 * The acting chair's outcome for one application of the open stage, until it is finalised:
 * expert `{ qualified, reason }`; final an award per school year (each at most the request) or
 * a reasoned rejection.
 */
export async function setOutcome(
  reviewer: Reviewer,
  applicationId: string,
  body:
    | { qualified: boolean; reason: string }
    | { awarded: true; amounts: Record<string, number>; reason?: string }
    | { awarded: false; reason: string },
) {
  const { application } = await stageApplicationOf(reviewer, applicationId);
  const now = clock.now();
  const { round, committee, member } = reviewer;
  const setAt = now.toISOString();
  requireActsOn(reviewer, await listMemberReviews(round.id, committee, applicationId));
  let proposal: Proposal;
  if ('awarded' in body) {
    if (body.awarded) {
      const requested = requestedAmounts(application.draft, round);
      const issues = awardIssues(body.amounts, requested);
      // Less than requested in a school year: the applicant is told why (the outcome e-mail).
      const reduced = issues.length === 0 && isReducedAward(body.amounts, requested);
      if (reduced && !body.reason) issues.push({ path: 'reason', code: 'AWARD_REDUCED_REASON_REQUIRED' });
      if (issues.length > 0) throw errors.validation(issues);
      const total = Object.values(body.amounts).reduce((sum, amount) => sum + amount, 0);
      proposal = {
        awarded: true,
        amounts: body.amounts,
        total,
        ...(reduced ? { reason: body.reason } : {}),
        setBy: member.id,
        setAt,
      };
    } else {
      proposal = { awarded: false, reason: body.reason, setBy: member.id, setAt };
    }
  } else {
    proposal = { qualified: body.qualified, reason: body.reason, setBy: member.id, setAt };
  }
  const written = await setProposal(round.id, committee, applicationId, proposal);
  if (!written.ok) throw stageRefusal(written, member.id, applicationId);
  const { setBy: _by, setAt: _at, ...outcome } = proposal;
  await recordAudit({
    roundId: round.id,
    at: setAt,
    actor: reviewer.actor,
    action: 'outcome.proposed',
    applicationId,
    committee,
    details: outcome,
  });
  return { proposal, stage: { version: written.version } };
}

/**
 * The geographic committee's one national priority order, with the committee's comment per
 * application: set by the member acting for the committee, who has declared on every
 * application and stood aside on none (a comparative order places each against all the others).
 */
export async function setPriorityOrder(
  reviewer: Reviewer,
  { order, comments }: { order: string[]; comments: Record<string, string> },
) {
  const { round, committee, member } = reviewer;
  if (committee !== 'geographic') throw errors.wrongCommittee();
  await openStageOf(reviewer);
  const now = clock.now();
  const [applications, reviews] = await Promise.all([
    stageApplications(round, committee),
    listMemberReviews(round.id, committee),
  ]);
  if (!mayActForCommittee(round, committee, member.id, standAsideByApplication(reviews)))
    throw errors.notChair();
  const mine = new Map(
    reviews
      .filter((review) => review.memberId === member.id)
      .map((review) => [review.applicationId, review.declaration]),
  );
  const ids = new Set(applications.map((application) => application.applicationId));
  if ([...ids].some((id) => mine.get(id)?.conflicted)) throw errors.conflicted();
  if ([...ids].some((id) => !mine.get(id))) throw errors.declarationRequired();
  if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
    throw errors.validation([{ path: 'order', code: 'ORDER_INCOMPLETE' }]);
  }
  const unknownComment = Object.keys(comments).find((id) => !ids.has(id));
  if (unknownComment)
    throw errors.validation([
      { path: `comments.${unknownComment}`, code: 'FIELD_UNKNOWN', params: { field: unknownComment } },
    ]);

  const written = await setOrder(round.id, order, comments, member.id, now.toISOString());
  if (!written.ok) throw stageRefusal(written, member.id);
  await recordAudit({
    roundId: round.id,
    at: now.toISOString(),
    actor: reviewer.actor,
    action: 'order.set',
    committee,
    details: { order },
  });
  return { order, comments, stage: { version: written.version } };
}
