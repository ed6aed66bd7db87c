/**
 * A report's attachments (ADR 112): photos, programmes, accounts — the application's upload
 * path as it is (a presigned POST bound to one attachment record, the verifier's size and
 * magic-byte rules, the frozen copy, the malware scan; keys from shared/storage/keys.ts), held
 * by the report rather than the application's draft: its slots and revision on the report item,
 * changes only while the report is a draft or returned, owner or co-editor (the applicant auth
 * kind). The report's submission waits for every attachment to be checked and conditions on
 * the attachments' revision it read, so the two exclude each other. The secretariat downloads
 * them in its review.
 */
import { ulid } from 'ulid';
import { attachmentView } from '../api/views.ts';
import * as clock from '../clock.ts';
import * as errors from '../errors.ts';
import { checkedFile, recordUpload } from '../files/attachments.ts';
import { presignDownload, deleteObject } from '../files/s3.ts';
import type { Locale } from '../i18n/locale.ts';
import {
  deleteAttachmentRecord,
  getAttachment,
  listAttachments,
  objectsOf,
  restoreAttachmentRecord,
  servedObject,
  sortedByCreation,
  type AttachmentRecord,
} from '../storage/attachments.ts';
import { recordAudit } from '../storage/audit.ts';
import { loadAward, type LoadedGrant } from './grant.ts';
import { reportEditable, type ReportStatus } from './report.ts';
import {
  bumpReportAttachments,
  getReport,
  releaseReportAttachmentSlot,
  reserveReportAttachmentSlot,
} from './store.ts';

export const reportReadOnly = () =>
  new errors.DomainError('READ_ONLY', undefined, undefined, { key: 'grant.report.readOnly' });

/**
 * A report's attachments, oldest first: while it takes changes, each with its state (PENDING
 * while checked, ACCEPTED, REJECTED with the reason); once submitted, the accepted ones (what
 * the submission carried: nothing else could change after it).
 */
export function listedReportAttachments(
  attachments: readonly AttachmentRecord[],
  schoolYear: string,
  status: ReportStatus,
): AttachmentRecord[] {
  const own = attachments.filter((attachment) => attachment.schoolYear === schoolYear);
  return sortedByCreation(
    reportEditable(status) ? own : own.filter((attachment) => attachment.status === 'ACCEPTED'),
  );
}

/** The records of an application's report attachments (access pattern 3: one Query). */
export async function reportAttachmentRecords(applicationId: string): Promise<AttachmentRecord[]> {
  return (await listAttachments(applicationId)).filter((attachment) => attachment.schoolYear !== undefined);
}

export const reportAttachmentViews = (attachments: readonly AttachmentRecord[], locale: Locale) =>
  attachments.map((attachment) => attachmentView(attachment, locale));

/** The upload request of a report's attachment: the file as the application's are declared. */
export interface ReportUploadRequest {
  schoolYear: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * An upload form for one file of a report: the file's rules first (type, name, size: field
 * issues), then the report must take changes (READ_ONLY once submitted or approved) and have a
 * free slot under the round's cap (ATTACHMENT_LIMIT_REACHED), reserved with one conditional
 * write on the report item.
 */
export async function requestReportUpload(grant: LoadedGrant, input: ReportUploadRequest, locale: Locale) {
  const { round } = grant;
  const applicationId = grant.application.applicationId;
  const contentType = checkedFile(input, round);
  const now = clock.now().toISOString();
  const reserved = await reserveReportAttachmentSlot({
    applicationId,
    roundId: round.id,
    schoolYear: input.schoolYear,
    max: round.limits.maxAttachments,
    now,
  });
  if (!reserved) {
    const current = await getReport(applicationId, input.schoolYear);
    if (current && !reportEditable(current.status)) throw reportReadOnly();
    throw errors.attachmentLimitReached();
  }
  return recordUpload(
    {
      applicationId,
      attachmentId: ulid(),
      kind: 'other',
      fileName: input.fileName,
      contentType,
      declaredSize: input.size,
      schoolYear: input.schoolYear,
    },
    { now, round, locale, release: () => releaseReportAttachmentSlot(applicationId, input.schoolYear) },
  );
}

/** A report's attachment of this award, or ATTACHMENT_NOT_FOUND (an application's own is not one). */
async function reportAttachment(applicationId: string, attachmentId: string) {
  const attachment = await getAttachment(applicationId, attachmentId);
  if (!attachment || attachment.schoolYear === undefined) throw errors.attachmentNotFound();
  return attachment as AttachmentRecord & { schoolYear: string };
}

/**
 * Deletes a report's attachment while the report takes changes: the record first, committed by
 * bumping the report's revision on condition that it is still a draft or returned; a report
 * submitted in between gets the record back and the answer is READ_ONLY. The objects go after.
 */
export async function removeReportAttachment(
  applicationId: string,
  attachmentId: string,
  reportable: (schoolYear: string) => Promise<unknown>,
) {
  const attachment = await reportAttachment(applicationId, attachmentId);
  await reportable(attachment.schoolYear);
  const deleted = await deleteAttachmentRecord(applicationId, attachmentId);
  if (!deleted) throw errors.attachmentNotFound();
  if (!(await bumpReportAttachments(applicationId, attachment.schoolYear))) {
    await restoreAttachmentRecord(deleted);
    throw reportReadOnly();
  }
  await Promise.all(objectsOf(deleted).map((key) => deleteObject(key)));
  if (deleted.status !== 'REJECTED') await releaseReportAttachmentSlot(applicationId, attachment.schoolYear);
}

/** A two-minute link to an accepted attachment's frozen copy (PENDING or REJECTED: none, with its status). */
async function download(attachment: AttachmentRecord) {
  const object = servedObject(attachment);
  if (!object) throw errors.attachmentNotFound({ status: attachment.status });
  return presignDownload({ ...object, fileName: attachment.fileName, contentType: attachment.contentType });
}

/** The applicant's download (owner or co-editor of an accepted award). */
export async function applicantReportAttachmentDownload(
  applicationId: string,
  attachmentId: string,
  reportable: (schoolYear: string) => Promise<unknown>,
) {
  const attachment = await reportAttachment(applicationId, attachmentId);
  await reportable(attachment.schoolYear);
  return download(attachment);
}

/** The secretariat's download in its review of a report; audited. */
export async function staffReportAttachmentDownload(
  applicationId: string,
  attachmentId: string,
  staff: { email: string },
) {
  const grant = await loadAward(applicationId);
  const attachment = await reportAttachment(applicationId, attachmentId);
  const link = await download(attachment);
  await recordAudit({
    roundId: grant.round.id,
    at: clock.now().toISOString(),
    actor: { kind: 'staff', id: staff.email },
    action: 'report.attachment.downloaded',
    applicationId,
    details: { schoolYear: attachment.schoolYear, attachmentId, fileName: attachment.fileName },
  });
  return link;
}
