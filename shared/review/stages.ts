/**
 * A committee stage from open to decided: which applications are in it (the previous stage's
 * decision), what of it is void because a member stood aside, the one finalisation — sealing the
 * members' reviews before it reads them — and handing each application its share of the decision
 * (recorded on the application item, then its execution resumed). No transactions: every step
 * is one conditional single-item write, and each is safe to repeat (ADR 044, ADR 065).
 */
import { ulid } from 'ulid';
import * as errors from '../errors.ts';
import type { Committee } from '../domain/committees.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import {
  budgetUse,
  requestedAmounts,
  workflowOutput,
  type Decision,
  type ExpertDecision,
  type ExpertProposal,
  type FinalDecision,
  type FinalProposal,
  type GeographicDecision,
  type Proposal,
} from '../domain/review.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { recordAudit, type AuditActor } from '../storage/audit.ts';
import {
  applyDecision,
  decisionField,
  getApplication,
  listSubmittedApplications,
  type ApplicationOutcome,
  type ApplicationRecord,
  type Stage,
} from '../storage/applications.ts';
import {
  finaliseStage,
  getStage,
  listMemberReviews,
  sealOf,
  sealReviews,
  unsealReviews,
  type StageRecord,
} from '../storage/review.ts';
import { resumeTask } from '../workflow/callbacks.ts';
import { mayActForCommittee, standAsideByApplication } from './acting.ts';
import * as clock from '../clock.ts';

/** The committee whose decision makes a stage's list. */
export const PREVIOUS_COMMITTEE: Record<Committee, Committee | undefined> = {
  expert: undefined,
  geographic: 'expert',
  final: 'geographic',
};

/**
 * How long a finalisation may hold its seal before it must write its decision (else it gives
 * up and unseals); a seal older than twice that is a crashed finalisation's, and a member's
 * write that meets it takes it off (shared/review/reviews.ts). Far above a finalisation's
 * seconds, and above the API's 30-second limit on any request.
 */
export const SEAL_HOLD_MS = 60_000;
export const SEAL_STALE_MS = 2 * SEAL_HOLD_MS;

export interface StageList {
  /** The stage's applications, each with the earlier stages' shares as recorded on their stages. */
  applications: ApplicationRecord[];
  /** Of those, the ones whose share of the previous decision has not reached their item yet. */
  undelivered: ApplicationRecord[];
  /** The previous stage, whose decision the list is (geographic and final). */
  previous?: StageRecord;
}

/** An application with the shares of the finalised earlier stages it lacks on its item. */
function withEarlierShares(
  application: ApplicationRecord,
  expert: StageRecord | undefined,
  geographic: StageRecord | undefined,
): ApplicationRecord {
  const id = application.applicationId;
  const expertShare = application.expertDecision ?? (expert?.decision?.[id] as ExpertDecision | undefined);
  const geographicShare =
    application.geographicDecision ?? (geographic?.decision?.[id] as GeographicDecision | undefined);
  return {
    ...application,
    ...(expertShare ? { expertDecision: expertShare } : {}),
    ...(geographicShare ? { geographicDecision: geographicShare } : {}),
  };
}

/**
 * The stage's applications. Expert: every submitted application of the round, in submission
 * order. Geographic: those the expert committee's recorded decision qualified. Final: those in
 * the geographic committee's recorded decision, in its priority order. Read from the previous
 * stage's decision — not from the shares that have reached the application items, so an
 * application whose share is late is in the list (and in `undelivered`).
 */
export async function loadStageList(round: RoundSchedule, committee: Committee): Promise<StageList> {
  const submitted = await listSubmittedApplications(round.id);
  if (committee === 'expert') return { applications: submitted, undelivered: [] };
  const [expert, geographic] = await Promise.all([
    getStage(round.id, 'expert'),
    committee === 'final' ? getStage(round.id, 'geographic') : undefined,
  ]);
  const previous = committee === 'geographic' ? expert : geographic;
  const decision = previous?.finalisedAt ? (previous.decision ?? {}) : {};
  const ids =
    committee === 'geographic'
      ? Object.entries(decision)
          .filter(([, share]) => (share as ExpertDecision).qualified)
          .map(([id]) => id)
      : Object.entries(decision)
          .sort(([, a], [, b]) => (a as GeographicDecision).rank - (b as GeographicDecision).rank)
          .map(([id]) => id);
  const byId = new Map(submitted.map((application) => [application.applicationId, application]));
  // The round's index is eventually consistent: an application it does not show (yet) is read.
  const unlisted = await Promise.all(ids.filter((id) => !byId.has(id)).map((id) => getApplication(id)));
  for (const application of unlisted) {
    if (application?.status === 'SUBMITTED' && application.roundId === round.id)
      byId.set(application.applicationId, application);
  }
  const inDecision = new Set(ids);
  const ordered =
    committee === 'geographic'
      ? [...byId.values()]
          .filter((application) => inDecision.has(application.applicationId))
          .sort((a, b) => (a.receipt?.submittedAt ?? '').localeCompare(b.receipt?.submittedAt ?? ''))
      : ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const field = decisionField(PREVIOUS_COMMITTEE[committee]!);
  return {
    applications: ordered.map((application) => withEarlierShares(application, expert, geographic)),
    undelivered: ordered.filter((application) => !application[field]),
    previous,
  };
}

