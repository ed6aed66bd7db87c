import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, isConditionFailed, tableName } from './dynamo.ts';
import { keys, TABLE_INDEXES } from './keys.ts';
import type { ApplicationStatus, Receipt } from './applications.ts';

/**
 * The submission outbox (docs/decisions/063-submission-outbox.md). The submission's one
 * conditional write (`markSubmitted`) also sets the application's gsi3 keys; they stay until
 * the receipt mail is out — which the workflow sends only after its execution recorded
 * itself — so the sparse gsi3 lists exactly the submissions whose follow-up may be missing.
 * The sweep reads it; nothing here scans.
 */
export interface PendingSubmission {
  applicationId: string;
  roundId: string;
  status: ApplicationStatus;
  receipt: Receipt;
  /** Set by the workflow's first task: the execution exists and has recorded itself. */
  executionArn?: string;
}

/** Access pattern 15: pending submissions submitted before `cutoff` (ISO), oldest first. */
export async function listPendingSubmissions(cutoff: string, limit: number): Promise<PendingSubmission[]> {
  const pending: PendingSubmission[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: TABLE_INDEXES.submissionOutbox,
        KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :cutoff',
        ExpressionAttributeValues: { ':pk': keys.submissionOutbox('', '').gsi3pk, ':cutoff': cutoff },
        ProjectionExpression: 'applicationId, roundId, #status, receipt, executionArn',
        ExpressionAttributeNames: { '#status': 'status' },
        Limit: limit - pending.length,
        ExclusiveStartKey: startKey,
      }),
    );
    pending.push(...((page.Items ?? []) as PendingSubmission[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey && pending.length < limit);
  return pending;
}

/** One recipient has the receipt (SES accepted it); a retry sends it to the others only. */
export async function markReceiptMailedTo(applicationId: string, address: string): Promise<void> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression:
          'SET receiptMailedTo = list_append(if_not_exists(receiptMailedTo, :none), :address)',
        ConditionExpression: 'attribute_exists(pk) AND NOT contains(receiptMailedTo, :to)',
        ExpressionAttributeValues: { ':none': [], ':address': [address], ':to': address },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error; // marked before: a retry after a lost answer
  }
}

/** Every recipient has the receipt: the submission's follow-up is done, it leaves the outbox. */
export async function markReceiptMailed(applicationId: string, now: string): Promise<void> {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET receiptMailedAt = if_not_exists(receiptMailedAt, :now) REMOVE gsi3pk, gsi3sk',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':now': now },
    }),
  );
}
