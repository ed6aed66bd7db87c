import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, isConditionFailed, tableName } from './dynamo.ts';
import { attachmentUploadKey, keys } from './keys.ts';

export const ATTACHMENT_KINDS = ['letterOfIntent', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export type AttachmentStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/**
 * An attachment as stored (ADR 060). PENDING until the verification judges the bytes posted
 * through its upload form; ACCEPTED with the frozen copy of exactly those bytes (key, SHA-256,
 * size and, in a versioned bucket, the version); REJECTED with the reason.
 */
export interface AttachmentRecord {
  applicationId: string;
  attachmentId: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  declaredSize: number;
  /** Where the upload form posts (`attachmentUploadKey`); the object there is deleted once judged. */
  uploadKey: string;
  status: AttachmentStatus;
  /** An i18n code the applicant sees, e.g. ATTACHMENT_CONTENT_MISMATCH. */
  rejectionReason?: string;
  size?: number;
  /** ACCEPTED: the verified copy, which is what is served (`frozenAttachmentKey`). */
  frozenKey?: string;
  /** ACCEPTED: hex SHA-256 of the verified bytes. */
  sha256?: string;
  /** ACCEPTED, in a versioned bucket (AWS): the copy's version; downloads name it. */
  versionId?: string;
  createdAt: string;
  verifiedAt?: string;
}

/**
 * One entry of a submission's manifest (ADR 060): written onto the application item in the
 * same conditional write that submits it, and from then on the truth of what was submitted —
 * the applicant's and the committees' views list exactly these, and serve exactly these bytes.
 */
export interface SubmittedAttachment {
  attachmentId: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  key: string;
  versionId?: string;
  createdAt: string;
}

/** The object (and version) a download serves. */
export interface StoredObject {
  key: string;
  versionId?: string;
}

function strip(item: Record<string, unknown>): AttachmentRecord {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as AttachmentRecord;
}

export async function listAttachments(applicationId: string): Promise<AttachmentRecord[]> {
  const { Items } = await documentClient.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': keys.applicationPartition(applicationId),
        ':prefix': keys.attachmentPrefix,
      },
      ConsistentRead: true,
    }),
  );
  return (Items ?? []).map(strip);
}

export async function getAttachment(applicationId: string, attachmentId: string) {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      ConsistentRead: true,
    }),
  );
  return Item ? strip(Item) : undefined;
}

/**
 * Reserves one of the application's attachment slots (a counter on the application item),
 * only while it is a draft. Returns false when the cap is reached or it is no longer a draft.
 * Bumps `attachmentsRevision` like every attachment change (see `bumpAttachmentsRevision`).
 */
export async function reserveAttachmentSlot(applicationId: string, max: number): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: 'ADD attachmentCount :one, attachmentsRevision :one',
        ConditionExpression:
          '#status = :draft AND (attribute_not_exists(attachmentCount) OR attachmentCount < :max)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':one': 1, ':max': max, ':draft': 'DRAFT' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Gives a slot back (attachment deleted or rejected). Never goes below zero. */
export async function releaseAttachmentSlot(applicationId: string) {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: 'ADD attachmentCount :minus',
        ConditionExpression: 'attachmentCount > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/**
 * The attachments and the submission exclude each other (ADR 060): every change to an
 * application's attachments — a slot reserved, a verdict, a delete — bumps this counter on
 * the application item with a write conditioned on the application being a draft, and the
 * submission conditions on the counter it read. Not `version`: that is the draft's, and
 * autosave would meet a conflict after every upload. False when it is no longer a draft.
 */
export async function bumpAttachmentsRevision(applicationId: string): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: 'ADD attachmentsRevision :one',
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':one': 1, ':draft': 'DRAFT' },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function createAttachment(
  input: Omit<AttachmentRecord, 'uploadKey' | 'status' | 'createdAt'>,
  now: string,
): Promise<AttachmentRecord> {
  const record: AttachmentRecord = {
    ...input,
    uploadKey: attachmentUploadKey(input.applicationId, input.attachmentId),
    status: 'PENDING',
    createdAt: now,
  };
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.attachment(input.applicationId, input.attachmentId), type: 'attachment', ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return record;
}

export type RecordedVerdict =
  | { status: 'ACCEPTED'; size: number; frozen: { key: string; sha256: string; versionId?: string } }
  | { status: 'REJECTED'; size: number; rejectionReason: string };

/**
 * Records the verification's verdict once: only a PENDING attachment changes. Returns false
 * if the attachment is gone or was already judged (S3 delivers events at least once).
 */
