import { ENV, requireEnv } from '../config/env.ts';
import type { StoredObject } from '../storage/attachments.ts';
import * as clock from '../clock.ts';
import { once } from '../once.ts';

/**
 * The one S3 adapter: the attachment bucket, nothing else. The endpoint comes from the SDK's
 * own AWS_ENDPOINT_URL_S3 (s3rver locally); S3_FORCE_PATH_STYLE=true for the emulator.
 * The SDK and the client are loaded on first use (ADR 117): most functions that can touch an
 * attachment's object do not on most invocations, and the package costs a cold start ~70 ms;
 * the presigners, each used by a few routes, likewise. The environment is read when a handler
 * runs, not when it loads.
 */
const s3 = once(() =>
  import('@aws-sdk/client-s3').then((sdk) => ({
    sdk,
    client: new sdk.S3Client({ forcePathStyle: process.env[ENV.s3ForcePathStyle] === 'true' }),
  })),
);
const bucket = () => requireEnv(ENV.attachmentBucket);

/**
 * How long an upload form stays usable: long enough to start sending a file chosen a moment
 * ago, short enough that a form found later (in a browser's history, a proxy's log) is dead.
 * What a form still delivers after its attachment was judged, its application submitted or
 * the period closed is refused by the verification handler in any case (ADR 060).
 */
export const UPLOAD_EXPIRES_SECONDS = 5 * 60;
/** How long a download link works: the web asks for it on a click and follows it at once. */
export const DOWNLOAD_EXPIRES_SECONDS = 2 * 60;

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

/**
 * A presigned POST for exactly one key (an attachment's upload key): the browser sends the
 * form with these fields and the file. S3 refuses a file outside 1…maxBytes bytes, with
 * another Content-Type or for another key. The form can be sent again until it expires (S3
 * has no single-use policy): the verification handler judges only what lands while its
 * attachment is PENDING in an open draft, and refuses the rest (ADR 060).
 */
export async function presignUpload(input: {
  key: string;
  contentType: string;
  maxBytes: number;
  expiresSeconds?: number;
}): Promise<PresignedUpload> {
  const expiresSeconds = input.expiresSeconds ?? UPLOAD_EXPIRES_SECONDS;
  const expiresAt = new Date(clock.nowMs() + expiresSeconds * 1000).toISOString();
  const [{ client }, { createPresignedPost }] = await Promise.all([
    s3(),
    import('@aws-sdk/s3-presigned-post'),
  ]);
  const { url, fields } = await createPresignedPost(client, {
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
 * A short-lived presigned GET of an attachment's frozen copy (ADR 060) that makes the browser
 * save the file under its original name. With a version id (AWS: the bucket is versioned),
 * exactly that version is served, whatever happened to the key since.
 */
export async function presignDownload(
  object: StoredObject & { fileName: string; contentType: string },
  expiresSeconds = DOWNLOAD_EXPIRES_SECONDS,
): Promise<{ url: string; expiresAt: string }> {
  const expiresAt = new Date(clock.nowMs() + expiresSeconds * 1000).toISOString();
  const [{ sdk, client }, { getSignedUrl }] = await Promise.all([
    s3(),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  const url = await getSignedUrl(
    client,
    new sdk.GetObjectCommand({
      Bucket: bucket(),
      Key: object.key,
      ...(object.versionId ? { VersionId: object.versionId } : {}),
      ResponseContentDisposition: contentDisposition(object.fileName),
      ResponseContentType: object.contentType,
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

/** The object's real size, or undefined when there is no object at the key. */
export async function headObject(key: string): Promise<{ size: number } | undefined> {
  const { sdk, client } = await s3();
  try {
    const head = await client.send(new sdk.HeadObjectCommand({ Bucket: bucket(), Key: key }));
    return { size: head.ContentLength ?? 0 };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * The object's bytes, read once: at most `maxBytes + 1` of them (one ranged GET), so an object
 * replaced by a larger one after its size was checked shows as too large rather than being
 * read whole. Undefined when there is no object at the key.
 */
export async function readObject(key: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const { sdk, client } = await s3();
  try {
    const object = await client.send(
      new sdk.GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${maxBytes}` }),
    );
    return object.Body ? await object.Body.transformToByteArray() : new Uint8Array(0);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** Writes bytes to a key; answers the version id S3 gave them (a versioned bucket), if any. */
export async function putObject(
  key: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<{ versionId?: string }> {
  const { sdk, client } = await s3();
  const put = await client.send(
    new sdk.PutObjectCommand({ Bucket: bucket(), Key: key, Body: bytes, ContentType: contentType }),
  );
  return put.VersionId ? { versionId: put.VersionId } : {};
}

/** S3 answers a missing key with NoSuchKey (GET) or a bare 404 NotFound (HEAD). */
const isMissing = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'NoSuchKey' ||
    error.name === 'NotFound' ||
    (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404);

/**
 * Deletes the object's current version (no error if it is gone). The bucket is versioned:
 * this leaves a delete marker, and the lifecycle rule expires the older versions after 30
 * days (infra/constructs/attachments.ts). Deleting every version is deliberately not done: it
 * needs s3:ListBucketVersions and s3:DeleteObjectVersion, wider than these functions should
 * hold, and a mistaken delete stays recoverable by an administrator for those 30 days. Only
 * an applicant's delete in a draft removes a frozen copy, and with it the record that names
 * its version, so nothing deleted can be downloaded through the portal.
 */
export async function deleteObject(key: string): Promise<void> {
  const { sdk, client } = await s3();
  await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket(), Key: key }));
}

/** One stored version of an object (or a delete marker); no version id in a bucket without versioning. */
export interface ObjectVersion {
  key: string;
  versionId?: string;
}

/**
 * Every version and delete marker of every object under a prefix (the erase, ADR 089). A store
 * that keeps no versions (the local emulator refuses ListObjectVersions: MethodNotAllowed)
 * holds one per key: its current objects are listed instead.
 */
export async function listObjectVersions(prefix: string): Promise<ObjectVersion[]> {
  const found: ObjectVersion[] = [];
  const { sdk, client } = await s3();
  try {
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const page = await client.send(
        new sdk.ListObjectVersionsCommand({
          Bucket: bucket(),
          Prefix: prefix,
          ...(keyMarker ? { KeyMarker: keyMarker } : {}),
          ...(versionIdMarker ? { VersionIdMarker: versionIdMarker } : {}),
        }),
      );
      for (const entry of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
        if (entry.Key)
          found.push({ key: entry.Key, ...(entry.VersionId ? { versionId: entry.VersionId } : {}) });
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      versionIdMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
    } while (keyMarker);
    return found;
  } catch (error) {
    if (!(error instanceof Error && ['NotImplemented', 'MethodNotAllowed'].includes(error.name))) throw error;
  }
  let token: string | undefined;
  do {
    const page = await client.send(
      new sdk.ListObjectsV2Command({
        Bucket: bucket(),
        Prefix: prefix,
        ...(token ? { ContinuationToken: token } : {}),
      }),
    );
    for (const entry of page.Contents ?? []) if (entry.Key) found.push({ key: entry.Key });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

/** Deletes one version for good (no delete marker); without a version id, the object itself. */
export async function deleteObjectVersion({ key, versionId }: ObjectVersion): Promise<void> {
  const { sdk, client } = await s3();
  await client.send(
    new sdk.DeleteObjectCommand({
      Bucket: bucket(),
      Key: key,
      ...(versionId ? { VersionId: versionId } : {}),
    }),
  );
}