/** The stage's applications (see loadStageList). */
export async function stageApplications(
  round: RoundSchedule,
  committee: Committee,
): Promise<ApplicationRecord[]> {
  return (await loadStageList(round, committee)).applications;
}

/**
 * One application of a committee's stage, with the earlier stages' shares as recorded; the
 * previous stage (whose decision put it there) along. Undefined when it is not in the stage:
 * another round, not submitted, not qualified, not ranked.
 */
export async function findStageApplication(
  round: RoundSchedule,
  committee: Committee,
  applicationId: string,
): Promise<{ application: ApplicationRecord; previous?: StageRecord } | undefined> {
  const application = await getApplication(applicationId);
  if (!application || application.roundId !== round.id || application.status !== 'SUBMITTED')
    return undefined;
  if (committee === 'expert') return { application };
  const [expert, geographic] = await Promise.all([
    getStage(round.id, 'expert'),
    committee === 'final' ? getStage(round.id, 'geographic') : undefined,
  ]);
  const previous = committee === 'geographic' ? expert : geographic;
  const share = previous?.finalisedAt ? previous.decision?.[applicationId] : undefined;
  if (!share || (committee === 'geographic' && !(share as ExpertDecision).qualified)) return undefined;
  return { application: withEarlierShares(application, expert, geographic), previous };
}

/** The counties (fylkesnummer) an application touches: its lead and partner municipalities'. */
export function applicationCounties(round: RoundSchedule, application: ApplicationRecord): string[] {
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
  const result = await applyDecision(
    applicationId,
    committee,
    decision,
    nextAfter(committee, decision),
    PREVIOUS_COMMITTEE[committee],
  );
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

/**
 * What of a stage stands: the proposals and the order, without anything set by a member who
 * stood aside on that application (ADR 043). The stage item is cleared when a member declares a
 * conflict; this holds also for the moment between the declaration and that clearing.
 */
export function standingOf(
  stage: StageRecord | undefined,
  standAside: ReadonlyMap<string, readonly string[]>,
) {
  const aside = (applicationId: string, memberId: string | undefined) =>
    !!memberId && (standAside.get(applicationId) ?? []).includes(memberId);
  const proposals: Record<string, Proposal> = {};
  for (const [applicationId, proposal] of Object.entries(stage?.proposals ?? {})) {
    if (!aside(applicationId, proposal.setBy)) proposals[applicationId] = proposal;
  }
  const order = (stage?.order ?? []).filter((applicationId) => !aside(applicationId, stage?.orderSetBy));
  const comments = Object.fromEntries(
    Object.entries(stage?.comments ?? {}).filter(([applicationId]) => order.includes(applicationId)),
  );
  return { proposals, order, comments };
}

/**
 * The stage's one decision from what the chair has set, or the reason it cannot be made yet:
 * every application needs an outcome (expert), a place in the order (geographic), an award or a
 * reasoned rejection within the budget (final) — set by a member who did not stand aside on it.
 */
export function buildDecision(input: {
  round: RoundSchedule;
  committee: Committee;
  stage: StageRecord;
  applications: readonly ApplicationRecord[];
  standAside: Map<string, string[]>;
  finalisedBy: string;
  now: string;
}): Record<string, Decision> {
  const { round, committee, stage, applications, standAside, finalisedBy, now } = input;
  const standing = standingOf(stage, standAside);
  const named = (ids: readonly string[]) =>
    ids.map((id) => {
      const application = applications.find((candidate) => candidate.applicationId === id);
      return {
        applicationId: id,
        receiptNumber: application?.receipt?.number,
        title: application?.draft.title,
      };
    });
  const base = (applicationId: string) => ({
    decidedAt: now,
    finalisedBy,
    standAside: standAside.get(applicationId) ?? [],
  });
  const decision: Record<string, Decision> = {};
  if (committee === 'geographic') {
    const order = standing.order;
    const ids = new Set(applications.map((a) => a.applicationId));
    const missing = [...ids].filter((id) => !order.includes(id));
    if (missing.length > 0) throw errors.stageIncomplete(named(missing));
    if (order.length !== ids.size || order.some((id) => !ids.has(id)))
      throw errors.stageIncomplete(named(order.filter((id) => !ids.has(id))));
    order.forEach((applicationId, index) => {
      const comment = standing.comments[applicationId];
      decision[applicationId] = {
        ...base(applicationId),
        ...(stage.orderSetBy ? { setBy: stage.orderSetBy } : {}),
        rank: index + 1,
        ...(comment ? { comment } : {}),
      };
    });
    return decision;
  }
  const missing = applications
    .filter((a) => !standing.proposals[a.applicationId])
    .map((a) => a.applicationId);
  if (missing.length > 0) throw errors.stageIncomplete(named(missing));
  for (const application of applications) {
    const proposal = standing.proposals[application.applicationId]!;
    const shared = { ...base(application.applicationId), setBy: proposal.setBy };
    if (committee === 'expert') {
      const { qualified, reason } = proposal as ExpertProposal & { setBy: string };
      decision[application.applicationId] = { ...shared, qualified, reason };
    } else {
      const final = proposal as FinalProposal;
      decision[application.applicationId] = final.awarded
        ? {
            ...shared,
            awarded: true,
            amounts: final.amounts,
            total: final.total,
            ...(final.reason ? { reason: final.reason } : {}),
          }
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
          throw errors.stageIncomplete(named([application.applicationId]));
      }
    }
  }
  return decision;
}

