import { errors } from '../../shared/api/errors.ts';
import { budgetSummary, validateSubmission } from '../../shared/domain/application.ts';
import { findMunicipality } from '../../shared/domain/municipalities/index.ts';
import type { Round } from '../../shared/domain/rounds/schema.ts';
import { applicationPeriodAt, draftsOpen } from '../../shared/application/period.ts';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { receiptMail, type ReceiptSummary } from '../../shared/mail/templates.ts';
import { sendMail } from '../../shared/mail/ses.ts';
import {
  claimReceiptMail,
  markSubmitted,
  type ApplicationRecord,
  type Receipt,
} from '../../shared/storage/applications.ts';
import {
  countAcceptedLettersOfIntent,
  countPendingAttachments,
  manifestOf,
  type AttachmentRecord,
} from '../../shared/storage/attachments.ts';
import { ensureExecutionStarted } from '../../shared/workflow/executions.ts';
import { httpHandler } from '../http.ts';
import { logger, metrics } from '../observability.ts';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { loadApplication } from './load.ts';

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
 * 5. The workflow execution, named by the application id (idempotent).
 * 6. The receipt e-mail, claimed once so racing requests send it once.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const now = new Date();
  for (let attempt = 1; ; attempt++) {
    const { application, attachments, round } = await loadApplication(applicationId);
    if (application.status === 'SUBMITTED' && application.receipt) {
      return complete(application, submitted(application, attachments), round, application.receipt, now);
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
        return complete(current, submitted(current, attachments), round, current.receipt, now);
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
    const stored = { ...application, status: 'SUBMITTED' as const, receipt, submittedAttachments: manifest };
    return complete(stored, submitted(stored, attachments), round, receipt, now);
  }
});

/** Attempts when attachments keep changing under a submission (each one a read and a write). */
const MAX_ATTEMPTS = 3;

/** The attachment records the submission's manifest names (all of them for a submission from before ADR 060). */
const submitted = (application: ApplicationRecord, attachments: AttachmentRecord[]) =>
  application.submittedAttachments
    ? attachments.filter((a) =>
        application.submittedAttachments!.some((s) => s.attachmentId === a.attachmentId),
      )
    : attachments;

async function complete(
  application: ApplicationRecord,
  attachments: AttachmentRecord[],
  round: Round,
  receipt: Receipt,
  now: Date,
) {
  await ensureExecutionStarted({
    applicationId: application.applicationId,
    roundId: round.id,
    receiptNumber: receipt.number,
    submittedAt: receipt.submittedAt,
  });
  if (await claimReceiptMail(application.applicationId, now.toISOString())) {
    await sendReceipt(application, attachments, round, receipt);
  }
  return {
    status: 200,
    body: { applicationId: application.applicationId, status: 'SUBMITTED', receipt },
  };
}

/** Human-friendly and stable: the round and the tail of the (unique) application id. */
const receiptNumber = (round: Round, applicationId: string) =>
  `IK-${round.id.toUpperCase()}-${applicationId.slice(-8)}`;

async function sendReceipt(
  application: ApplicationRecord,
  attachments: AttachmentRecord[],
  round: Round,
  receipt: Receipt,
) {
  const locale = (application.locale as Locale) ?? 'nb';
  const { draft } = application;
  const municipality = (number: string) => {
    const found = findMunicipality(round.division, number);
    return found ? `${found.name} (${found.number}, ${found.countyName})` : number;
  };
  const budget = budgetSummary(draft.budget ?? []);
  const summary: ReceiptSummary = {
    receiptNumber: receipt.number,
    submittedAt: receipt.submittedAt,
    projectTitle: draft.title ?? '',
    leadMunicipality: municipality(draft.leadMunicipality ?? ''),
    partnerMunicipalities: (draft.partnerMunicipalities ?? []).map(municipality),
    partners: (draft.partners ?? []).map((partner) => partner.name),
    schoolYears: (draft.schoolYears ?? []).map(
      (id) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id,
    ),
    activityAreas: (draft.activityAreas ?? []).map((area) => {
      const entry = round.activityAreas.find((candidate) => candidate.code === area.code);
      return entry ? `${area.code} ${entry.title[locale]}` : area.code;
    }),
    requestedPerSchoolYear: budget.perSchoolYear.map((year) => ({
      schoolYear:
        round.schoolYears.find((candidate) => candidate.id === year.schoolYear)?.label[locale] ??
        year.schoolYear,
      requested: year.requested,
    })),
    requestedTotal: budget.total.requested,
    attachments: attachments.filter((a) => a.status === 'ACCEPTED').map((a) => a.fileName),
  };
  const mail = receiptMail({
    locale,
    round,
    summary,
    statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${application.applicationId}`,
  });
  const recipients = new Set([application.ownerEmail, draft.contact?.email].filter((x): x is string => !!x));
  for (const to of recipients) {
    await sendMail({ from: round.mail.from, replyTo: round.mail.replyTo, to: to.toLowerCase(), ...mail });
  }
}
