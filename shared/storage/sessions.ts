/**
 * Magic links and applicant sessions (ADR 086): one item each, keyed by the token's `jti`,
 * deleted by TTL (`expiresAt`, epoch seconds) once the token has expired.
 *
 * - A magic link's item holds what the request said (the address as typed, round, lead
 *   municipality, language, and the application if one existed): the draft is created only
 *   when the link is used, and using it is one conditional write, so a link works once.
 * - A session's item is read on every applicant request, with its application's item in the
 *   same BatchGetItem (ADR 121); sign-out marks it revoked.
 */
import { BatchGetCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { conditionalWrite, documentClient, tableName } from './dynamo.ts';
import { applicationItem, parseItem, type ApplicationRecord, type Item } from './items.ts';
import * as keys from './table-keys.ts';

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

const magicLinkItem = /* @__PURE__ */ (() =>
  z.object({
    linkId: z.string(),
    email: z.string(),
    roundId: z.string(),
    leadMunicipality: z.string(),
    locale: z.string(),
    applicationId: z.string(),
    /** A co-editor's link (ADR 096): the slot and invitation it signs in as; none for the owner. */
    coeditor: z.optional(z.object({ slot: z.number(), coeditorId: z.string() })),
    expiresAt: z.number(),
  }))();
export type MagicLinkRecord = z.output<typeof magicLinkItem>;

const sessionItem = /* @__PURE__ */ (() =>
  z.object({
    sessionId: z.string(),
    applicationId: z.string(),
    /** Who signed in (ADR 096): a co-editor's slot and invitation; none — the owner. */
    coeditor: z.optional(z.object({ slot: z.number(), coeditorId: z.string() })),
    expiresAt: z.number(),
    revokedAt: z.optional(z.string()),
  }))();
export type SessionRecord = z.output<typeof sessionItem>;

export async function createMagicLink(link: Omit<MagicLinkRecord, 'expiresAt'>, expiresAt: Date) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.magicLink(link.linkId),
        type: 'magic-link',
        ...link,
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * Uses a magic link: one conditional write that succeeds once, while the link has not
 * expired (TTL deletes late, so the expiry is checked too). Its record, or undefined when it
 * was used already, expired or never existed.
 */
export async function useMagicLink(linkId: string, now: Date): Promise<MagicLinkRecord | undefined> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.magicLink(linkId),
      UpdateExpression: 'SET usedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :epoch',
      ExpressionAttributeValues: { ':now': now.toISOString(), ':epoch': epochSeconds(now) },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return written.ok && written.attributes
    ? parseItem(magicLinkItem, written.attributes, 'magic link')
    : undefined;
}

const claimItem = /* @__PURE__ */ (() => z.object({ applicationId: z.string(), expiresAt: z.number() }))();

/**
 * The id of the application an owner's links for a round and lead will create: `candidate`,
 * unless a claim that has not expired names another (so two links asked for before either
 * was used sign into one draft, not two). `replace` takes the claim over whatever it names
 * (its application was withdrawn). The claim holds no address, and expires with the links.
 */
export async function claimApplicationId(
  claim: { emailHash: string; roundId: string; leadMunicipality: string },
  candidate: string,
  until: Date,
  now: Date,
  replace = false,
): Promise<string> {
  const key = keys.applicationClaim(claim.emailHash, claim.roundId, claim.leadMunicipality);
  const written = await conditionalWrite(
    new PutCommand({
      TableName: tableName(),
      Item: { ...key, type: 'application-claim', applicationId: candidate, expiresAt: epochSeconds(until) },
      ...(replace
        ? {}
        : {
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': epochSeconds(now) },
          }),
    }),
  );
  if (written.ok) return candidate;
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item ? parseItem(claimItem, Item, 'application claim').applicationId : candidate;
}

export async function createSession(
  session: Omit<SessionRecord, 'expiresAt' | 'revokedAt'>,
  expiresAt: Date,
) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.session(session.sessionId),
        type: 'session',
        ...session,
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getSession(sessionId: string): Promise<SessionRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.session(sessionId), ConsistentRead: true }),
  );
  return Item ? parseItem(sessionItem, Item, 'session') : undefined;
}

/**
 * A session's record and the application it names, read together — one BatchGetItem, strongly
 * consistent — as every applicant request begins (ADR 121): one round trip where a session
 * read and the route's own read of the application were two. A key DynamoDB leaves
 * unprocessed (throttling) is read again with GetItem, under the SDK's retries.
 */
export async function getSessionWithApplication(
  sessionId: string,
  applicationId: string,
): Promise<{ session: SessionRecord | undefined; application: ApplicationRecord | undefined }> {
  const TableName = tableName();
  const sessionKey = keys.session(sessionId);
  const applicationKey = keys.application(applicationId);
  const { Responses, UnprocessedKeys } = await documentClient.send(
    new BatchGetCommand({
      RequestItems: { [TableName]: { Keys: [sessionKey, applicationKey], ConsistentRead: true } },
    }),
  );
  const same = (a: Item, b: Item) => a.pk === b.pk && a.sk === b.sk;
  const unprocessed = UnprocessedKeys?.[TableName]?.Keys ?? [];
  const read = async (key: Item): Promise<Item | undefined> =>
    unprocessed.some((left) => same(left, key))
      ? (await documentClient.send(new GetCommand({ TableName, Key: key, ConsistentRead: true }))).Item
      : Responses?.[TableName]?.find((item) => same(item, key));
  const [session, application] = await Promise.all([read(sessionKey), read(applicationKey)]);
  return {
    session: session && parseItem(sessionItem, session, 'session'),
    application: application && parseItem(applicationItem, application, 'application'),
  };
}

/** Ends a session (sign-out): its record marked revoked; a second sign-out changes nothing. */
export async function revokeSession(sessionId: string, now: Date): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.session(sessionId),
      UpdateExpression: 'SET revokedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':now': now.toISOString() },
    }),
  );
}
