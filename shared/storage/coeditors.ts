/**
 * An application's co-editors and the requests to join it (ADR 096, 097): items in the
 * application's partition, so reading the application with its partition (access pattern 2)
 * and erasing it (ADR 089) take them along.
 *
 * - A co-editor holds one slot (`COEDITOR#01` … the round's maximum): inviting is a conditional
 *   Put on a free slot, so the maximum holds even when two invitations race. The slot's item
 *   names the invitation (`coeditorId`); removing deletes it, and a co-editor's session, which
 *   names slot and invitation, is refused from the next request on (shared/auth/sessions.ts).
 * - A join request expires by TTL unless the owner accepts or declines it first.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { conditionalWrite, documentClient, queryAll, tableName } from './dynamo.ts';
import { parseItem } from './items.ts';
import * as keys from './table-keys.ts';

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

const coeditorItem = /* @__PURE__ */ (() =>
  z.object({
    slot: z.number(),
    coeditorId: z.string(),
    /** The address as the owner typed it (mail goes there) and its hash (the sign-in looks it up). */
    email: z.string(),
    emailHash: z.string(),
    name: z.string(),
    locale: z.string(),
    invitedAt: z.string(),
    /** When they first signed in with their invitation. */
    joinedAt: z.optional(z.string()),
  }))();
export type CoeditorRecord = z.output<typeof coeditorItem>;

const joinRequestItem = /* @__PURE__ */ (() =>
  z.object({
    requestId: z.string(),
    email: z.string(),
    name: z.string(),
    /** The municipality they said they come from (kommunenummer). */
    municipality: z.string(),
    locale: z.string(),
    requestedAt: z.string(),
    expiresAt: z.number(),
  }))();
export type JoinRequestRecord = z.output<typeof joinRequestItem>;

/** Access pattern 20: the co-editors of an application, by slot. */
export async function listCoeditors(applicationId: string): Promise<CoeditorRecord[]> {
  const items = await queryAll({
    partition: keys.applicationPartition(applicationId),
    sortKey: { beginsWith: keys.coeditorPrefix },
  });
  return items.map((item) => parseItem(coeditorItem, item, 'co-editor'));
}

/** The co-editor holding a slot (a co-editor's session checks it on every request). */
export async function getCoeditor(applicationId: string, slot: number): Promise<CoeditorRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.coeditorSlot(applicationId, slot),
      ConsistentRead: true,
    }),
  );
  return Item ? parseItem(coeditorItem, Item, 'co-editor') : undefined;
}

/** Takes a slot for an invitation if it is free; false when someone holds it. */
export async function putCoeditor(applicationId: string, coeditor: CoeditorRecord): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.coeditorSlot(applicationId, coeditor.slot), type: 'co-editor', ...coeditor },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return ok;
}

/** Frees a slot if it still holds this invitation; false when it did not. */
export async function deleteCoeditor(applicationId: string, slot: number, coeditorId: string) {
  const { ok } = await conditionalWrite(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.coeditorSlot(applicationId, slot),
      ConditionExpression: 'coeditorId = :id',
      ExpressionAttributeValues: { ':id': coeditorId },
    }),
  );
  return ok;
}

/** The first sign-in with an invitation (kept once). */
export async function markCoeditorJoined(
  applicationId: string,
  slot: number,
  coeditorId: string,
  now: string,
) {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.coeditorSlot(applicationId, slot),
      UpdateExpression: 'SET joinedAt = if_not_exists(joinedAt, :now)',
      ConditionExpression: 'coeditorId = :id',
      ExpressionAttributeValues: { ':id': coeditorId, ':now': now },
    }),
  );
}

export async function putJoinRequest(
  applicationId: string,
  request: Omit<JoinRequestRecord, 'expiresAt'>,
  expiresAt: Date,
) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.joinRequest(applicationId, request.requestId),
        type: 'join-request',
        ...request,
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** Access pattern 21: the join requests of an application that have not expired. */
export async function listJoinRequests(applicationId: string, now: Date): Promise<JoinRequestRecord[]> {
  const items = await queryAll({
    partition: keys.applicationPartition(applicationId),
    sortKey: { beginsWith: keys.joinRequestPrefix },
  });
  return items
    .map((item) => parseItem(joinRequestItem, item, 'join request'))
    .filter((request) => request.expiresAt > epochSeconds(now));
}

/** Removes a join request (accepted or declined); the request as it was, or undefined if gone. */
export async function takeJoinRequest(
  applicationId: string,
  requestId: string,
  now: Date,
): Promise<JoinRequestRecord | undefined> {
  const written = await conditionalWrite(
    new DeleteCommand({
      TableName: tableName(),
      Key: keys.joinRequest(applicationId, requestId),
      ConditionExpression: 'attribute_exists(pk) AND expiresAt > :epoch',
      ExpressionAttributeValues: { ':epoch': epochSeconds(now) },
      ReturnValues: 'ALL_OLD',
    }),
  );
  return written.ok && written.attributes
    ? parseItem(joinRequestItem, written.attributes, 'join request')
    : undefined;
}
