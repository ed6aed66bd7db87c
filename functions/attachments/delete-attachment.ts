import { ApiError, errors } from '../../shared/api/errors.ts';
import { assertDraftsOpen } from '../../shared/application/period.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { deleteObject } from '../../shared/files/s3.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import {
  bumpAttachmentsRevision,
  deleteAttachmentRecord,
  objectsOf,
  releaseAttachmentSlot,
  restoreAttachmentRecord,
} from '../../shared/storage/attachments.ts';
import { httpHandler } from '../http.ts';
import { logger } from '../observability.ts';

const attachmentNotFound = () => new ApiError(404, 'ATTACHMENT_NOT_FOUND');

/**
 * DELETE /applications/{applicationId}/attachments/{attachmentId} — only in a draft (409
 * READ_ONLY) whose period is open (409 APPLICATION_PERIOD_CLOSED, ADR 061).
 *
 * A delete racing the submission: exactly one wins (ADR 060). The record goes first; then
 * the delete is committed by bumping `attachmentsRevision` on the application item on
 * condition that it is still a draft — a submission that read the attachment before fails
 * its own condition on the revision and checks again without it. If the application was
 * submitted first, the record is put back and nothing else is touched: 409 READ_ONLY. Only
 * after the commit are the objects (upload and frozen copy) deleted, and the slot given back
 * unless the verification already gave it back when it rejected the file.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const attachmentId = request.pathParameter('attachmentId');

  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  await assertDraftsOpen(round);

  const deleted = await deleteAttachmentRecord(applicationId, attachmentId);
  if (!deleted) throw attachmentNotFound();
  if (!(await bumpAttachmentsRevision(applicationId))) {
    await restoreAttachmentRecord(deleted);
    const current = await getApplication(applicationId);
    logger.info('attachment delete lost to the submission; record restored', { attachmentId });
    throw errors.readOnly({ status: current?.status });
  }

  await Promise.all(objectsOf(deleted).map((key) => deleteObject(key)));
  if (deleted.status !== 'REJECTED') await releaseAttachmentSlot(applicationId);
  logger.info('attachment deleted', { attachmentId, status: deleted.status });
  return { status: 204 };
});
