/**
 * Nothing submitted stays outside the workflow (docs/decisions/063-submission-outbox.md).
 *
 * The submission's one conditional write leaves the application in the outbox (sparse gsi3,
 * shared/storage/outbox.ts). The submit request then starts the execution itself; the
 * execution records itself (RecordReceipt) and mails the receipt (SendReceipt), which takes
 * the application out of the outbox. Whatever of that did not happen — the process died after
 * the write, StartExecution failed or was throttled, the workflow gave up on SES — the sweep
 * finds in the outbox and finishes, on a schedule (every few minutes in AWS) and when the
 * local stack starts.
 */
import type { Receipt } from '../storage/applications.ts';
import { listPendingSubmissions, listPendingWithdrawals, type PendingSubmission } from '../storage/outbox.ts';
import type { WorkflowInput } from '../workflow/definition.ts';
import { ensureExecutionStarted } from '../workflow/executions.ts';
import { mailReceipt } from './receipt.ts';
import { mailWithdrawal } from './withdrawal-mail.ts';

/** The sweep leaves younger submissions to the request that is still starting them. */
export const SWEEP_GRACE_SECONDS = 120;
/**
 * After this long the workflow has given up mailing the receipt (SendReceipt's retries span
 * under half an hour) and the sweep sends it itself.
 */
export const RECEIPT_FALLBACK_AFTER_SECONDS = 3_600;
/** A submission still in the outbox this long after it was made is overdue (metric, alarm). */
export const OUTBOX_OVERDUE_AFTER_SECONDS = 3_600;
/** Submissions one sweep handles at most, oldest first (the next sweep takes the rest). */
export const SWEEP_BATCH = 100;

/** The execution's input, from what the submission stored — the same on every start. */
export const workflowInput = (application: {
  applicationId: string;
  roundId: string;
  receipt: Receipt;
}): WorkflowInput => ({
  applicationId: application.applicationId,
  roundId: application.roundId,
  receiptNumber: application.receipt.number,
  submittedAt: application.receipt.submittedAt,
});

/** Starts the application's execution (named by its id: starting again is harmless). */
export const startWorkflow = (application: Parameters<typeof workflowInput>[0]) =>
  ensureExecutionStarted(workflowInput(application));

export interface SweepResult {
  /** Submissions found in the outbox older than the grace period. */
  pending: number;
  /** Executions started for submissions whose execution had not recorded itself. */
  executionsStarted: number;
  /** Receipts the sweep mailed itself (the workflow had given up). */
  receiptsMailed: number;
  /** Withdrawal confirmations the withdraw request could not send (issue 9 point 6). */
  withdrawalsMailed: number;
  /** Still in the outbox past OUTBOX_OVERDUE_AFTER_SECONDS after this sweep. */
  overdue: number;
  /** Follow-ups that failed this time (the next sweep tries again). */
  failed: { applicationId: string; error: string }[];
}

/**
 * Finishes every pending submission's follow-up: starts its execution (idempotent — an
 * execution already there is left as it is) and, when the workflow has given up on it, mails
 * the receipt. One failing submission does not stop the others.
 */
export async function sweepOutbox(input: { now: Date; graceSeconds?: number }): Promise<SweepResult> {
  const now = input.now.getTime();
  const graceSeconds = input.graceSeconds ?? SWEEP_GRACE_SECONDS;
  const cutoff = new Date(now - graceSeconds * 1000).toISOString();
  const pending = await listPendingSubmissions(cutoff, SWEEP_BATCH);
  const result: SweepResult = {
    pending: pending.length,
    executionsStarted: 0,
    receiptsMailed: 0,
    withdrawalsMailed: 0,
    overdue: 0,
    failed: [],
  };
  for (const submission of pending) {
    try {
      const done = await followUp(submission, now, input.now);
      if (done.started) result.executionsStarted++;
      if (done.mailed) result.receiptsMailed++;
      if (!done.mailed && ageSeconds(submission, now) > OUTBOX_OVERDUE_AFTER_SECONDS) result.overdue++;
    } catch (error) {
      result.failed.push({
        applicationId: submission.applicationId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      if (ageSeconds(submission, now) > OUTBOX_OVERDUE_AFTER_SECONDS) result.overdue++;
    }
  }
  // Withdrawals whose confirmation the request could not send.
  for (const applicationId of await listPendingWithdrawals(cutoff, SWEEP_BATCH)) {
    try {
      if ((await mailWithdrawal(applicationId, input.now)).sent) result.withdrawalsMailed++;
    } catch (error) {
      result.failed.push({
        applicationId,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return result;
}

async function followUp(submission: PendingSubmission, now: number, at: Date) {
  // Withdrawal takes the application out of the outbox; a stray entry is left alone.
  if (submission.status !== 'SUBMITTED' || !submission.receipt) return { started: false, mailed: false };
  if (!submission.executionArn) {
    await startWorkflow(submission);
    return { started: true, mailed: false };
  }
  // The execution recorded itself; its SendReceipt task mails the receipt, unless it gave up.
  if (ageSeconds(submission, now) <= RECEIPT_FALLBACK_AFTER_SECONDS) return { started: false, mailed: false };
  const mailing = await mailReceipt(submission.applicationId, at);
  return { started: false, mailed: 'mailedAt' in mailing };
}

const ageSeconds = (submission: PendingSubmission, now: number) =>
  (now - Date.parse(submission.receipt.submittedAt)) / 1000;
