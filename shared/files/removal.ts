import * as errors from '../errors.ts';
import { getApplication } from '../storage/applications.ts';
import {
  bumpAttachmentsRevision,
  deleteAttachmentRecord,
  objectsOf,
  releaseAttachmentSlot,
  restoreAttachmentRecord,
  type AttachmentStatus,
} from '../storage/attachments.ts';
import { loadOpenDraft } from '../submission/load.ts';
import { deleteObject } from './s3.ts';

/**
 * Deletes an attachment of a draft (READ_ONLY otherwise) whose period is open
 * (APPLICATION_PERIOD_CLOSED, ADR 061).
 *
 * A delete racing the submission: exactly one wins (ADR 060). The record goes first; then the
 * delete is committed by bumping `attachmentsRevision` on the application item on condition
 * that it is still a draft — a submission that read the attachment before fails its own
 * condition on the revision and checks again without it. If the application was submitted
 * first, the record is put back and nothing else is touched: READ_ONLY. Only after the commit
 * are the objects (upload and frozen copy) deleted, and the slot given back unless the
 * verification already gave it back when it rejected the file.
 */
export async function removeAttachment(
  applicationId: string,
  attachmentId: string,
): Promise<{ status: AttachmentStatus }> {
  await loadOpenDraft(applicationId);

  const deleted = await deleteAttachmentRecord(applicationId, attachmentId);
  if (!deleted) throw errors.attachmentNotFound();
  if (!(await bumpAttachmentsRevision(applicationId))) {
    await restoreAttachmentRecord(deleted);
    const current = await getApplication(applicationId);
    throw errors.readOnly({ status: current?.status });
  }

  await Promise.all(objectsOf(deleted).map((key) => deleteObject(key)));
  if (deleted.status !== 'REJECTED') await releaseAttachmentSlot(applicationId);
  return { status: deleted.status };
}
