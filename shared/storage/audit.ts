import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { documentClient, isConditionFailed, queryAll, tableName } from './dynamo.ts';
import { keys } from './keys.ts';

/** Who did it: a committee member (through a review link), an administrator (CLI), the workflow. */
export type AuditActor =
  | { kind: 'member'; id: string; committee: string }
  | { kind: 'admin'; id: string }
  | { kind: 'workflow' }
  | { kind: 'applicant'; applicationId: string };

export interface AuditEntry {
  roundId: string;
  at: string;
  actor: AuditActor;
  /** e.g. `link.issued`, `declaration`, `outcome.proposed`, `stage.finalised`, `decision.applied`. */
  action: string;
  applicationId?: string;
  committee?: string;
  details?: Record<string, unknown>;
}

/**
 * Appends an audit entry. Written after the change it records (no transactions on dynalite),
 * so it is idempotent: with an `id` derived from the change (and `at` taken from the stored
 * change), a retried write finds its entry already there and does nothing. Nothing deletes
 * or updates audit entries.
 */
export async function recordAudit(entry: AuditEntry, id: string = ulid()): Promise<void> {
  try {
    await documentClient.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.auditEntry(entry.roundId, entry.at, id), type: 'audit', ...entry },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** A round's audit trail, oldest first; with an application id, only that application's entries. */
export async function listAudit(roundId: string, applicationId?: string): Promise<AuditEntry[]> {
  const items = await queryAll({ pk: keys.auditPartition(roundId) });
  return items
    .map(({ pk: _pk, sk: _sk, type: _type, ...entry }) => entry as unknown as AuditEntry)
    .filter((entry) => applicationId === undefined || entry.applicationId === applicationId);
}