/**
 * Hands the previous stage's share on to every application of this stage that has not received
 * it yet; refuses the finalisation, naming them, for any it still cannot reach — never leaves
 * one out of this stage's decision (its execution would then fail later).
 */
async function handOnEarlierShares(round: RoundSchedule, committee: Committee, list: StageList) {
  const previous = PREVIOUS_COMMITTEE[committee];
  if (!previous || list.undelivered.length === 0) return;
  const stuck: ApplicationRecord[] = [];
  for (const application of list.undelivered) {
    const share = list.previous?.decision?.[application.applicationId];
    const delivered = share
      ? await deliverDecision(round.id, application.applicationId, previous, share).catch(() => false)
      : false;
    if (!delivered) stuck.push(application);
  }
  if (stuck.length > 0) {
    throw errors.stageIncomplete(
      stuck.map((application) => ({
        applicationId: application.applicationId,
        receiptNumber: application.receipt?.number,
        title: application.draft.title,
      })),
      'earlierDecisionNotDelivered',
    );
  }
}

/**
 * The chair's finalisation. In order: who may (the acting chair), a decision already made
 * (re-deliver its shares, refuse), the version the chair saw; the previous stage's shares handed
 * on; the decision built from what is set (refused while incomplete — nothing written). Then
 * every application's reviews are sealed — no member's declaration or assessment can land after
 * this — read again, the decision built from them, and written in one conditional write (the
 * version the chair saw, and only if nobody finalised before). If no decision is written, the
 * seal is taken off again. Then each application's share.
 */
export async function finalise(input: {
  round: RoundSchedule;
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
  const now = (input.now ?? clock.now()).toISOString();
  const stage = await getStage(round.id, committee);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  const reviews = await listMemberReviews(round.id, committee);
  if (!mayActForCommittee(round, committee, memberId, standAsideByApplication(reviews)))
    throw errors.notChair();
  if (stage.finalisedAt) {
    await deliverAll(round.id, committee, stage.decision ?? {});
    throw errors.stageFinalised({ finalisedAt: stage.finalisedAt, finalisedBy: stage.finalisedBy });
  }
  if (stage.version !== input.version) throw errors.versionConflict({ currentVersion: stage.version });

  const list = await loadStageList(round, committee);
  await handOnEarlierShares(round, committee, list);
  const decide = (standAside: Map<string, string[]>) =>
    buildDecision({
      round,
      committee,
      stage,
      applications: list.applications,
      standAside,
      finalisedBy: memberId,
      now,
    });
  decide(standAsideByApplication(reviews));

  const ids = list.applications.map((application) => application.applicationId);
  const seal = sealOf(now, ulid());
  const sealing = clock.nowMs();
  let decision: Record<string, Decision>;
  try {
    await sealReviews(round.id, committee, ids, seal);
    const sealed = await listMemberReviews(round.id, committee);
    const standAside = standAsideByApplication(sealed);
    if (!mayActForCommittee(round, committee, memberId, standAside)) throw errors.notChair();
    decision = decide(standAside);
    // Past this, a member's write may take the seal off as a crashed finalisation's.
    if (clock.nowMs() - sealing > SEAL_HOLD_MS) throw errors.stageFinalising();
    const written = await finaliseStage(round.id, committee, input.version, decision, memberId, now);
    if (!written.ok) {
      const current = written.current;
      if (current?.finalisedAt) {
        throw errors.stageFinalised({ finalisedAt: current.finalisedAt, finalisedBy: current.finalisedBy });
      }
      throw errors.versionConflict({ currentVersion: current?.version });
    }
  } catch (error) {
    // No decision from this attempt: its seal comes off — unless the stage is finalised (by
    // this attempt whose answer was lost, or another): then every seal stays.
    const current = await getStage(round.id, committee).catch(() => undefined);
    if (current && !current.finalisedAt) await unsealReviews(round.id, committee, ids, [seal]);
    throw error;
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
