/**
 * The submission outbox (docs/decisions/063-submission-outbox.md). The submission's one
 * conditional write (`markSubmitted`) also sets the application's gsi3 keys; they stay until
 * the receipt mail is out — which the workflow sends only after its execution recorded
 * itself — so the sparse gsi3 lists exactly the submissions whose follow-up may be missing.
 * The sweep reads it; nothing here scans.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite, documentClient, queryAll, tableName } from './dynamo.ts';
import { parseItem, pendingSubmissionItem, type PendingSubmission } from './items.ts';
import { TABLE_INDEXES } from './keys.ts';
import * as keys from './table-keys.ts';

export type { PendingSubmission } from './items.ts';

/** Access pattern 15: pending submissions submitted before `cutoff` (ISO), oldest first. */
export async function listPendingSubmissions(cutoff: string, limit: number): Promise<PendingSubmission[]> {
  const items = await queryAll({
    partition: keys.submissionOutbox('', '').gsi3pk,
    index: TABLE_INDEXES.submissionOutbox,
    sortKey: { before: cutoff },
    attributes: ['applicationId', 'roundId', 'status', 'receipt', 'executionArn'],
    limit,
  });
  return items.map((item) => parseItem(pendingSubmissionItem, item, 'pending submission'));
}

/** Withdrawals withdrawn before `cutoff` (ISO) whose confirmation mail may be missing, oldest first. */
export async function listPendingWithdrawals(cutoff: string, limit: number): Promise<string[]> {
  const items = await queryAll({
    partition: keys.withdrawalOutbox('', '').gsi3pk,
    index: TABLE_INDEXES.submissionOutbox,
    sortKey: { before: cutoff },
    attributes: ['applicationId'],
    limit,
  });
  return items.map((item) => String(item.applicationId));
}

/** The withdrawal's confirmation is out (SES accepted it): it leaves the outbox. */
export async function markWithdrawalMailed(applicationId: string, now: string): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression:
        'SET withdrawalMailedAt = if_not_exists(withdrawalMailedAt, :now) REMOVE gsi3pk, gsi3sk',
      ConditionExpression: 'attribute_exists(pk) AND #status = :withdrawn',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':now': now, ':withdrawn': 'WITHDRAWN' },
    }),
  );
}

/** The receipt mailed to everyone: the time, and the submission out of the outbox. */
const RECEIPT_MAILED = 'receiptMailedAt = if_not_exists(receiptMailedAt, :now) REMOVE gsi3pk, gsi3sk';
/**
 * Only the submission's entry leaves with the receipt: an application withdrawn while its
 * receipt was being mailed holds the withdrawal's entry instead (`markWithdrawn`), which stays
 * until the withdrawal's own confirmation is out.
 */
const SUBMISSION_IN_OUTBOX = '(attribute_not_exists(gsi3pk) OR gsi3pk = :submissionOutbox)';
const submissionOutbox = () => keys.submissionOutbox('', '').gsi3pk;

/**
 * One recipient has the receipt (SES accepted it); a retry sends it to the others only. With
 * `lastAt` they were the last without it: the same write also does `markReceiptMailed`'s (one
 * write fewer per submission, ADR 123). False when the recipient was marked before (a retry
 * after a lost answer) or, with `lastAt`, the application holds another outbox entry: nothing
 * is written then, `markReceiptMailed` is the caller's.
 */
export async function markReceiptMailedTo(
  applicationId: string,
  address: string,
  lastAt?: string,
): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression:
        'SET receiptMailedTo = list_append(if_not_exists(receiptMailedTo, :none), :address)' +
        (lastAt === undefined ? '' : `, ${RECEIPT_MAILED}`),
      ConditionExpression:
        'attribute_exists(pk) AND NOT contains(receiptMailedTo, :to)' +
        (lastAt === undefined ? '' : ` AND ${SUBMISSION_IN_OUTBOX}`),
      ExpressionAttributeValues: {
        ':none': [],
        ':address': [address],
        ':to': address,
        ...(lastAt === undefined ? {} : { ':now': lastAt, ':submissionOutbox': submissionOutbox() }),
      },
    }),
  );
  return ok;
}

/** Every recipient has the receipt: the submission's follow-up is done, it leaves the outbox. */
export async function markReceiptMailed(applicationId: string, now: string): Promise<void> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: `SET ${RECEIPT_MAILED}`,
      ConditionExpression: `attribute_exists(pk) AND ${SUBMISSION_IN_OUTBOX}`,
      ExpressionAttributeValues: { ':now': now, ':submissionOutbox': submissionOutbox() },
    }),
  );
  if (ok) return;
  // Withdrawn meanwhile: the time only, the withdrawal's entry stays (throws if the application is gone).
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET receiptMailedAt = if_not_exists(receiptMailedAt, :now)',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':now': now },
    }),
  );
}
