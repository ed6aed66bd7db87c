import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite, tableName } from './dynamo.ts';
import { type RateLimitScope } from './keys.ts';
import * as keys from './table-keys.ts';

/** What taking a token answers: allowed, or refused until the window ends (seconds from now). */
export type RateLimitAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

const HOUR_MS = 3_600_000;

/**
 * A fixed-window counter per scope, subject and hour, in one conditional UpdateItem. The
 * window item expires by TTL (`expiresAt`) a day later. A refusal says how long until the
 * window ends (the caller's Retry-After). The subject is a hash (of a mailbox or an IP
 * address), never the value itself.
 */
export async function takeRateLimitToken(
  scope: RateLimitScope,
  subjectHash: string,
  limitPerHour: number,
  now: Date,
): Promise<RateLimitAnswer> {
  const hour = now.toISOString().slice(0, 13);
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.rateLimit(scope, subjectHash, hour),
      UpdateExpression: 'ADD requests :one SET expiresAt = :expires',
      ConditionExpression: 'attribute_not_exists(requests) OR requests < :limit',
      ExpressionAttributeValues: {
        ':one': 1,
        ':limit': limitPerHour,
        ':expires': Math.floor(now.getTime() / 1000) + 24 * 3600,
      },
    }),
  );
  if (ok) return { ok: true };
  const windowEnds = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}
