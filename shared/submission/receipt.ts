/**
 * The submission's receipt: its number, the summary the receipt mail shows, who gets it, and
 * sending it — at least once (docs/decisions/063-submission-outbox.md). The workflow sends it
 * (task SendReceipt) after its execution recorded itself; the sweep sends it only when the
 * workflow gave up. Each recipient is marked after SES accepted their copy, and the
 * submission leaves the outbox once every recipient has one: an SES failure is retried and
 * never loses the receipt; a crash between SES's answer and the mark sends that copy twice.
 */
import { mailboxOf, normaliseEmail } from '../auth/email.ts';
import { budgetSummary } from '../domain/application.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRoundWithAreaNames, type RoundWithAreaNames } from '../domain/rounds/area-names.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { ENV, requireEnv } from '../config/env.ts';
import type { Locale } from '../i18n/index.ts';
import { sendMail } from '../mail/ses.ts';
import { contactNoticeMail, receiptMail, type ReceiptSummary } from '../mail/templates.ts';
import { getApplication, type ApplicationRecord } from '../storage/applications.ts';
import { listAttachments, type AttachmentRecord } from '../storage/attachments.ts';
import { markReceiptMailed, markReceiptMailedTo } from '../storage/outbox.ts';
import * as clock from '../clock.ts';

/** Human-friendly and stable: the round and the tail of the (unique) application id. */
export const receiptNumber = (round: Pick<Round, 'id'>, applicationId: string) =>
  `IK-${round.id.toUpperCase()}-${applicationId.slice(-8)}`;

/** A recipient of a submission's mail: the owner gets the receipt, another contact person a notice. */
export interface ReceiptRecipient {
  to: string;
  mail: 'receipt' | 'contact-notice';
}

/**
 * Who is told of a submission (ADR 085): the receipt, with what the applicant wrote, goes only
 * to the owner — the address that signed in through its magic link, so it is known to be
 * theirs. The contact person the applicant typed, when another mailbox, gets a neutral notice
 * with nothing the applicant wrote. Mail goes to each address as typed.
 */
export function receiptRecipients(
  application: Pick<ApplicationRecord, 'ownerEmail' | 'draft'>,
): ReceiptRecipient[] {
  const owner = application.ownerEmail.trim();
  const contact = application.draft.contact?.email?.trim();
  return [
    { to: owner, mail: 'receipt' },
    ...(contact && mailboxOf(contact) !== mailboxOf(owner)
      ? [{ to: contact, mail: 'contact-notice' as const }]
      : []),
  ];
}

/** What the receipt mail lists: the submitted application, in the applicant's language. */
export function receiptSummary(
  application: ApplicationRecord,
  attachments: readonly AttachmentRecord[],
  round: RoundWithAreaNames,
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
  const application = await getApplication(applicationId);
  if (!application || application.status !== 'SUBMITTED' || !application.receipt) {
    return { sent: 0, skipped: 'not-submitted' };
  }
  if (application.receiptMailedAt) return { sent: 0, skipped: 'already-mailed' };
  const round = findRoundWithAreaNames(application.roundId);
  if (!round) throw new Error(`Unknown round ${application.roundId}`);
  // The manifest lists what was submitted; only a submission from before it reads the records.
  const attachments = application.submittedAttachments ? [] : await listAttachments(applicationId);
  const mail = receiptMail({
    locale: localeOf(application),
    round,
    summary: receiptSummary(application, attachments, round),
    statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${application.applicationId}`,
  });
  const notice = contactNoticeMail({
    locale: localeOf(application),
    round,
    receiptNumber: application.receipt.number,
    submittedAt: application.receipt.submittedAt,
  });
  // Marked by the address as compared (trimmed, lower case), as marks have always been.
  const mailed = new Set(application.receiptMailedTo ?? []);
  const unmailed = receiptRecipients(application).filter(
    (recipient) => !mailed.has(normaliseEmail(recipient.to)),
  );
  const mailedAt = now.toISOString();
  let sent = 0;
  let done = false;
  for (const recipient of unmailed) {
    await sendMail({
      from: round.mail.from,
      replyTo: round.mail.replyTo,
      to: recipient.to,
      ...(recipient.mail === 'receipt' ? mail : notice),
      about: { mail: recipient.mail, round: round.id, application: applicationId },
    });
    sent++;
    // The last one's mark also marks the receipt mailed (ADR 123).
    const last = sent === unmailed.length;
    done =
      (await markReceiptMailedTo(applicationId, normaliseEmail(recipient.to), last ? mailedAt : undefined)) &&
      last;
  }
  if (!done) await markReceiptMailed(applicationId, mailedAt);
  return { sent, mailedAt };
}

const localeOf = (application: Pick<ApplicationRecord, 'locale'>) => (application.locale as Locale) ?? 'nb';
