import { ulid } from 'ulid';
import { ApiError, errors } from '../../shared/api/errors.ts';
import { createUploadRequest } from '../../shared/api/schemas.ts';
import { attachmentView } from '../../shared/api/views.ts';
import { assertDraftsOpen } from '../../shared/application/period.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { ATTACHMENT_TYPES, extensionMatches } from '../../shared/files/attachment-types.ts';
import { presignUpload } from '../../shared/files/s3.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import {
  createAttachment,
  releaseAttachmentSlot,
  reserveAttachmentSlot,
} from '../../shared/storage/attachments.ts';
import { httpHandler, type FieldIssue, type HttpRequest } from '../http.ts';
import { logger } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

const limitReached = () => new ApiError(409, 'ATTACHMENT_LIMIT_REACHED');

/** 'PDF, DOCX, XLSX, ODT, ODS, JPG, JPEG, PNG': the `{allowed}` param of the type message. */
const ALLOWED_EXTENSIONS = Object.values(ATTACHMENT_TYPES)
  .flatMap((type) => type.extensions)
  .map((extension) => extension.toUpperCase())
  .join(', ');

/**
 * POST /applications/{applicationId}/attachments — the applicant declares a file (name, type,
 * size, kind); the answer is the attachment (PENDING) and a presigned POST the browser sends
 * the file with, straight to S3. The verification handler judges the bytes once they land.
 *
 * Field errors first (type and name, size), then: a draft (409 READ_ONLY otherwise) in an
 * open period (409 APPLICATION_PERIOD_CLOSED after the effective close, ADR 061), a free slot
 * under the round's cap (409 ATTACHMENT_LIMIT_REACHED), reserved with one conditional write
 * on the application item so concurrent requests cannot overshoot it (and a submission in
 * flight sees the attachments changed, ADR 060). The form is for this attachment's upload key
 * alone and lives five minutes.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const input = uploadRequest(request);

  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();

  const issues: FieldIssue[] = [];
  if (!extensionMatches(input.fileName, input.contentType)) {
    issues.push({
      path: 'fileName',
      code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
      params: { allowed: ALLOWED_EXTENSIONS },
    });
  }
  if (input.size > round.limits.maxAttachmentBytes) {
    issues.push({
      path: 'size',
      code: 'ATTACHMENT_TOO_LARGE',
      params: megabytes(round.limits.maxAttachmentBytes),
    });
  }
  if (issues.length > 0) throw errors.validation(issues);

  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });
  await assertDraftsOpen(round);
  if (!(await reserveAttachmentSlot(applicationId, round.limits.maxAttachments))) {
    // The reservation also fails if the application was submitted meanwhile: say which.
    const current = await getApplication(applicationId);
    if (current && current.status !== 'DRAFT') throw errors.readOnly({ status: current.status });
    throw limitReached();
  }

  const attachment = await createAttachment(
    {
      applicationId,
      attachmentId: ulid(),
      kind: input.kind,
      fileName: input.fileName,
      contentType: input.contentType,
      declaredSize: input.size,
    },
    clock.now().toISOString(),
  ).catch(async (error: unknown) => {
    await releaseAttachmentSlot(applicationId); // the slot was reserved for a record that never came
    throw error;
  });
  const upload = await presignUpload({
    key: attachment.uploadKey,
    contentType: attachment.contentType,
    maxBytes: round.limits.maxAttachmentBytes,
  });
  logger.info('attachment upload requested', {
    attachmentId: attachment.attachmentId,
    contentType: attachment.contentType,
    declaredSize: attachment.declaredSize,
  });
  return { status: 201, body: { attachment: attachmentView(attachment, request.locale), upload } };
});

/**
 * The request body; a content type outside the allow-list gets the attachment's own code
 * (naming what is allowed) rather than the schema's generic VALUE_NOT_ALLOWED.
 */
function uploadRequest(request: HttpRequest) {
  try {
    return request.body(createUploadRequest);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED' || !error.fields) throw error;
    throw errors.validation(
      error.fields.map((issue) =>
        issue.path === 'contentType' && issue.code === 'VALUE_NOT_ALLOWED'
          ? {
              path: 'contentType',
              code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
              params: { allowed: ALLOWED_EXTENSIONS },
            }
          : issue,
      ),
    );
  }
}

/** Params for the catalogue's messages (a `{max}` placeholder there shows the limit in MB). */
const megabytes = (bytes: number) => ({ max: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
