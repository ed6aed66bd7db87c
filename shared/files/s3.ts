import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ENV, requireEnv } from '../config/env.ts';

/**
 * The one S3 adapter: the attachment bucket, nothing else. The endpoint comes from the SDK's
 * own AWS_ENDPOINT_URL_S3 (s3rver locally); S3_FORCE_PATH_STYLE=true for the emulator.
 * Created on first use, so the environment is read when a handler runs, not when it loads.
 */
let client: S3Client | undefined;
const s3 = () => (client ??= new S3Client({ forcePathStyle: process.env[ENV.s3ForcePathStyle] === 'true' }));
const bucket = () => requireEnv(ENV.attachmentBucket);

/** How long an upload form stays usable. */
export const UPLOAD_EXPIRES_SECONDS = 10 * 60;
/** How long a download link works: the web asks for it on a click and follows it at once. */
export const DOWNLOAD_EXPIRES_SECONDS = 2 * 60;

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/**
 * A presigned POST for exactly one key: the browser sends the form with these fields and the
 * file. S3 refuses a file outside 1…maxBytes bytes or with another Content-Type. The form can
 * be sent again until it expires (S3 has no single-use policy): the verification handler
 * therefore judges whatever object is at the key each time one is created.
 */
export async function presignUpload(input: {
  key: string;
  contentType: string;
  maxBytes: number;
  expiresSeconds?: number;
}): Promise<PresignedUpload> {
  const expiresSeconds = input.expiresSeconds ?? UPLOAD_EXPIRES_SECONDS;
  const expiresAt = new Date(Date.now() + expiresSeconds * 1000).toISOString();
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: bucket(),
    Key: input.key,
    Conditions: [
      ['content-length-range', 1, input.maxBytes],
      ['eq', '$Content-Type', input.contentType],
    ],
    Fields: { 'Content-Type': input.contentType },
    Expires: expiresSeconds,
  });
  return { url, fields, expiresAt };
}

/**
 * A short-lived presigned GET that makes the browser save the file under its original name.
 * No version id: a deleted attachment (a delete marker in the versioned bucket) cannot be
 * fetched through the portal, even while S3 keeps its old versions.
 */
export async function presignDownload(
  key: string,
  fileName: string,
  contentType: string,
  expiresSeconds = DOWNLOAD_EXPIRES_SECONDS,
): Promise<{ url: string; expiresAt: string }> {
  const expiresAt = new Date(Date.now() + expiresSeconds * 1000).toISOString();
  const url = await getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: bucket(),
      Key: key,
      ResponseContentDisposition: contentDisposition(fileName),
      ResponseContentType: contentType,
    }),
    { expiresIn: expiresSeconds },
  );
  return { url, expiresAt };
}

/**
 * `attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<RFC 5987>` — every browser
 * uses `filename*` (so 'Søknad – vedlegg.pdf' keeps its letters); the plain `filename` is
 * for the rest, with anything outside printable ASCII, quotes and backslashes replaced.
 */
export function contentDisposition(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = fileName.replace(/[\u0000-\u001f\u007f]/g, '');
  const ascii = clean.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

/** RFC 5987 `value-chars`: percent-encoded UTF-8, with `'()*` encoded too (encodeURIComponent keeps them). */
export const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** The object's real size and stored content type. Throws if it is missing. */
export async function headObject(key: string): Promise<{ size: number; contentType?: string }> {
  const head = await s3().send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
  return { size: head.ContentLength ?? 0, ...(head.ContentType ? { contentType: head.ContentType } : {}) };
}

/** The object's first `bytes` bytes (fewer if it is shorter), with one ranged GET. */
export async function readHead(key: string, bytes: number): Promise<Uint8Array> {
  if (bytes <= 0) return new Uint8Array(0);
  const object = await s3().send(
    new GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${bytes - 1}` }),
  );
  if (!object.Body) return new Uint8Array(0);
  return object.Body.transformToByteArray();
}

/**
 * Deletes the object's current version (no error if it is gone). The bucket is versioned:
 * this leaves a delete marker, and the lifecycle rule expires the older versions after 30
 * days (infra/constructs/attachments.ts). Deleting every version is deliberately not done: it
 * needs s3:ListBucketVersions and s3:DeleteObjectVersion, wider than these functions should
 * hold, and a mistaken delete stays recoverable by an administrator for those 30 days. The
 * portal never presigns a version id, so nothing deleted can be downloaded through it.
 */
export async function deleteObject(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
}
