/**
 * What happens to an object that lands on an attachment's upload key (ADR 060) — the
 * operation behind the verification handler (S3 ObjectCreated; locally s3rver's events).
 *
 * An upload form is bound to one attachment record. What it delivers is judged only while
 * that attachment is PENDING, its application a draft, and the object landed before the
 * period's effective close. Then the object is read ONCE, exactly those bytes are judged,
 * and — if they pass — exactly those bytes are copied to the attachment's frozen key (named by
 * their SHA-256, under a prefix no upload form is issued for); the record names the copy, its
 * hash and size before the copy is written (so the copy's scan result always finds its key) and
 * its version after, and the upload is deleted. The attachment stays PENDING until the
 * malware scan of that copy reports (./malware.ts, ADR 089); downloads serve it once ACCEPTED.
 *
 * Anything else that lands — through a form used again after its attachment was judged, the
 * application submitted or the deadline passed — is deleted, changes no record, and is
 * audited (`attachment.upload-refused`).
 */
import { createHash } from 'node:crypto';
import { findRound } from '../domain/rounds/index.ts';
import { applicationPeriodAt, draftsOpen } from '../submission/period.ts';
import { getApplication, type ApplicationRecord } from '../storage/applications.ts';
import {
  getAttachment,
  recordFrozenCopy,
  recordVerdict,
  type AttachmentRecord,
  type RecordedVerdict,
} from '../storage/attachments.ts';
import { recordAudit } from '../storage/audit.ts';
import { frozenAttachmentKey, parseAttachmentUploadKey } from '../storage/keys.ts';
import { holderOf, reportOpen } from './holders.ts';
import { deleteObject, headObject, putObject, readObject } from './s3.ts';
import { sizeRejection, verifyUpload, type Verdict } from './verification.ts';
import * as clock from '../clock.ts';

/** Why an object on an upload key was refused: it changed nothing and was deleted. */
export type UploadRefusal =
  | 'APPLICATION_GONE'
  | 'APPLICATION_NOT_DRAFT'
  | 'APPLICATION_PERIOD_CLOSED'
  /** A report's attachment (ADR 112) whose report was submitted or approved meanwhile. */
  | 'REPORT_NOT_EDITABLE'
  | 'ATTACHMENT_GONE'
  | 'ATTACHMENT_NOT_PENDING';

export type UploadOutcome =
  /** Not an upload key, or nothing there any more (a repeated event; cleaned up already). */
  | { outcome: 'ignored'; reason: 'NOT_AN_UPLOAD_KEY' | 'NO_OBJECT' }
  | { outcome: 'refused'; reason: UploadRefusal; applicationId: string; attachmentId: string; size: number }
  /** The verdict is recorded; an accepted attachment is frozen. */
  | { outcome: 'judged'; applicationId: string; attachmentId: string; verdict: Verdict; declaredType: string }
  /** Another delivery judged the attachment first, or the applicant deleted it meanwhile. */
  | { outcome: 'superseded'; applicationId: string; attachmentId: string };

export interface LandedObject {
  key: string;
  /** When S3 stored it (the event's time): the deadline is judged against this, not the handler's clock. */
  landedAt: Date;
  /** The event's sequencer, for an idempotent audit entry on a redelivered event. */
  eventId?: string;
}

