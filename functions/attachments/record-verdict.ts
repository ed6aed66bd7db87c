import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, isConditionFailed, tableName } from '../../shared/storage/dynamo.ts';
import { keys } from '../../shared/storage/keys.ts';

/**
 * WORKAROUND — a copy of `recordVerdict` from shared/storage/attachments.ts, which DynamoDB
 * refuses as written: `size` is a reserved word, so its `SET … size = :size` fails with
 * "Attribute name is a reserved keyword". The fix there is `#size` with
 * `ExpressionAttributeNames['#size'] = 'size'`, as below; once it is in, delete this module
 * and import `recordVerdict` from the repository again (same signature, same behaviour).
 *
 * Records the verification's verdict once: only a PENDING attachment changes. Returns false
 * if the attachment is gone or was already judged (S3 delivers events at least once).
 */
export async function recordVerdict(
  applicationId: string,
  attachmentId: string,
  verdict: { status: 'ACCEPTED' | 'REJECTED'; size: number; rejectionReason?: string },
  now: string,
): Promise<boolean> {
  const rejected = verdict.rejectionReason !== undefined;
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.attachment(applicationId, attachmentId),
        UpdateExpression: rejected
          ? 'SET #status = :status, #size = :size, verifiedAt = :now, rejectionReason = :reason'
          : 'SET #status = :status, #size = :size, verifiedAt = :now',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
        ExpressionAttributeValues: {
          ':status': verdict.status,
          ':size': verdict.size,
          ':now': now,
          ':pending': 'PENDING',
          ...(rejected ? { ':reason': verdict.rejectionReason } : {}),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
