/**
 * The secretariat's sign-in links and sessions (ADR 093): one item each, keyed by the token's
 * `jti`, deleted by TTL (`expiresAt`, epoch seconds) once the token has expired.
 *
 * - A link's item holds the address as typed and the language; using it is one conditional
 *   write, so a link works once.
 * - A session's item holds the address, when it was last used and whether it was signed out;
 *   every staff request reads it, and moves `lastSeenAt` on at most every few minutes.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { conditionalWrite, documentClient, tableName } from './dynamo.ts';
import { parseItem } from './items.ts';
import * as keys from './table-keys.ts';

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

const staffLinkItem = /* @__PURE__ */ (() =>
  z.object({
    linkId: z.string(),
    email: z.string(),
    locale: z.string(),
    expiresAt: z.number(),
  }))();
export type StaffLinkRecord = z.output<typeof staffLinkItem>;

const staffSessionItem = /* @__PURE__ */ (() =>
  z.object({
    sessionId: z.string(),
    email: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.number(),
    revokedAt: z.optional(z.string()),
  }))();
export type StaffSessionRecord = z.output<typeof staffSessionItem>;

export async function createStaffLink(link: Omit<StaffLinkRecord, 'expiresAt'>, expiresAt: Date) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.staffLink(link.linkId),
        type: 'staff-link',
        ...link,
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Uses a staff link once, while it has not expired; its record, or undefined. */
export async function useStaffLink(linkId: string, now: Date): Promise<StaffLinkRecord | undefined> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.staffLink(linkId),
      UpdateExpression: 'SET usedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :epoch',
      ExpressionAttributeValues: { ':now': now.toISOString(), ':epoch': epochSeconds(now) },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return written.ok && written.attributes
    ? parseItem(staffLinkItem, written.attributes, 'staff link')
    : undefined;
}

export async function createStaffSession(
  session: { sessionId: string; email: string },
  now: Date,
  expiresAt: Date,
) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.staffSession(session.sessionId),
        type: 'staff-session',
        ...session,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getStaffSession(sessionId: string): Promise<StaffSessionRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.staffSession(sessionId), ConsistentRead: true }),
  );
  return Item ? parseItem(staffSessionItem, Item, 'staff session') : undefined;
}

/**
 * Marks a session used now, if it was last marked before `staleBefore` and is not signed out:
 * one conditional write every few minutes of use, not one per request.
 */
export async function touchStaffSession(sessionId: string, now: Date, staleBefore: Date): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.staffSession(sessionId),
      UpdateExpression: 'SET lastSeenAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt) AND lastSeenAt < :stale',
      ExpressionAttributeValues: { ':now': now.toISOString(), ':stale': staleBefore.toISOString() },
    }),
  );
}

/** Sign-out: the session's record marked revoked; a second sign-out changes nothing. */
export async function revokeStaffSession(sessionId: string, now: Date): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.staffSession(sessionId),
      UpdateExpression: 'SET revokedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':now': now.toISOString() },
    }),
  );
}
