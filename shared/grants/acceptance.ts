/**
 * The municipality's answer to an award (ADR 102): accepted with its conditions, or declined,
 * by the owner or a co-editor, before the round's acceptance deadline (as it holds now). One
 * conditional write records who and when; then the workflow's waiting callback is resumed so
 * it moves on (to the reports, or to its end). A decline frees the money: the round's budget
 * figures count only awards not declined (`countsAgainstBudget`, ./state.ts).
 */
import type { ApplicantClaims } from '../auth/tokens.ts';
import * as clock from '../clock.ts';
import * as errors from '../errors.ts';
import { recordAudit } from '../storage/audit.ts';
import { loadAward, nudgeWorkflow } from './grant.ts';
import { recordGrantAnswer, type GrantActor } from './store.ts';

/** The actor as the session gives it: the owner, or a co-editor's slot and invitation. */
export const grantActor = (applicant: ApplicantClaims): GrantActor =>
  applicant.actor.role === 'owner'
    ? { role: 'owner' }
    : { role: 'coeditor', slot: applicant.actor.slot, coeditorId: applicant.actor.coeditorId };

export async function answerGrant(applicant: ApplicantClaims, answer: 'ACCEPTED' | 'DECLINED') {
  const { application, dates, round } = await loadAward(applicant.applicationId);
  const now = clock.now();
  if (application.grant) throw errors.acceptanceClosed();
  if (now.getTime() > Date.parse(dates.acceptBy)) throw errors.acceptanceClosed();
  const recorded = { status: answer, at: now.toISOString(), by: grantActor(applicant) };
  if (!(await recordGrantAnswer(application.applicationId, recorded))) throw errors.acceptanceClosed();
  await recordAudit({
    roundId: round.id,
    at: recorded.at,
    actor: { kind: 'applicant', applicationId: application.applicationId },
    action: answer === 'ACCEPTED' ? 'grant.accepted' : 'grant.declined',
    applicationId: application.applicationId,
    details: { by: recorded.by },
  });
  await nudgeWorkflow(application.applicationId, answer);
  return recorded;
}
