import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite, tableName } from './dynamo.ts';
import { keys } from './keys.ts';

/**
 * A fixed-window counter per key and hour, in one conditional UpdateItem. The window item
 * expires by TTL (`expiresAt`) a day later. Returns false when the limit is reached.
 */
export async function takeRateLimitToken(
  subjectHash: string,
  limitPerHour: number,
  now: Date,
): Promise<boolean> {
  const hour = now.toISOString().slice(0, 13);
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.startRateLimit(subjectHash, hour),
      UpdateExpression: 'ADD requests :one SET expiresAt = :expires',
      ConditionExpression: 'attribute_not_exists(requests) OR requests < :limit',
      ExpressionAttributeValues: {
        ':one': 1,
        ':limit': limitPerHour,
        ':expires': Math.floor(now.getTime() / 1000) + 24 * 3600,
      },
    }),
  );
  return ok;
}
