/**
 * A committee stage from open to decided: which applications are in it, who acts for the
 * committee, the one finalisation, and handing each application its share of the decision
 * (recorded on the application item, then its execution resumed). No transactions: every
 * step is one conditional single-item write, and each is safe to repeat.
 */
import { errors } from '../api/errors.ts';
import type { Committee } from '../domain/committees.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import {
  budgetUse,
  requestedAmounts,
  workflowOutput,
  type Decision,
  type ExpertProposal,
  type FinalDecision,
  type FinalProposal,
} from '../domain/review.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { recordAudit, type AuditActor } from '../storage/audit.ts';
import {
  applyDecision,
  decisionField,
  listSubmittedApplications,
  type ApplicationOutcome,
  type ApplicationRecord,
  type Stage,
} from '../storage/applications.ts';
import {
  finaliseStage,
  getStage,
  listMemberReviews,
  type MemberReviewRecord,
  type StageRecord,
} from '../storage/review.ts';
import { resumeTask } from '../workflow/callbacks.ts';

/** Whether an application belongs to a committee's stage. */
export function inStage(committee: Committee, application: ApplicationRecord): boolean {
  if (application.status !== 'SUBMITTED') return false;
  switch (committee) {
    case 'expert':
      return true;
    case 'geographic':
      return application.expertDecision?.qualified === true;
    case 'final':
      return application.geographicDecision !== undefined;
  }
}

/** The stage's applications: submission order; the final committee's in priority order. */
export async function stageApplications(round: Round, committee: Committee): Promise<ApplicationRecord[]> {
  const applications = (await listSubmittedApplications(round.id)).filter((a) => inStage(committee, a));
  if (committee === 'final') {
    applications.sort((a, b) => (a.geographicDecision?.rank ?? 0) - (b.geographicDecision?.rank ?? 0));
  }
  return applications;
}

/** The counties (fylkesnummer) an application touches: its lead and partner municipalities'. */
export function applicationCounties(round: Round, application: ApplicationRecord): string[] {
  const numbers = [application.draft.leadMunicipality, ...(application.draft.partnerMunicipalities ?? [])];
  const counties = numbers
    .map((number) => (number ? findMunicipality(round.division, number)?.countyNumber : undefined))
    .filter((county): county is string => !!county);
  return [...new Set(counties)].sort();
}

/** Where the application goes once a committee has decided. */
export function nextAfter(
  committee: Committee,
  decision: Decision,
): { stage: Stage; outcome?: ApplicationOutcome } {
  switch (committee) {
    case 'expert':
      return (decision as { qualified: boolean }).qualified
        ? { stage: 'GEOGRAPHIC_REVIEW' }
        : { stage: 'AWAITING_ANNOUNCEMENT', outcome: 'NOT_QUALIFIED' };
    case 'geographic':
      return { stage: 'FINAL_REVIEW' };
    case 'final':
      return {
        stage: 'AWAITING_ANNOUNCEMENT',
        outcome: (decision as FinalDecision).awarded ? 'AWARDED' : 'DECLINED',
      };
  }
}

/**
 * Records an application's share of a decision on its item (once) and resumes its execution
 * with it. Safe to repeat: a share recorded before is resumed again with its stored token,
 * and a token that no longer waits is fine (the execution finds the share when it enters the
 * stage again). Returns false when the application is withdrawn or gone.
 */
export async function deliverDecision(
  roundId: string,
  applicationId: string,
  committee: Committee,
  decision: Decision,
): Promise<boolean> {
  const result = await applyDecision(applicationId, committee, decision, nextAfter(committee, decision));
  if (!result) return false;
  const { application } = result;
  const recorded = application[decisionField(committee)] as Decision;
  if (result.applied) {
    await recordAudit(
      {
        roundId,
        at: recorded.decidedAt,
        actor: { kind: 'workflow' },
        action: 'decision.applied',
        applicationId,
        committee,
        details: {
          ...workflowOutput(committee, recorded),
          stage: application.stage,
          outcome: application.outcome,
        },
      },
      `decision-${committee}-${applicationId}`,
    );
  }
  if (application.taskStage === committee && application.taskToken) {
    await resumeTask(application.taskToken, workflowOutput(committee, recorded));
  }
  return true;
}

/** Members who declared a conflict of interest, per application. */
export function standAsideByApplication(reviews: readonly MemberReviewRecord[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const review of reviews) {
    if (!review.declaration?.conflicted) continue;
    map.set(review.applicationId, [...(map.get(review.applicationId) ?? []), review.memberId]);
  }
  return map;
}

/**
 * Who may set the committee's order or finalise: the chair, or the deputy chair when the
 * chair stood aside on one of the stage's applications.
 */
export function mayActForCommittee(
  round: Round,
  committee: Committee,
  memberId: string,
  standAside: Map<string, string[]>,
): boolean {
  const { chair, deputyChair } = round.committees[committee];
  if (memberId === chair) return ![...standAside.values()].some((members) => members.includes(chair));
  if (memberId === deputyChair) return [...standAside.values()].some((members) => members.includes(chair));
  return false;
}

/**
 * The stage's one decision from what the chair has set, or the reason it cannot be made yet:
 * every application needs an outcome (expert), a place in the order (geographic), an award or a
 * reasoned rejection within the budget (final).
 */
