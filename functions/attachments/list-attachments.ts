import { errors } from '../../shared/api/errors.ts';
import { attachmentViews } from '../../shared/api/views.ts';
import { getApplicationWithAttachments } from '../../shared/storage/applications.ts';
import { httpHandler } from '../http.ts';

/**
 * GET /applications/{applicationId}/attachments — the caller's attachments, oldest first:
 * in a draft each with its status (PENDING until verified, ACCEPTED, or REJECTED with the
 * reason in the caller's language); once submitted, exactly the submission's manifest (ADR
 * 060). One Query.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const loaded = await getApplicationWithAttachments(applicationId);
  if (!loaded) throw errors.notFound();
  return {
    status: 200,
    body: { attachments: attachmentViews(loaded.application, loaded.attachments, request.locale) },
  };
});