export async function recordVerdict(
  applicationId: string,
  attachmentId: string,
  verdict: RecordedVerdict,
  now: string,
): Promise<boolean> {
  // Attribute → value: the frozen copy of an accepted attachment, the reason for a rejection.
  const fields: Record<string, unknown> =
    verdict.status === 'ACCEPTED'
      ? {
          frozenKey: verdict.frozen.key,
          sha256: verdict.frozen.sha256,
          ...(verdict.frozen.versionId === undefined ? {} : { versionId: verdict.frozen.versionId }),
        }
      : { rejectionReason: verdict.rejectionReason };
  const set = Object.keys(fields).map((name) => `${name} = :${name}`);
  const values = Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value]));
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.attachment(applicationId, attachmentId),
        UpdateExpression: `SET #status = :status, #size = :size, verifiedAt = :now, ${set.join(', ')}`,
        ConditionExpression: '#status = :pending',
        // `status` and `size` are DynamoDB reserved words.
        ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
        ExpressionAttributeValues: {
          ':status': verdict.status,
          ':size': verdict.size,
          ':now': now,
          ':pending': 'PENDING',
          ...values,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Deletes the attachment's record; returns the deleted record, or undefined if it was gone. */
export async function deleteAttachmentRecord(applicationId: string, attachmentId: string) {
  try {
    const { Attributes } = await documentClient.send(
      new DeleteCommand({
        TableName: tableName(),
        Key: keys.attachment(applicationId, attachmentId),
        ConditionExpression: 'attribute_exists(pk)',
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes ? strip(Attributes) : undefined;
  } catch (error) {
    if (isConditionFailed(error)) return undefined;
    throw error;
  }
}

/**
 * Puts a record back exactly as it was, unless one is there (a delete that lost its race
 * against the submission gives the attachment back: ADR 060).
 */
export async function restoreAttachmentRecord(record: AttachmentRecord): Promise<void> {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...keys.attachment(record.applicationId, record.attachmentId),
          type: 'attachment',
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** The objects an attachment holds in the bucket: its upload and, once accepted, its frozen copy. */
export const objectsOf = (attachment: AttachmentRecord): string[] =>
  [attachment.uploadKey, attachment.frozenKey].filter((key): key is string => typeof key === 'string');

/** The object a download of an ACCEPTED attachment serves, or undefined when there is none to serve. */
export function servedObject(attachment: AttachmentRecord | SubmittedAttachment): StoredObject | undefined {
  if ('status' in attachment) {
    if (attachment.status !== 'ACCEPTED' || !attachment.frozenKey) return undefined;
    return {
      key: attachment.frozenKey,
      ...(attachment.versionId ? { versionId: attachment.versionId } : {}),
    };
  }
  return { key: attachment.key, ...(attachment.versionId ? { versionId: attachment.versionId } : {}) };
}

/**
 * The manifest a submission writes: every ACCEPTED attachment with its frozen copy, oldest
 * first. A PENDING one is not part of it (the submission is refused while one is: ADR 060);
 * a REJECTED one has nothing to submit.
 */
export function manifestOf(attachments: readonly AttachmentRecord[]): SubmittedAttachment[] {
  return sortedByCreation(attachments).flatMap((attachment) =>
    attachment.status === 'ACCEPTED' && attachment.frozenKey && attachment.sha256
      ? [
          {
            attachmentId: attachment.attachmentId,
            kind: attachment.kind,
            fileName: attachment.fileName,
            contentType: attachment.contentType,
            size: attachment.size ?? attachment.declaredSize,
            sha256: attachment.sha256,
            key: attachment.frozenKey,
            ...(attachment.versionId ? { versionId: attachment.versionId } : {}),
            createdAt: attachment.createdAt,
          },
        ]
      : [],
  );
}

/** Oldest first; attachment ids are ULIDs, so they break ties within a millisecond. */
export const sortedByCreation = <T extends { createdAt: string; attachmentId: string }>(list: readonly T[]) =>
  list.toSorted(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.attachmentId.localeCompare(b.attachmentId),
  );

export const countAcceptedLettersOfIntent = (
  attachments: readonly (AttachmentRecord | SubmittedAttachment)[],
) =>
  attachments.filter(
    (attachment) =>
      attachment.kind === 'letterOfIntent' && (!('status' in attachment) || attachment.status === 'ACCEPTED'),
  ).length;

/** Attachments still waiting for their verdict: the submission waits for them (ADR 060). */
export const countPendingAttachments = (attachments: readonly (AttachmentRecord | SubmittedAttachment)[]) =>
  attachments.filter((attachment) => 'status' in attachment && attachment.status === 'PENDING').length;
