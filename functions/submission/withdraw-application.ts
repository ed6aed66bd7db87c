import { errors } from '../../shared/api/errors.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { applicationPeriodState } from '../../shared/domain/time.ts';
import { effectiveRound } from '../../shared/review/schedule.ts';
import { getApplication, markWithdrawn } from '../../shared/storage/applications.ts';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import { executionArnFor, stopExecution } from '../../shared/workflow/executions.ts';
import { httpHandler } from '../http.ts';
import { logger } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

/**
 * POST /applications/{applicationId}/withdraw — possible until the application period ends,
 * for a draft or a submitted application; a submitted one's workflow execution is stopped.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  if (application.status === 'WITHDRAWN') {
    return {
      status: 200,
      body: { applicationId, status: 'WITHDRAWN', withdrawnAt: application.withdrawnAt },
    };
  }
  if (applicationPeriodState(await effectiveRound(round), clock.now()) === 'closed')
    throw errors.withdrawNotAllowed();

  const outcome = await markWithdrawn(applicationId, clock.now().toISOString());
  if (!outcome.ok) {
    if (outcome.current?.status === 'WITHDRAWN') {
      return {
        status: 200,
        body: { applicationId, status: 'WITHDRAWN', withdrawnAt: outcome.current.withdrawnAt },
      };
    }
    throw errors.withdrawNotAllowed();
  }
  if (application.status === 'SUBMITTED') {
    // The execution is named by the application id, so its ARN is known even before it recorded itself.
    const executionArn = executionArnFor(requireEnv(ENV.stateMachineArn), applicationId);
    await stopExecution(executionArn, 'Withdrawn by the applicant');
  }
  logger.info('application withdrawn', { previousStatus: application.status });
  return {
    status: 200,
    body: { applicationId, status: 'WITHDRAWN', withdrawnAt: outcome.value.withdrawnAt },
  };
});
