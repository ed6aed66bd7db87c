import { attachmentView } from '../../shared/api/views.ts';
import { listAttachments } from '../../shared/storage/attachments.ts';
import { httpHandler } from '../http.ts';

/**
 * GET /applications/{applicationId}/attachments — every attachment of the caller's
 * application, oldest first, with its status (PENDING until verified, ACCEPTED, or REJECTED
 * with the reason in the caller's language). One Query.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const attachments = (await listAttachments(applicationId))
    // Attachment ids are ULIDs: they break ties between attachments created in the same millisecond.
    .toSorted(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.attachmentId.localeCompare(b.attachmentId),
    )
    .map((attachment) => attachmentView(attachment, request.locale));
  return { status: 200, body: { attachments } };
});