export function buildDecision(input: {
  round: Round;
  committee: Committee;
  stage: StageRecord;
  applications: readonly ApplicationRecord[];
  standAside: Map<string, string[]>;
  finalisedBy: string;
  now: string;
}): Record<string, Decision> {
  const { round, committee, stage, applications, standAside, finalisedBy, now } = input;
  const base = (applicationId: string) => ({
    decidedAt: now,
    finalisedBy,
    standAside: standAside.get(applicationId) ?? [],
  });
  const decision: Record<string, Decision> = {};
  if (committee === 'geographic') {
    const order = stage.order ?? [];
    const ids = new Set(applications.map((a) => a.applicationId));
    const missing = [...ids].filter((id) => !order.includes(id));
    if (missing.length > 0 || order.length !== ids.size || order.some((id) => !ids.has(id))) {
      throw errors.stageIncomplete(missing);
    }
    order.forEach((applicationId, index) => {
      const comment = stage.comments?.[applicationId];
      decision[applicationId] = { ...base(applicationId), rank: index + 1, ...(comment ? { comment } : {}) };
    });
    return decision;
  }
  const missing = applications.filter((a) => !stage.proposals[a.applicationId]).map((a) => a.applicationId);
  if (missing.length > 0) throw errors.stageIncomplete(missing);
  for (const application of applications) {
    const proposal = stage.proposals[application.applicationId]!;
    const shared = { ...base(application.applicationId), setBy: proposal.setBy };
    if (committee === 'expert') {
      const { qualified, reason } = proposal as ExpertProposal & { setBy: string };
      decision[application.applicationId] = { ...shared, qualified, reason };
    } else {
      const final = proposal as FinalProposal;
      decision[application.applicationId] = final.awarded
        ? { ...shared, awarded: true, amounts: final.amounts, total: final.total }
        : { ...shared, awarded: false, reason: final.reason };
    }
  }
  if (committee === 'final') {
    const use = budgetUse(
      round,
      Object.values(decision).flatMap((d) =>
        (d as FinalDecision).awarded ? [(d as { amounts: Record<string, number> }).amounts] : [],
      ),
    );
    if (use.overBudget) throw errors.overBudget(use);
    // An award above the request may have been proposed against an application that changed
    // stage since: check again at the decision.
    for (const application of applications) {
      const d = decision[application.applicationId] as FinalDecision;
      if (!d.awarded) continue;
      const requested = requestedAmounts(application.draft, round);
      for (const year of requested.perSchoolYear) {
        if ((d.amounts[year.schoolYear] ?? 0) > year.amount)
          throw errors.stageIncomplete([application.applicationId]);
      }
    }
  }
  return decision;
}

/**
 * The chair's finalisation: one conditional write of the decision on the stage item (the
 * version the chair saw, and only if nobody finalised before), then each application's share.
 * A second finalisation is refused with STAGE_FINALISED — after handing on any share a failed
 * first attempt left undelivered, so a retry completes the first decision and never makes another.
 */
export async function finalise(input: {
  round: Round;
  committee: Committee;
  memberId: string;
  actor: AuditActor;
  version: number;
  now?: Date;
}): Promise<{
  finalisedAt: string;
  finalisedBy: string;
  applications: number;
  resumed: number;
  pending: number;
}> {
  const { round, committee, memberId } = input;
  const now = (input.now ?? new Date()).toISOString();
  const stage = await getStage(round.id, committee);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  const reviews = await listMemberReviews(round.id, committee);
  const standAside = standAsideByApplication(reviews);
  if (!mayActForCommittee(round, committee, memberId, standAside)) throw errors.notChair();
  if (stage.finalisedAt) {
    await deliverAll(round.id, committee, stage.decision ?? {});
    throw errors.stageFinalised({ finalisedAt: stage.finalisedAt, finalisedBy: stage.finalisedBy });
  }
  if (stage.version !== input.version) throw errors.versionConflict({ currentVersion: stage.version });

  const applications = await stageApplications(round, committee);
  const decision = buildDecision({
    round,
    committee,
    stage,
    applications,
    standAside,
    finalisedBy: memberId,
    now,
  });
  const written = await finaliseStage(round.id, committee, input.version, decision, memberId, now);
  if (!written.ok) {
    const current = written.current;
    if (current?.finalisedAt) {
      throw errors.stageFinalised({ finalisedAt: current.finalisedAt, finalisedBy: current.finalisedBy });
    }
    throw errors.versionConflict({ currentVersion: current?.version });
  }
  await recordAudit(
    {
      roundId: round.id,
      at: now,
      actor: input.actor,
      action: 'stage.finalised',
      committee,
      details: { applications: Object.keys(decision).length, version: input.version },
    },
    `stage-finalised-${committee}`,
  );
  const { delivered, pending } = await deliverAll(round.id, committee, decision);
  return {
    finalisedAt: now,
    finalisedBy: memberId,
    applications: Object.keys(decision).length,
    resumed: delivered,
    pending,
  };
}

/**
 * Hands every application its share; a failure for one does not stop the others. The decision
 * stands either way: an undelivered share is picked up when the execution enters the stage
 * again (its timeout loop, at most WORKFLOW_MAX_WAIT_SECONDS) or by the next finalisation call.
 */
async function deliverAll(roundId: string, committee: Committee, decision: Record<string, Decision>) {
  let delivered = 0;
  let pending = 0;
  const entries = Object.entries(decision);
  for (let i = 0; i < entries.length; i += 10) {
    const results = await Promise.allSettled(
      entries
        .slice(i, i + 10)
        .map(([applicationId, share]) => deliverDecision(roundId, applicationId, committee, share)),
    );
    for (const result of results) {
      if (result.status === 'rejected') pending++;
      else if (result.value) delivered++;
    }
  }
  return { delivered, pending };
}
