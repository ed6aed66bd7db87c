/**
 * An applicant's upload forms and list of attachments (ADR 060, 061); deleting is removal.ts,
 * downloading downloads.ts. The bytes are judged by the verifier (uploads.ts) once they land;
 * every attachment change is excluded with the submission through the application item.
 */
import { ulid } from 'ulid';
import { isDeepStrictEqual } from 'node:util';
import { attachmentView, attachmentViews } from '../api/views.ts';
import * as clock from '../clock.ts';
import type { FieldIssue } from '../domain/application.ts';
import type { AttachmentParty } from '../domain/attachments.ts';
import { findRound } from '../domain/rounds/index.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/index.ts';
import { getApplication, getApplicationWithAttachments } from '../storage/applications.ts';
import {
  createAttachment,
  bumpAttachmentsRevision,
  releaseAttachmentSlot,
  reserveAttachmentSlot,
  updateAttachmentMetadata,
  type AttachmentKind,
} from '../storage/attachments.ts';
import { loadOpenDraft } from '../submission/load.ts';
import { assertDraftsOpen } from '../submission/period.ts';
import { ATTACHMENT_TYPES, extensionMatches, isAllowedContentType } from '../domain/attachments.ts';
import { presignUpload } from './s3.ts';

/** 'PDF, DOCX, XLSX, ODT, ODS, JPG, JPEG, PNG': the `{allowed}` param of the type message. */
const ALLOWED_EXTENSIONS = Object.values(ATTACHMENT_TYPES)
  .flatMap((type) => type.extensions)
  .map((extension) => extension.toUpperCase())
  .join(', ');

/** Params for the catalogue's messages (a `{max}` placeholder there shows the limit in MB). */
const megabytes = (bytes: number) => ({ max: Math.round((bytes / (1024 * 1024)) * 10) / 10 });

/**
 * A declared file's field issues — a type outside the allow-list (on `contentType`), a name
 * whose extension is not the type's (on `fileName`), a size over the round's limit — thrown as
 * one validation error; else its content type, known allowed. The reports' attachments (ADR
 * 112) are held to the same rules.
 */
export function checkedFile(
  input: Pick<UploadRequest, 'fileName' | 'contentType' | 'size'>,
  round: Pick<RoundSchedule, 'limits'>,
) {
  const issues: FieldIssue[] = [];
  const allowed = { allowed: ALLOWED_EXTENSIONS };
  const contentType = input.contentType;
  if (!isAllowedContentType(contentType)) {
    issues.push({ path: 'contentType', code: 'ATTACHMENT_TYPE_NOT_ALLOWED', params: allowed });
  } else if (!extensionMatches(input.fileName, contentType)) {
    issues.push({ path: 'fileName', code: 'ATTACHMENT_TYPE_NOT_ALLOWED', params: allowed });
  }
  if (input.size > round.limits.maxAttachmentBytes) {
    issues.push({
      path: 'size',
      code: 'ATTACHMENT_TOO_LARGE',
      params: megabytes(round.limits.maxAttachmentBytes),
    });
  }
  if (issues.length > 0 || !isAllowedContentType(contentType)) throw errors.validation(issues);
  return contentType;
}

export interface UploadRequest {
  fileName: string;
  contentType: string;
  size: number;
  kind: AttachmentKind;
  /** Whose commitment a letter of intent documents (ADR 098); ignored for another kind. */
  party?: AttachmentParty;
}

/** A party belongs to a letter of intent only. */
const partyFor = (kind: AttachmentKind, party: AttachmentParty | undefined) =>
  kind === 'letterOfIntent' ? party : undefined;

/**
 * The applicant declares a file (name, type, size, kind) and gets the attachment (PENDING) and
 * a presigned POST the browser sends the file with, straight to S3.
 *
 * Field issues first — a type outside the allow-list (on `contentType`), a name whose
 * extension is not the type's (on `fileName`), a size over the round's limit — then: a draft
 * (READ_ONLY otherwise) in an open period (APPLICATION_PERIOD_CLOSED after the effective
 * close, ADR 061), a free slot under the round's cap (ATTACHMENT_LIMIT_REACHED), reserved with
 * one conditional write on the application item so concurrent requests cannot overshoot it
 * (and a submission in flight sees the attachments changed, ADR 060). The form is for this
 * attachment's upload key alone and lives five minutes.
 */
