import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, isConditionFailed, tableName } from './dynamo.ts';
import { attachmentObjectKey, keys } from './keys.ts';

export const ATTACHMENT_KINDS = ['letterOfIntent', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export type AttachmentStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface AttachmentRecord {
  applicationId: string;
  attachmentId: string;
  kind: AttachmentKind;
  fileName: string;
  contentType: string;
  declaredSize: number;
  objectKey: string;
  status: AttachmentStatus;
  /** An i18n code the applicant sees, e.g. ATTACHMENT_CONTENT_MISMATCH. */
  rejectionReason?: string;
  size?: number;
  createdAt: string;
  verifiedAt?: string;
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
 */
export async function reserveAttachmentSlot(applicationId: string, max: number): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: 'ADD attachmentCount :one',
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

export async function createAttachment(
  input: Omit<AttachmentRecord, 'objectKey' | 'status' | 'createdAt'>,
  now: string,
): Promise<AttachmentRecord> {
  const record: AttachmentRecord = {
    ...input,
    objectKey: attachmentObjectKey(input.applicationId, input.attachmentId),
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

/**
 * Records the verification's verdict once: only a PENDING attachment changes. Returns false
 * if the attachment is gone or was already judged (S3 delivers events at least once).
 */
export async function recordVerdict(
  applicationId: string,
  attachmentId: string,
  verdict: { status: 'ACCEPTED' | 'REJECTED'; size: number; rejectionReason?: string },
  now: string,
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.attachment(applicationId, attachmentId),
        UpdateExpression:
          verdict.rejectionReason === undefined
            ? 'SET #status = :status, #size = :size, verifiedAt = :now'
            : 'SET #status = :status, #size = :size, verifiedAt = :now, rejectionReason = :reason',
        ConditionExpression: '#status = :pending',
        // `status` and `size` are DynamoDB reserved words.
        ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
        ExpressionAttributeValues: {
          ':status': verdict.status,
          ':size': verdict.size,
          ':now': now,
          ':pending': 'PENDING',
          ...(verdict.rejectionReason === undefined ? {} : { ':reason': verdict.rejectionReason }),
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

export const countAcceptedLettersOfIntent = (attachments: readonly AttachmentRecord[]) =>
  attachments.filter((attachment) => attachment.kind === 'letterOfIntent' && attachment.status === 'ACCEPTED')
    .length;
