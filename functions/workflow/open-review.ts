import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import type { Committee } from '../../shared/domain/committees.ts';
import { workflowOutput, type Decision } from '../../shared/domain/review.ts';
import { inviteCommittee } from '../../shared/review/invitations.ts';
import { deliverDecision } from '../../shared/review/stages.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { decisionField, storeTaskToken } from '../../shared/storage/applications.ts';
import { getStage, openStage } from '../../shared/storage/review.ts';
import { resumeTask } from '../../shared/workflow/callbacks.ts';
import { logger, metrics } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';
import * as clock from '../../shared/clock.ts';

interface OpenReviewInput {
  applicationId: string;
  roundId: string;
  committee: Committee;
  taskToken: string;
}

/**
 * Workflow callback task: the application enters a committee stage and waits.
 *
 * 1. Keep the task token on the application (the one the chair's finalisation resumes) and
 *    mirror the stage.
 * 2. Entered again (a restart, the timeout loop) after the decision was made? Resume at once
 *    with the recorded share — from the application, or from the stage's decision if the
 *    finalisation did not reach this application.
 * 3. Otherwise open the stage if this is its first application, and invite every member not
 *    invited yet (each once: claimed per member).
 */
export const handler = workflowTask(async (input: OpenReviewInput) => {
  const round = roundOf(input.roundId);
  const { committee } = input;
  const now = clock.now().toISOString();
  const application = await storeTaskToken(input.applicationId, committee, input.taskToken, now);
  if (!application) {
    logger.warn('application is no longer submitted; its execution is being stopped');
    return { waiting: false };
  }
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
    metrics.addMetric('StageOpened', MetricUnit.Count, 1);
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
  if (round.committees[committee].members.some((member) => !invited[member.id])) {
    const sent = await inviteCommittee({ round, committee, webBaseUrl: requireEnv(ENV.webBaseUrl) });
    if (sent) logger.info('committee invited', { committee, members: sent });
  }
  return { waiting: true };
});
