/**
 * Withdrawing an application: possible until the application period ends, for a draft or a
 * submitted application; a submitted one's workflow execution is stopped, and the owner gets a
 * confirmation mail (through the outbox: withdrawal-mail.ts). Idempotent.
 */
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { findRound } from '../domain/rounds/index.ts';
import { applicationPeriodState } from '../domain/time.ts';
import * as errors from '../errors.ts';
import { effectiveRound } from '../review/schedule.ts';
import { getApplication, markWithdrawn, type ApplicationStatus } from '../storage/applications.ts';
import { executionArnFor, stopExecution } from '../workflow/executions.ts';
import { mailWithdrawal } from './withdrawal-mail.ts';

export interface Withdrawn {
  applicationId: string;
  status: 'WITHDRAWN';
  withdrawnAt: string;
  /** The status it had (undefined: it already was withdrawn). */
  previousStatus?: ApplicationStatus;
  /** The confirmation mail failed: the outbox sweep sends it (the error, for the log). */
  mailDeferred?: unknown;
}

export async function withdrawApplication(applicationId: string): Promise<Withdrawn> {
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  const withdrawn = (withdrawnAt: string) => ({ applicationId, status: 'WITHDRAWN' as const, withdrawnAt });
  if (application.status === 'WITHDRAWN') {
    return withdrawn(application.withdrawnAt ?? application.updatedAt);
  }
  if (applicationPeriodState(await effectiveRound(round), clock.now()) === 'closed')
    throw errors.withdrawNotAllowed();

  const outcome = await markWithdrawn(applicationId, clock.now().toISOString(), application.roundId);
  if (!outcome.ok) {
    const current = outcome.current;
    if (current?.status === 'WITHDRAWN') return withdrawn(current.withdrawnAt ?? current.updatedAt);
    throw errors.withdrawNotAllowed();
  }
  if (application.status === 'SUBMITTED') {
    // The execution is named by the application id, so its ARN is known even before it recorded itself.
    await stopExecution(
      executionArnFor(requireEnv(ENV.stateMachineArn), applicationId),
      'Withdrawn by the applicant',
    );
  }
  const result: Withdrawn = { ...withdrawn(outcome.value.withdrawnAt), previousStatus: application.status };
  try {
    await mailWithdrawal(applicationId);
  } catch (error) {
    result.mailDeferred = error; // the withdrawal stands; the application waits in the outbox
  }
  return result;
}