export async function handleLandedObject({ key, landedAt, eventId }: LandedObject): Promise<UploadOutcome> {
  const ids = parseAttachmentUploadKey(key);
  if (!ids) return { outcome: 'ignored', reason: 'NOT_AN_UPLOAD_KEY' };
  const { applicationId, attachmentId } = ids;

  const head = await headObject(key);
  if (!head) return { outcome: 'ignored', reason: 'NO_OBJECT' };

  const [attachment, application] = await Promise.all([
    getAttachment(applicationId, attachmentId),
    getApplication(applicationId),
  ]);
  const refuse = async (reason: UploadRefusal): Promise<UploadOutcome> => {
    await deleteObject(key);
    if (application) {
      await recordAudit(
        {
          roundId: application.roundId,
          at: landedAt.toISOString(),
          actor: { kind: 'applicant', applicationId },
          action: 'attachment.upload-refused',
          applicationId,
          details: {
            attachmentId,
            reason,
            size: head.size,
            applicationStatus: application.status,
            ...(attachment ? { attachmentStatus: attachment.status } : {}),
          },
        },
        eventId ? `upload-refused#${attachmentId}#${eventId}` : undefined,
      );
    }
    return { outcome: 'refused', reason, applicationId, attachmentId, size: head.size };
  };

  if (!application) return refuse('APPLICATION_GONE');
  const round = findRound(application.roundId);
  if (!round) throw new Error(`Application ${applicationId} has an unknown round ${application.roundId}`);
  const refusal = await refusalFor(application, attachment, round, landedAt);
  if (refusal || !attachment) return refuse(refusal ?? 'ATTACHMENT_GONE');

  // Judge the bytes, read once: the size first (nothing is read of an empty or oversized
  // object), then exactly the bytes that were read — at most one byte over the limit.
  const maxBytes = round.limits.maxAttachmentBytes;
  const tooSmallOrLarge = sizeRejection(head.size, maxBytes);
  const bytes = tooSmallOrLarge ? undefined : await readObject(key, maxBytes);
  if (!tooSmallOrLarge && !bytes) return { outcome: 'ignored', reason: 'NO_OBJECT' };
  const verdict: Verdict = tooSmallOrLarge
    ? { status: 'REJECTED', size: head.size, rejectionReason: tooSmallOrLarge }
    : await verifyUpload({
        declaredType: attachment.contentType,
        size: bytes!.length,
        maxBytes,
        read: async (count) => bytes!.subarray(0, count),
      });

  const frozen =
    verdict.status === 'ACCEPTED' ? frozenCopyOf(applicationId, attachmentId, bytes!) : undefined;
  // A record that names a frozen copy was judged already; only the same bytes may finish a
  // judgement whose copy was never written (a retried event after a failure, or a second delivery).
  if (attachment.frozenKey && attachment.frozenKey !== frozen?.key) return refuse('ATTACHMENT_NOT_PENDING');
  const recorded: RecordedVerdict =
    verdict.status === 'ACCEPTED'
      ? { status: 'SCANNING', size: verdict.size, frozen: frozen! }
      : { status: 'REJECTED', size: verdict.size, rejectionReason: verdict.rejectionReason };

  // The verdict is an attachment change: it excludes a submission through its holder's item
  // (the application's, or a report's: ADR 112).
  const holder = holderOf(attachment);
  if (!(await holder.commit())) return refuse(holder.closed);
  // The record names the frozen copy before the copy is written: the copy's malware scan may
  // report as soon as it exists (ADR 089), and its result applies only to the key the record names.
  if (!(await recordVerdict(applicationId, attachmentId, recorded, clock.now().toISOString()))) {
    // Judged by a concurrent delivery, or deleted by the applicant: nothing was written.
    return { outcome: 'superseded', applicationId, attachmentId };
  }
  if (frozen) {
    const { versionId } = await putObject(frozen.key, bytes!, attachment.contentType);
    if (
      !(await recordFrozenCopy(applicationId, attachmentId, {
        key: frozen.key,
        ...(versionId ? { versionId } : {}),
      }))
    ) {
      // Deleted by the applicant while the copy was written: the copy goes too.
      await deleteObject(frozen.key);
      return { outcome: 'superseded', applicationId, attachmentId };
    }
  } else {
    await holder.release();
  }
  await deleteObject(key);
  return { outcome: 'judged', applicationId, attachmentId, verdict, declaredType: attachment.contentType };
}

/** The first reason an upload may not change its attachment, or undefined when it may. */
async function refusalFor(
  application: ApplicationRecord,
  attachment: AttachmentRecord | undefined,
  round: NonNullable<ReturnType<typeof findRound>>,
  landedAt: Date,
): Promise<UploadRefusal | undefined> {
  if (attachment?.schoolYear !== undefined) {
    // A report's attachment (ADR 112): while its report is a draft or returned.
    if (!(await reportOpen(application.applicationId, attachment.schoolYear))) return 'REPORT_NOT_EDITABLE';
  } else {
    if (application.status !== 'DRAFT') return 'APPLICATION_NOT_DRAFT';
    if (!draftsOpen(await applicationPeriodAt(round, landedAt))) return 'APPLICATION_PERIOD_CLOSED';
  }
  if (!attachment) return 'ATTACHMENT_GONE';
  // (A frozen copy without a scan result: judged, unless the same bytes finish it — handleLandedObject.)
  if (attachment.status !== 'PENDING') return 'ATTACHMENT_NOT_PENDING';
  return undefined;
}

/** Where bytes that passed are frozen: a key named by their SHA-256, under a prefix no upload form is issued for. */
function frozenCopyOf(applicationId: string, attachmentId: string, bytes: Uint8Array) {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { key: frozenAttachmentKey(applicationId, attachmentId, sha256), sha256 };
}
