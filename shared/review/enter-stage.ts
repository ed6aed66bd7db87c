import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import type { Committee } from '../domain/committees.ts';
import { workflowOutput, type Decision } from '../domain/review.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { recordAudit } from '../storage/audit.ts';
import { decisionField, storeTaskToken } from '../storage/applications.ts';
import { getStage, openStage } from '../storage/review.ts';
import { resumeTask } from '../workflow/callbacks.ts';
import { inviteCommittee } from './invitations.ts';
import { deliverDecision } from './stages.ts';

export type Entered =
  | { waiting: false; notSubmitted?: true; resumed?: 'recorded' | 'stage' }
  | { waiting: true; opened: boolean; invited: number };

/**
 * The workflow's OpenReview callback task: the application enters a committee stage and waits.
 *
 * 1. Keep the task token on the application (the one the chair's finalisation resumes) and
 *    mirror the stage.
 * 2. Entered again (a restart, the timeout loop) after the decision was made? Resume at once
 *    with the recorded share — from the application, or from the stage's decision if the
 *    finalisation did not reach this application.
 * 3. Otherwise open the stage if this is its first application, and invite every member not
 *    invited yet (each once: claimed per member).
 */
export async function enterStage(
  round: RoundSchedule,
  input: { applicationId: string; committee: Committee; taskToken: string },
): Promise<Entered> {
  const { committee } = input;
  const now = clock.now().toISOString();
  const application = await storeTaskToken(input.applicationId, committee, input.taskToken, now);
  if (!application) return { waiting: false, notSubmitted: true };
  const recorded = application[decisionField(committee)] as Decision | undefined;
  if (recorded) {
    await resumeTask(input.taskToken, workflowOutput(committee, recorded));
    return { waiting: false, resumed: 'recorded' };
  }
  const stage = await getStage(round.id, committee);
  if (stage?.finalisedAt) {
    const share = stage.decision?.[input.applicationId];
    if (!share) throw new Error(`The ${committee} stage was finalised without this application`);
    await deliverDecision(round.id, input.applicationId, committee, share);
    return { waiting: false, resumed: 'stage' };
  }
  const opened = await openStage(round.id, committee, now);
  if (opened.opened) {
    await recordAudit(
      {
        roundId: round.id,
        at: now,
        actor: { kind: 'workflow' },
        action: 'stage.opened',
        committee,
        applicationId: input.applicationId,
      },
      `stage-opened-${committee}`,
    );
  }
  const invited = opened.stage.invited ?? {};
  const uninvited = round.committees[committee].members.some((member) => !invited[member.id]);
  const sent = uninvited
    ? await inviteCommittee({ round, committee, webBaseUrl: requireEnv(ENV.webBaseUrl) })
    : 0;
  return { waiting: true, opened: opened.opened, invited: sent };
}
