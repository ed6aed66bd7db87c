/**
 * Submitting an application (ADR 060, 061, 063, 123).
 *
 * 1. Already submitted → the same receipt again (a retried submit never submits twice).
 * 2. Inside the application period as it holds now (Europe/Oslo, to the second)?
 * 3. Every rule of the scheme, with field-level issues; no attachment still being checked.
 * 4. DRAFT → SUBMITTED in one conditional write, on the version and the attachments' revision
 *    the rules were checked on, with the manifest of the submitted attachments (ADR 060). If
 *    only the attachments changed meanwhile (an upload judged, a delete), the rules are
 *    checked again on what is there now; if the draft changed, VERSION_CONFLICT.
 * 5. The workflow execution, named by the application id (idempotent). The write in 4 left
 *    the application in the outbox (ADR 063): if this start fails, or the process dies before
 *    it, the outbox sweep starts it — the submission stands and the applicant has the receipt.
 *    The workflow mails the receipt.
 *
 * The application item is the one read with the session (ADR 121, 123): the request reads
 * only its attachments (a Query) and the round's dates (a GetItem), side by side. Both come
 * after the item was read, and every attachment change moves the item's revision, so a change
 * in between fails the write in 4 — and the next attempt starts from the item as that write
 * found it, with the attachments read again.
 */
import * as clock from '../clock.ts';
import { validateSubmission } from '../domain/application.ts';
import * as errors from '../errors.ts';
import { markSubmitted, type ApplicationRecord, type Receipt } from '../storage/applications.ts';
import {
  countAcceptedLettersOfIntent,
  countPendingAttachments,
  listAttachments,
  manifestOf,
} from '../storage/attachments.ts';
import { withRound } from './load.ts';
import { startWorkflow } from './outbox.ts';
import { applicationPeriodAt, draftsOpen } from './period.ts';
import { receiptNumber } from './receipt.ts';

/** Attempts when attachments keep changing under a submission (each one a read and a write). */
const MAX_ATTEMPTS = 3;

export interface Submitted {
  applicationId: string;
  status: 'SUBMITTED';
  receipt: Receipt;
  /** Whether this call submitted it (false: it already was). */
  newly: boolean;
  /** The execution's start failed: the outbox sweep starts it (the error, for the log). */
  workflowDeferred?: unknown;
}

/**
 * Submits `read`, the application's item as read with the session (strongly consistent;
 * undefined if there is none: NOT_FOUND).
 */
export async function submitApplication(read: ApplicationRecord | undefined): Promise<Submitted> {
  const now = clock.now();
  let next = read;
  for (let attempt = 1; ; attempt++) {
    const { application, round } = withRound(next);
    const { applicationId } = application;
    if (application.status === 'SUBMITTED' && application.receipt) {
      return started(applicationId, round.id, application.receipt, false);
    }
    if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });

    // The period as it holds now: an administrator may have moved its end (ADR 047, 061).
    const [period, attachments] = await Promise.all([
      applicationPeriodAt(round, now),
      listAttachments(applicationId),
    ]);
    if (period.state === 'not-open') throw errors.periodNotOpen();
    if (!draftsOpen(period)) throw errors.periodClosed();

    const check = validateSubmission(application.draft, round, {
      letterOfIntentCount: countAcceptedLettersOfIntent(attachments),
      letters: attachments,
      pendingAttachmentCount: countPendingAttachments(attachments),
    });
    if (!check.ok) throw errors.validation(check.issues);

    const receipt: Receipt = { number: receiptNumber(round, applicationId), submittedAt: now.toISOString() };
    const outcome = await markSubmitted(
      applicationId,
      round.id,
      { version: application.version, attachmentsRevision: application.attachmentsRevision },
      receipt,
      manifestOf(attachments),
    );
    if (outcome.ok) return started(applicationId, round.id, receipt, true);
    const current = outcome.current;
    if (current?.status === 'SUBMITTED' && current.receipt) {
      return started(applicationId, round.id, current.receipt, false);
    }
    if (current?.status === 'DRAFT') {
      // Only the attachments changed: check the rules again on the item as it is now and
      // the attachments read again.
      if (current.version === application.version && attempt < MAX_ATTEMPTS) {
        next = current;
        continue;
      }
      // The draft changed between our read and our write: the rules were checked on an old version.
      throw errors.versionConflict({ currentVersion: current.version, current: current.draft });
    }
    throw errors.readOnly({ status: current?.status });
  }
}

/** The receipt, once the execution has been started — or left to the outbox sweep. */
async function started(applicationId: string, roundId: string, receipt: Receipt, newly: boolean) {
  const submitted: Submitted = { applicationId, status: 'SUBMITTED', receipt, newly };
  try {
    await startWorkflow({ applicationId, roundId, receipt });
  } catch (error) {
    submitted.workflowDeferred = error;
  }
  return submitted;
}
