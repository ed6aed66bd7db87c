import { errors } from '../../shared/api/errors.ts';
import {
  awardIssues,
  expertOutcomeSchema,
  finalOutcomeSchema,
  requestedAmounts,
  type Proposal,
} from '../../shared/domain/review.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { listMemberReviews, setProposal } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication, requireActingChair, requireNotFinalised } from './load.ts';

/**
 * POST /review/applications/{applicationId}/outcome — the chair sets the committee's outcome
 * for one application until the stage is finalised: expert `{ qualified, reason }`; final an
 * award per school year (≤ requested) or a reasoned rejection. The deputy chair acts where the
 * chair declared a conflict.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { round, committee, member } = reviewer;
  if (committee === 'geographic') throw errors.wrongCommittee();
  const applicationId = request.pathParameter('applicationId');
  const setAt = new Date().toISOString();
  const { stage } = await loadOpenStage(reviewer);
  requireNotFinalised(stage);
  const application = await loadStageApplication(reviewer, applicationId);
  const body = committee === 'expert' ? request.body(expertOutcomeSchema) : request.body(finalOutcomeSchema);
  requireActingChair(reviewer, await listMemberReviews(round.id, committee, applicationId));

  let proposal: Proposal;
  if ('awarded' in body) {
    if (body.awarded) {
      const issues = awardIssues(body.amounts, requestedAmounts(application.draft, round));
      if (issues.length > 0) throw errors.validation(issues);
      const total = Object.values(body.amounts).reduce((sum, amount) => sum + amount, 0);
      proposal = { awarded: true, amounts: body.amounts, total, setBy: member.id, setAt };
    } else {
      proposal = { awarded: false, reason: body.reason, setBy: member.id, setAt };
    }
  } else {
    proposal = { qualified: body.qualified, reason: body.reason, setBy: member.id, setAt };
  }
  const written = await setProposal(round.id, committee, applicationId, proposal);
  if (!written.ok) {
    if (written.current?.finalisedAt)
      throw errors.stageFinalised({ finalisedAt: written.current.finalisedAt });
    throw errors.stageNotOpen();
  }
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
  return { status: 200, body: { proposal, stage: { version: written.version } } };
});
