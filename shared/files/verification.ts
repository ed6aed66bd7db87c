import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_TYPES, isAllowedContentType } from '../domain/attachments.ts';

/**
 * The verdict on an uploaded attachment: what the verification handler records. The POST
 * policy already limits size and content type in AWS, but it trusts the browser's word for the
 * type and the emulator enforces nothing — this check looks at the bytes themselves.
 */
export type RejectionReason = 'ATTACHMENT_EMPTY' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_CONTENT_MISMATCH';

export type Verdict =
  | { status: 'ACCEPTED'; size: number; detected: string }
  | { status: 'REJECTED'; size: number; rejectionReason: RejectionReason; detected?: string };

/**
 * How much of an object is read first. file-type decides PDF, PNG and JPEG from the first
 * dozen bytes, and an OpenDocument file from its `mimetype` entry, which the ODF standard
 * requires to be the zip's first entry, stored uncompressed. An Office Open XML file (docx,
 * xlsx) is told apart by its `[Content_Types].xml` entry: file-type walks the zip's local
 * headers until it meets it. Microsoft Office writes it first, but other writers may put it
 * after the document's parts (images included), and a PNG may carry large ancillary chunks
 * (ICC profile, EXIF) before its image data. So: 64 KiB first, and only when that does not
 * decide (nothing recognised, or a zip not yet identified), the whole object — at most the
 * round's size limit, checked before anything is read.
 */
export const HEAD_BYTES = 64 * 1024;

/** The MIME type file-type reads from the bytes, or undefined when it recognises nothing. */
export async function detectContentType(bytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}

/** True when the detected type is one the declared type may look like. */
export function detectedMatches(declaredType: string, detected: string | undefined): boolean {
  if (detected === undefined || !isAllowedContentType(declaredType)) return false;
  return (ATTACHMENT_TYPES[declaredType].detected as readonly string[]).includes(detected);
}

/** The size check alone: nothing, or at most the round's limit. */
export function sizeRejection(size: number, maxBytes: number): RejectionReason | undefined {
  if (size <= 0) return 'ATTACHMENT_EMPTY';
  if (size > maxBytes) return 'ATTACHMENT_TOO_LARGE';
  return undefined;
}

/** A result the head of a file cannot settle: the rest of the file may decide it. */
const undecided = (detected: string | undefined) => detected === undefined || detected === 'application/zip';

export interface UploadToVerify {
  /** The type the applicant declared (and the POST policy fixed). */
  declaredType: string;
  /** The object's real size (HEAD), not the declared one. */
  size: number;
  /** The round's limit. */
  maxBytes: number;
  /** Reads the object's first `bytes` bytes (fewer if the object is shorter). */
  read(bytes: number): Promise<Uint8Array>;
}

/**
 * Judges an uploaded object: size first (nothing is read from an empty or oversized object),
 * then its bytes against the declared type. An `.exe` renamed `.pdf` is detected as
 * `application/x-msdownload` and rejected; a zip renamed `.docx` stays `application/zip`.
 */
export async function verifyUpload(upload: UploadToVerify): Promise<Verdict> {
  const { size } = upload;
  const tooSmallOrLarge = sizeRejection(size, upload.maxBytes);
  if (tooSmallOrLarge) return { status: 'REJECTED', size, rejectionReason: tooSmallOrLarge };

  const head = await upload.read(Math.min(size, HEAD_BYTES));
  let detected = await detectContentType(head);
  if (undecided(detected) && head.length < size) detected = await detectContentType(await upload.read(size));

  return detectedMatches(upload.declaredType, detected)
    ? { status: 'ACCEPTED', size, detected: detected! }
    : {
        status: 'REJECTED',
        size,
        rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH',
        ...(detected === undefined ? {} : { detected }),
      };
}
