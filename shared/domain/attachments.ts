/**
 * Attachments as the domain knows them: their kinds and statuses, and the file types an
 * applicant may attach — by declared MIME type, with the extension(s) the file name must carry
 * and what the file's first bytes must look like. The verification handler checks the bytes
 * (with file-type); the upload request checks name and type; the web form checks before it
 * uploads. Plain constants and pure functions: the browser imports this module too.
 */

export const ATTACHMENT_KINDS = ['letterOfIntent', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type AttachmentStatus = (typeof ATTACHMENT_STATUSES)[number];

export const ATTACHMENT_TYPES = {
  'application/pdf': { extensions: ['pdf'], detected: ['application/pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['docx'],
    detected: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    extensions: ['xlsx'],
    detected: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  },
  'application/vnd.oasis.opendocument.text': {
    extensions: ['odt'],
    detected: ['application/vnd.oasis.opendocument.text'],
  },
  'application/vnd.oasis.opendocument.spreadsheet': {
    extensions: ['ods'],
    detected: ['application/vnd.oasis.opendocument.spreadsheet'],
  },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], detected: ['image/jpeg'] },
  // An animated PNG is still a PNG every viewer shows; file-type names it image/apng.
  'image/png': { extensions: ['png'], detected: ['image/png', 'image/apng'] },
} as const satisfies Record<string, { extensions: readonly string[]; detected: readonly string[] }>;

export type AttachmentContentType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_CONTENT_TYPES = Object.keys(ATTACHMENT_TYPES) as [
  AttachmentContentType,
  ...AttachmentContentType[],
];

export const isAllowedContentType = (value: string): value is AttachmentContentType =>
  value in ATTACHMENT_TYPES;

/** True when the file name has a name and an extension, and the extension belongs to the declared type. */
export function extensionMatches(fileName: string, contentType: AttachmentContentType): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return false; // 'pdf' and '.pdf' have no extension to speak of
  const extension = fileName.slice(dot + 1).toLowerCase();
  return (ATTACHMENT_TYPES[contentType].extensions as readonly string[]).includes(extension);
}
