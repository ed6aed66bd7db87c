/**
 * Attachments in the browser: the allow-list check before anything is sent (the same list the
 * API and the verification use), the presigned POST straight to S3 with progress, and the
 * wait for the server's verdict.
 */
import {
  ATTACHMENT_TYPES,
  extensionMatches,
  isAllowedContentType,
  type AttachmentContentType,
} from '../../../../../shared/domain/attachments.ts';

/** 'PDF, DOCX, …' for people. */
export const ALLOWED_EXTENSIONS = [
  ...new Set(Object.values(ATTACHMENT_TYPES).flatMap((type) => type.extensions)),
];

/** `accept` for the file input: extensions and types. */
export const ACCEPT = [...ALLOWED_EXTENSIONS.map((e) => `.${e}`), ...Object.keys(ATTACHMENT_TYPES)].join(',');

/** The declared type: the browser's, if allowed and matching the name; else the one the extension names. */
export function contentTypeOf(file: { name: string; type: string }): AttachmentContentType | undefined {
  if (isAllowedContentType(file.type) && extensionMatches(file.name, file.type)) return file.type;
  return (Object.keys(ATTACHMENT_TYPES) as AttachmentContentType[]).find((type) =>
    extensionMatches(file.name, type),
  );
}

export type FileProblem =
  | { code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }
  | { code: 'ATTACHMENT_EMPTY' }
  | { code: 'ATTACHMENT_TOO_LARGE'; params: { max: number } };

/** What the API would refuse, found before the upload starts. */
export function checkFile(
  file: { name: string; type: string; size: number },
  maxBytes: number,
): FileProblem | undefined {
  if (!contentTypeOf(file)) return { code: 'ATTACHMENT_TYPE_NOT_ALLOWED' };
  if (file.size <= 0) return { code: 'ATTACHMENT_EMPTY' };
  if (file.size > maxBytes)
    return { code: 'ATTACHMENT_TOO_LARGE', params: { max: Math.round((maxBytes / 1048576) * 10) / 10 } };
  return undefined;
}
