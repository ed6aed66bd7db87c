/**
 * Attachments: an upload form per file, the verifier S3 calls, the list, a change of kind and
 * party (ADR 098), the delete and the download (ADR 060). Declarations of the registry (functions/registry.ts); the rules are in
 * shared/files/.
 */
import { createUploadRequest, updateAttachmentRequest } from '../../shared/api/requests.ts';
import { ATTACHMENT_FROZEN_PREFIX, ATTACHMENT_UPLOAD_PREFIX } from '../../shared/storage/keys.ts';
import {
  APPLICATION_PERIOD_CLOSED,
  ATTACHMENT_NOT_FOUND,
  READ_ONLY,
  ROUND_NOT_FOUND,
} from '../../shared/i18n/api.ts';
import { ATTACHMENT_LIMIT_REACHED, attachmentMessages } from '../../shared/i18n/attachments.ts';
import { http, malwareScan, s3Event } from '../declare.ts';

export const CreateAttachmentUpload = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/attachments',
  auth: 'applicant',
  summary: 'Declare an attachment and get a presigned POST for its file',
  request: createUploadRequest,
  responses: {
    201: {
      description: 'A presigned POST for the browser to upload the file straight to storage',
      body: 'uploadResponse',
    },
  },
  answers: { ROUND_NOT_FOUND, READ_ONLY, ATTACHMENT_LIMIT_REACHED, APPLICATION_PERIOD_CLOSED },
  messages: attachmentMessages,
  entry: 'functions/attachments/create-upload.ts',
  access: ['table:read', 'table:write', 'bucket:write'],
});

export const ListAttachments = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/attachments',
  auth: 'applicant',
  summary: "The application's attachments with their verification status",
  responses: { 200: { description: 'The attachments', body: 'attachmentsResponse' } },
  entry: 'functions/attachments/list-attachments.ts',
  access: ['table:read'],
});

export const DeleteAttachment = /* @__PURE__ */ http({
  method: 'DELETE',
  path: '/applications/{applicationId}/attachments/{attachmentId}',
  auth: 'applicant',
  summary: 'Remove an attachment from a draft',
  responses: { 204: { description: 'Deleted' } },
  answers: { ROUND_NOT_FOUND, READ_ONLY, ATTACHMENT_NOT_FOUND, APPLICATION_PERIOD_CLOSED },
  entry: 'functions/attachments/delete-attachment.ts',
  access: ['table:read', 'table:write', 'bucket:delete'],
});

export const UpdateAttachment = /* @__PURE__ */ http({
  method: 'PUT',
  path: '/applications/{applicationId}/attachments/{attachmentId}',
  auth: 'applicant',
  summary: "Change an attachment's kind and party while a draft (its file never changes)",
  request: updateAttachmentRequest,
  responses: { 200: { description: 'The attachments as they are now', body: 'attachmentsResponse' } },
  answers: { ROUND_NOT_FOUND, READ_ONLY, ATTACHMENT_NOT_FOUND, APPLICATION_PERIOD_CLOSED },
  entry: 'functions/attachments/update-attachment.ts',
  access: ['table:read', 'table:write'],
});

export const DownloadAttachment = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/attachments/{attachmentId}/download',
  auth: 'applicant',
  summary: 'A short-lived download link for an accepted attachment',
  responses: { 200: { description: 'A short-lived download link', body: 'downloadResponse' } },
  answers: { ATTACHMENT_NOT_FOUND },
  entry: 'functions/attachments/download-attachment.ts',
  access: ['table:read', 'bucket:read'],
});

/** S3 ObjectCreated on the upload keys: size and magic bytes judged, the frozen copy (ADR 060). */
export const VerifyAttachment = /* @__PURE__ */ s3Event({
  prefix: ATTACHMENT_UPLOAD_PREFIX,
  summary: 'Verifies each uploaded attachment and freezes what it accepts',
  entry: 'functions/attachments/verify-attachment.ts',
  access: ['table:read', 'table:write', 'bucket:read', 'bucket:write', 'bucket:delete'],
  timeoutSeconds: 30,
});

/**
 * The malware scan of each frozen copy (ADR 089): GuardDuty Malware Protection for S3 in AWS,
 * the local scanner adapter locally; a clean result accepts the attachment, a threat rejects it.
 */
export const RecordMalwareScan = /* @__PURE__ */ malwareScan({
  prefix: ATTACHMENT_FROZEN_PREFIX,
  summary: 'Accepts an attachment after a clean malware scan of its frozen copy; rejects it on a threat',
  entry: 'functions/attachments/record-malware-scan.ts',
  access: ['table:read', 'table:write', 'bucket:delete', 'mail:send'],
});
