import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite, documentClient, queryAll, tableName } from './dynamo.ts';
import {
  attachmentItem,
  parseItem,
  type AttachmentRecord,
  type Item,
  type SubmittedAttachment,
} from './items.ts';
import { attachmentUploadKey } from './keys.ts';
import * as keys from './table-keys.ts';

// The shapes live in items.ts (one schema per item type); these names are the repository's API.
export {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  type AttachmentRecord,
  type AttachmentStatus,
  type SubmittedAttachment,
} from './items.ts';

/** The object (and version) a download serves. */
export interface StoredObject {
  key: string;
  versionId?: string;
}

const toRecord = (item: Item): AttachmentRecord => parseItem(attachmentItem, item, 'attachment');

/** Access pattern 3. */
export async function listAttachments(applicationId: string): Promise<AttachmentRecord[]> {
  const items = await queryAll({
    partition: keys.applicationPartition(applicationId),
    sortKey: { beginsWith: keys.attachmentPrefix },
  });
  return items.map(toRecord);
}

export async function getAttachment(applicationId: string, attachmentId: string) {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      ConsistentRead: true,
    }),
  );
  return Item ? toRecord(Item) : undefined;
}

/**
 * Reserves one of the application's attachment slots (a counter on the application item),
 * only while it is a draft. Returns false when the cap is reached or it is no longer a draft.
 * Bumps `attachmentsRevision` like every attachment change (see `bumpAttachmentsRevision`).
 */
export async function reserveAttachmentSlot(applicationId: string, max: number): Promise<boolean> {
  const { ok } = await conditionalWrite(
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
  return ok;
}

/** Gives a slot back (attachment deleted or rejected). Never goes below zero. */
export async function releaseAttachmentSlot(applicationId: string) {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'ADD attachmentCount :minus',
      ConditionExpression: 'attachmentCount > :zero',
      ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
    }),
  );
}

/**
 * The attachments and the submission exclude each other (ADR 060): every change to an
 * application's attachments — a slot reserved, a verdict, a delete — bumps this counter on
 * the application item with a write conditioned on the application being a draft, and the
 * submission conditions on the counter it read. Not `version`: that is the draft's, and
 * autosave would meet a conflict after every upload. False when it is no longer a draft.
 */
export async function bumpAttachmentsRevision(applicationId: string): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'ADD attachmentsRevision :one',
      ConditionExpression: '#status = :draft',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ':draft': 'DRAFT' },
    }),
  );
  return ok;
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
  /**
   * The bytes passed: the record names their frozen copy before the copy is written, so a scan
   * result can never arrive before the record knows the key it is for (ADR 089, amended). The
   * attachment stays PENDING until the malware scan of the copy reports.
   */
  | { status: 'SCANNING'; size: number; frozen: { key: string; sha256: string } }
  | { status: 'REJECTED'; size: number; rejectionReason: string };

/**
 * Records the verification's verdict once: only a PENDING attachment without a frozen copy
 * changes — or, for the same frozen copy, one whose earlier run stopped before the copy was
 * written (a retried event finishes it). Returns false if the attachment is gone or was
 * already judged (S3 delivers events at least once). A frozen copy leaves the attachment
 * PENDING for its malware scan (`recordScanResult`).
 */
export async function recordVerdict(
  applicationId: string,
  attachmentId: string,
  verdict: RecordedVerdict,
  now: string,
): Promise<boolean> {
  // Attribute → value: the frozen copy of an accepted attachment, the reason for a rejection.
  const fields: Record<string, unknown> =
    verdict.status === 'SCANNING'
      ? { frozenKey: verdict.frozen.key, sha256: verdict.frozen.sha256 }
      : { rejectionReason: verdict.rejectionReason };
  const set = Object.keys(fields).map((name) => `${name} = :${name}`);
  const values = Object.fromEntries(Object.entries(fields).map(([name, value]) => [`:${name}`, value]));
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      UpdateExpression: `SET #status = :status, #size = :size, verifiedAt = :now, ${set.join(', ')}`,
      ConditionExpression:
        verdict.status === 'SCANNING'
          ? '#status = :pending AND (attribute_not_exists(frozenKey) OR frozenKey = :frozenKey)'
          : '#status = :pending AND attribute_not_exists(frozenKey)',
      // `status` and `size` are DynamoDB reserved words.
      ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
      ExpressionAttributeValues: {
        ':status': verdict.status === 'SCANNING' ? 'PENDING' : verdict.status,
        ':size': verdict.size,
        ':now': now,
        ':pending': 'PENDING',
        ...values,
      },
    }),
  );
  return ok;
}

