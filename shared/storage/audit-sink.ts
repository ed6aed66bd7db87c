/**
 * The audit trail's immutable copy (ADR 087): every change to an `AUDIT#` item the table's
 * stream carries becomes one object in the audit sink — an S3 bucket with Object Lock in
 * compliance mode, so nobody, the account's root included, can change or delete it before its
 * retention ends. An entry's creation is copied; so is any later modification or deletion, with
 * the old and new images, which makes tampering that got past IAM (ADR 087's deny) visible.
 *
 * The images are copied as the stream gives them (DynamoDB JSON): exactly what was stored.
 */
import { PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { DynamoDBRecord } from 'aws-lambda';
import { ENV, requireEnv } from '../config/env.ts';
import * as keys from './table-keys.ts';

/** The prefix of every object in the sink. */
export const AUDIT_SINK_PREFIX = 'audit/';

/** One object to write: where, and what. */
export interface AuditCopy {
  readonly key: string;
  readonly body: string;
  /** The stream record's sequence number: named if the copy fails. */
  readonly sequenceNumber: string;
}

const AUDIT_PARTITION = keys.auditPartition('');

/**
 * The copies a batch of stream records makes, in stream order: only records of audit items
 * (the event source's filter lets only those through; anything else is skipped here too).
 * The object key is the entry's round and sort key and the record's sequence number, so a
 * retried batch writes the same keys and each change is one object.
 */
export function auditCopies(records: readonly DynamoDBRecord[]): AuditCopy[] {
  return records.flatMap((record) => {
    const stream = record.dynamodb;
    const pk = stream?.Keys?.pk?.S;
    const sk = stream?.Keys?.sk?.S;
    const sequenceNumber = stream?.SequenceNumber;
    if (!pk?.startsWith(AUDIT_PARTITION) || !sk || !sequenceNumber || !record.eventName) return [];
    const roundId = pk.slice(AUDIT_PARTITION.length);
    return [
      {
        key: `${AUDIT_SINK_PREFIX}${roundId}/${sk}/${sequenceNumber}-${record.eventName}.json`,
        sequenceNumber,
        body: JSON.stringify({
          eventName: record.eventName,
          eventId: record.eventID,
          sequenceNumber,
          approximateCreationDateTime: stream.ApproximateCreationDateTime,
          keys: stream.Keys,
          newImage: stream.NewImage,
          oldImage: stream.OldImage,
        }),
      },
    ];
  });
}

/** Writes one copy; resolves `false` when it is already there (a retried batch). */
export type PutCopy = (copy: AuditCopy) => Promise<boolean>;

/**
 * Copies a batch in order and stops at the first failure, answering its sequence number and
 * the error's name (the handler fails the batch; a retry skips what is already in the sink).
 */
export async function copyAuditRecords(
  records: readonly DynamoDBRecord[],
  put: PutCopy = putInSink,
): Promise<{ copied: number; existing: number; failedAt?: string; error?: string }> {
  let copied = 0;
  let existing = 0;
  for (const copy of auditCopies(records)) {
    try {
      if (await put(copy)) copied += 1;
      else existing += 1;
    } catch (error) {
      return { copied, existing, failedAt: copy.sequenceNumber, error: (error as Error).name };
    }
  }
  return { copied, existing };
}

/**
 * The S3 SDK is imported statically here, not on first use as the other adapters do (ADR 117):
 * only CopyAuditTrail loads this module, and it writes to the sink on every invocation (its
 * event source lets only audit items through), so loading the SDK at init costs nothing a
 * later load would save.
 */
let client: S3Client | undefined;

/**
 * PutObject into the sink (`AUDIT_SINK_BUCKET`), never over an existing object (`If-None-Match`):
 * the bucket's default retention locks it. A checksum is sent, as Object Lock requires.
 */
export const putInSink: PutCopy = async (copy) => {
  client ??= new S3Client({ forcePathStyle: process.env[ENV.s3ForcePathStyle] === 'true' });
  try {
    await client.send(
      new PutObjectCommand({
        Bucket: requireEnv(ENV.auditSinkBucket),
        Key: copy.key,
        Body: copy.body,
        ContentType: 'application/json',
        ChecksumAlgorithm: 'SHA256',
        IfNoneMatch: '*',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412) return false;
    throw error;
  }
};
