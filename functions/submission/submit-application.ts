import { errors } from '../../shared/api/errors.ts';
import { validateSubmission } from '../../shared/domain/application.ts';
import { applicationPeriodAt, draftsOpen } from '../../shared/application/period.ts';
import { markSubmitted, type Receipt } from '../../shared/storage/applications.ts';
import {
  countAcceptedLettersOfIntent,
  countPendingAttachments,
  manifestOf,
} from '../../shared/storage/attachments.ts';
import { startWorkflow } from '../../shared/submission/outbox.ts';
import { receiptNumber } from '../../shared/submission/receipt.ts';
import { httpHandler } from '../http.ts';
import { logger, metrics } from '../observability.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { loadApplication } from './load.ts';
import * as clock from '../../shared/clock.ts';

/**
 * POST /applications/{applicationId}/submit
 *
 * 1. Already submitted → the same receipt again (a retried submit never submits twice).
 * 2. Inside the application period by the server's clock (Europe/Oslo, to the second)?
 * 3. Every rule of the scheme, with field-level messages; no attachment still being checked.
 * 4. DRAFT → SUBMITTED in one conditional write, on the version and the attachments' revision
 *    the rules were checked on, with the manifest of the submitted attachments (ADR 060). If
 *    only the attachments changed meanwhile (an upload judged, a delete), the rules are
 *    checked again on what is there now; if the draft changed, 409 VERSION_CONFLICT.
 * 5. The workflow execution, named by the application id (idempotent). The write in 4 left
 *    the application in the outbox (ADR 063): if this start fails, or the process dies before
 *    it, the outbox sweep starts it — the submission stands and the applicant gets the
 *    receipt answer. The workflow mails the receipt (not this request).
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const now = clock.now();
  for (let attempt = 1; ; attempt++) {
    const { application, attachments, round } = await loadApplication(applicationId);
    if (application.status === 'SUBMITTED' && application.receipt) {
      return complete(application.applicationId, round.id, application.receipt);
    }
    if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });

    // The period as it holds now: an administrator may have moved its end (ADR 044, 061).
    const period = await applicationPeriodAt(round, now);
    if (period.state === 'not-open') throw errors.periodNotOpen();
    if (!draftsOpen(period)) throw errors.periodClosed();

    const check = validateSubmission(application.draft, round, {
      letterOfIntentCount: countAcceptedLettersOfIntent(attachments),
      pendingAttachmentCount: countPendingAttachments(attachments),
    });
    if (!check.ok) throw errors.validation(check.issues);

    const receipt: Receipt = { number: receiptNumber(round, applicationId), submittedAt: now.toISOString() };
    const manifest = manifestOf(attachments);
    const outcome = await markSubmitted(
      applicationId,
      round.id,
      { version: application.version, attachmentsRevision: application.attachmentsRevision },
      receipt,
      manifest,
    );
    if (!outcome.ok) {
      const current = outcome.current;
      if (current?.status === 'SUBMITTED' && current.receipt) {
        return complete(current.applicationId, round.id, current.receipt);
      }
      if (current?.status === 'DRAFT') {
        // Only the attachments changed: check the rules again on what is there now.
        if (current.version === application.version && attempt < MAX_ATTEMPTS) continue;
        // The draft changed between our read and our write: the rules were checked on an old version.
        throw errors.versionConflict({ currentVersion: current.version, current: current.draft });
      }
      throw errors.readOnly({ status: current?.status });
    }
    metrics.addMetric('ApplicationSubmitted', MetricUnit.Count, 1);
    logger.info('application submitted', { receiptNumber: receipt.number });
    return complete(applicationId, round.id, receipt);
  }
});

/** Attempts when attachments keep changing under a submission (each one a read and a write). */
const MAX_ATTEMPTS = 3;

/** The receipt answer, once the execution has been started — or left to the outbox sweep. */
async function complete(applicationId: string, roundId: string, receipt: Receipt) {
  try {
    await startWorkflow({ applicationId, roundId, receipt });
  } catch (error) {
    logger.warn('workflow start failed; the outbox sweep starts it', { error });
    metrics.addMetric('WorkflowStartDeferred', MetricUnit.Count, 1);
  }
  return { status: 200, body: { applicationId, status: 'SUBMITTED', receipt } };
}