/**
 * Confirms that the frozen copy the record names was written (with its S3 version, in a
 * versioned bucket): false when the attachment was deleted or names another copy meanwhile —
 * the caller then deletes the copy it wrote. Whatever the malware scan recorded stays.
 */
export async function recordFrozenCopy(
  applicationId: string,
  attachmentId: string,
  copy: { key: string; versionId?: string },
): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      // Rewrites the key it is conditioned on (an UpdateItem must set something), with the version if any.
      UpdateExpression: `SET frozenKey = :key${copy.versionId ? ', versionId = :versionId' : ''}`,
      ConditionExpression: 'frozenKey = :key',
      ExpressionAttributeValues: {
        ':key': copy.key,
        ...(copy.versionId ? { ':versionId': copy.versionId } : {}),
      },
    }),
  );
  return ok;
}

/**
 * Records a malware scan's result once (ADR 089): only a PENDING attachment whose frozen copy
 * is the scanned key changes, to ACCEPTED or REJECTED (the frozen copy's fields stay, so the
 * audit and the erase know what there was). False when the attachment is gone, judged
 * already, or names another copy.
 */
export async function recordScanResult(
  applicationId: string,
  attachmentId: string,
  scannedKey: string,
  result: { status: 'ACCEPTED' } | { status: 'REJECTED'; rejectionReason: string },
  now: string,
): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      UpdateExpression:
        result.status === 'ACCEPTED'
          ? 'SET #status = :status, scannedAt = :now'
          : 'SET #status = :status, scannedAt = :now, rejectionReason = :reason',
      ConditionExpression: '#status = :pending AND frozenKey = :key',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': result.status,
        ':now': now,
        ':pending': 'PENDING',
        ':key': scannedKey,
        ...(result.status === 'REJECTED' && { ':reason': result.rejectionReason }),
      },
    }),
  );
  return ok;
}

/**
 * Sets an attachment's kind and party (ADR 098): nothing else of the record — its file, status
 * and frozen copy stay as they are. Returns the record as it was, or undefined if it was gone.
 */
export async function updateAttachmentMetadata(
  applicationId: string,
  attachmentId: string,
  metadata: Pick<AttachmentRecord, 'kind' | 'party'>,
): Promise<AttachmentRecord | undefined> {
  const result = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      UpdateExpression: metadata.party
        ? 'SET #kind = :kind, #party = :party'
        : 'SET #kind = :kind REMOVE #party',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#kind': 'kind', '#party': 'party' },
      ExpressionAttributeValues: {
        ':kind': metadata.kind,
        ...(metadata.party ? { ':party': metadata.party } : {}),
      },
      ReturnValues: 'ALL_OLD',
    }),
  );
  return result.ok && result.attributes ? toRecord(result.attributes) : undefined;
}

/** Deletes the attachment's record; returns the deleted record, or undefined if it was gone. */
export async function deleteAttachmentRecord(applicationId: string, attachmentId: string) {
  const deleted = await conditionalWrite(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.attachment(applicationId, attachmentId),
      ConditionExpression: 'attribute_exists(pk)',
      ReturnValues: 'ALL_OLD',
    }),
  );
  return deleted.ok && deleted.attributes ? toRecord(deleted.attributes) : undefined;
}

/**
 * Puts a record back exactly as it was, unless one is there (a delete that lost its race
 * against the submission gives the attachment back: ADR 060).
 */
export async function restoreAttachmentRecord(record: AttachmentRecord): Promise<void> {
  await conditionalWrite(
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
            ...(attachment.party ? { party: attachment.party } : {}),
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
