/**
 * The submission's receipt: its number, the summary the receipt mail shows, who gets it, and
 * sending it — at least once (docs/decisions/063-submission-outbox.md). The workflow sends it
 * (task SendReceipt) after its execution recorded itself; the sweep sends it only when the
 * workflow gave up. Each recipient is marked after SES accepted their copy, and the
 * submission leaves the outbox once every recipient has one: an SES failure is retried and
 * never loses the receipt; a crash between SES's answer and the mark sends that copy twice.
 */
import { budgetSummary } from '../domain/application.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRound } from '../domain/rounds/index.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { ENV, requireEnv } from '../config/env.ts';
import type { Locale } from '../i18n/index.ts';
import { sendMail } from '../mail/ses.ts';
import { receiptMail, type ReceiptSummary } from '../mail/templates.ts';
import { getApplicationWithAttachments, type ApplicationRecord } from '../storage/applications.ts';
import type { AttachmentRecord } from '../storage/attachments.ts';
import { markReceiptMailed, markReceiptMailedTo } from '../storage/outbox.ts';
import * as clock from '../clock.ts';

/** Human-friendly and stable: the round and the tail of the (unique) application id. */
export const receiptNumber = (round: Pick<Round, 'id'>, applicationId: string) =>
  `IK-${round.id.toUpperCase()}-${applicationId.slice(-8)}`;

/** Who gets the receipt: the applicant who signed in and the application's contact person. */
export function receiptRecipients(application: Pick<ApplicationRecord, 'ownerEmail' | 'draft'>): string[] {
  const addresses = [application.ownerEmail, application.draft.contact?.email]
    .filter((address): address is string => !!address)
    .map((address) => address.trim().toLowerCase());
  return [...new Set(addresses)];
}

/** What the receipt mail lists: the submitted application, in the applicant's language. */
export function receiptSummary(
  application: ApplicationRecord,
  attachments: readonly AttachmentRecord[],
  round: Round,
): ReceiptSummary {
  const locale = localeOf(application);
  const { draft } = application;
  const receipt = application.receipt!;
  const municipality = (number: string) => {
    const found = findMunicipality(round.division, number);
    return found ? `${found.name} (${found.number}, ${found.countyName})` : number;
  };
  const schoolYear = (id: string) => round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
  const budget = budgetSummary(draft.budget ?? []);
  return {
    receiptNumber: receipt.number,
    submittedAt: receipt.submittedAt,
    projectTitle: draft.title ?? '',
    leadMunicipality: municipality(draft.leadMunicipality ?? ''),
    partnerMunicipalities: (draft.partnerMunicipalities ?? []).map(municipality),
    partners: (draft.partners ?? []).map((partner) => partner.name),
    schoolYears: (draft.schoolYears ?? []).map(schoolYear),
    activityAreas: (draft.activityAreas ?? []).map((area) => {
      const entry = round.activityAreas.find((candidate) => candidate.code === area.code);
      return entry ? `${area.code} ${entry.title[locale]}` : area.code;
    }),
    requestedPerSchoolYear: budget.perSchoolYear.map((year) => ({
      schoolYear: schoolYear(year.schoolYear),
      requested: year.requested,
    })),
    requestedTotal: budget.total.requested,
    // What was submitted: the submission's manifest (ADR 060), or for a submission from
    // before it every accepted attachment.
    attachments: application.submittedAttachments
      ? application.submittedAttachments.map((attachment) => attachment.fileName)
      : attachments.filter((attachment) => attachment.status === 'ACCEPTED').map((a) => a.fileName),
  };
}

export type ReceiptMailing =
  { sent: number; mailedAt: string } | { sent: 0; skipped: 'not-submitted' | 'already-mailed' };

/**
 * Sends the receipt to every recipient who does not have it yet, marking each after SES
 * accepted it, then takes the submission out of the outbox. Safe to call again at any point
 * (a retry, the sweep): a recipient marked is never mailed again.
 */
export async function mailReceipt(applicationId: string, now = clock.now()): Promise<ReceiptMailing> {
  const loaded = await getApplicationWithAttachments(applicationId);
  const application = loaded?.application;
  if (!application || application.status !== 'SUBMITTED' || !application.receipt) {
    return { sent: 0, skipped: 'not-submitted' };
  }
  if (application.receiptMailedAt) return { sent: 0, skipped: 'already-mailed' };
  const round = findRound(application.roundId);
  if (!round) throw new Error(`Unknown round ${application.roundId}`);
  const mail = receiptMail({
    locale: localeOf(application),
    round,
    summary: receiptSummary(application, loaded.attachments, round),
    statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${application.applicationId}`,
  });
  const mailed = new Set(application.receiptMailedTo ?? []);
  let sent = 0;
  for (const to of receiptRecipients(application)) {
    if (mailed.has(to)) continue;
    await sendMail({
      from: round.mail.from,
      replyTo: round.mail.replyTo,
      to,
      ...mail,
      about: { mail: 'receipt', round: round.id, application: applicationId },
    });
    await markReceiptMailedTo(applicationId, to);
    sent++;
  }
  const mailedAt = now.toISOString();
  await markReceiptMailed(applicationId, mailedAt);
  return { sent, mailedAt };
}

const localeOf = (application: Pick<ApplicationRecord, 'locale'>) => (application.locale as Locale) ?? 'nb';