export async function requestUpload(applicationId: string, input: UploadRequest, locale: Locale) {
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();

  const contentType = checkedFile(input, round);

  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });
  await assertDraftsOpen(round);
  if (!(await reserveAttachmentSlot(applicationId, round.limits.maxAttachments))) {
    // The reservation also fails if the application was submitted meanwhile: say which.
    const current = await getApplication(applicationId);
    if (current && current.status !== 'DRAFT') throw errors.readOnly({ status: current.status });
    throw errors.attachmentLimitReached();
  }

  return recordUpload(
    {
      applicationId,
      attachmentId: ulid(),
      kind: input.kind,
      ...(partyFor(input.kind, input.party) ? { party: partyFor(input.kind, input.party) } : {}),
      fileName: input.fileName,
      contentType,
      declaredSize: input.size,
    },
    { now: clock.now().toISOString(), round, locale, release: () => releaseAttachmentSlot(applicationId) },
  );
}

/**
 * The attachment's record for a slot already reserved, then its upload form (a presigned POST
 * for its upload key alone, up to the round's size limit) — the application's and a report's
 * (shared/grants/report-attachments.ts) alike. A record that never came releases the slot.
 */
export async function recordUpload(
  fields: Parameters<typeof createAttachment>[0],
  context: { now: string; round: RoundSchedule; locale: Locale; release: () => Promise<unknown> },
) {
  const attachment = await createAttachment(fields, context.now).catch(async (error: unknown) => {
    await context.release();
    throw error;
  });
  const upload = await presignUpload({
    key: attachment.uploadKey,
    contentType: attachment.contentType,
    maxBytes: context.round.limits.maxAttachmentBytes,
  });
  return { attachment: attachmentView(attachment, context.locale), upload };
}

/**
 * The applicant's attachments, oldest first: in a draft each with its status (PENDING until
 * verified, ACCEPTED, or REJECTED with the reason in the caller's language); once submitted,
 * exactly the submission's manifest (ADR 060). One Query.
 */
export async function applicantAttachments(applicationId: string, locale: Locale) {
  const loaded = await getApplicationWithAttachments(applicationId);
  if (!loaded) throw errors.notFound();
  return { attachments: attachmentViews(loaded.application, loaded.attachments, locale) };
}

/**
 * Changes an attachment's kind and party (ADR 098) in a draft whose period is open (READ_ONLY,
 * APPLICATION_PERIOD_CLOSED otherwise); its file, status and frozen copy never change. Like a
 * delete (ADR 060) the change is committed by bumping `attachmentsRevision` on condition that
 * the application is still a draft. If it was submitted in between, the manifest is the truth:
 * when it already carries the change (the submission read it), the change stands; otherwise
 * the record is put back as it was and the answer is READ_ONLY. Answers the attachments as
 * they are now.
 */
export async function changeAttachment(
  applicationId: string,
  attachmentId: string,
  input: { kind: AttachmentKind; party?: AttachmentParty },
  locale: Locale,
) {
  await loadOpenDraft(applicationId);
  const metadata = { kind: input.kind, party: partyFor(input.kind, input.party) };
  const before = await updateAttachmentMetadata(applicationId, attachmentId, metadata);
  if (!before) throw errors.attachmentNotFound();
  if (!(await bumpAttachmentsRevision(applicationId))) {
    const current = await getApplication(applicationId);
    const submitted = current?.submittedAttachments?.find((entry) => entry.attachmentId === attachmentId);
    const carried =
      submitted !== undefined &&
      submitted.kind === metadata.kind &&
      isDeepStrictEqual(submitted.party, metadata.party);
    if (!carried) {
      await updateAttachmentMetadata(applicationId, attachmentId, { kind: before.kind, party: before.party });
      throw errors.readOnly({ status: current?.status });
    }
  }
  return applicantAttachments(applicationId, locale);
}
