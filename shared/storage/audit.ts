import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { conditionalWrite, queryAll, tableName } from './dynamo.ts';
import { auditItem, parseItem, type AuditEntry } from './items.ts';
import * as keys from './table-keys.ts';

// The shapes live in items.ts (one schema per item type); these names are the repository's API.
export type { AuditActor, AuditEntry } from './items.ts';

/**
 * Appends an audit entry. Written after the change it records (no transactions on dynalite,
 * and an entry is its own item in the round's `AUDIT#` partition, so no single-item write can
 * carry both), so it is idempotent: with an `id` derived from the change (and `at` taken from
 * the stored change), a retried write finds its entry already there and does nothing.
 *
 * Append-only by IAM, not by convention (ADR 087): every function that may write the table is
 * denied UpdateItem and DeleteItem on `AUDIT#` keys; a PutItem cannot be told from an overwrite
 * by IAM, so this write is conditional on the item not existing. Every change to an entry is
 * copied from the table's stream into the audit sink (S3 Object Lock, shared/storage/audit-sink.ts).
 */
export async function recordAudit(entry: AuditEntry, id: string = ulid()): Promise<void> {
  await conditionalWrite(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.auditEntry(entry.roundId, entry.at, id), type: 'audit', ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** A round's audit trail, oldest first; with an application id, only that application's entries. */
export async function listAudit(roundId: string, applicationId?: string): Promise<AuditEntry[]> {
  const items = await queryAll({ partition: keys.auditPartition(roundId) });
  return items
    .map((item) => parseItem(auditItem, item, 'audit entry'))
    .filter((entry) => applicationId === undefined || entry.applicationId === applicationId);
}
