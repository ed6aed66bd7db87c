import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ENV, requireEnv } from '../config/env.ts';
import type { Item } from './items.ts';
import { tableShape } from './table.ts';

/** The one DynamoDB document client; its endpoint comes from the SDK's own env variables. */
export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
});

export const tableName = () => requireEnv(ENV.tableName);

/** True when DynamoDB refused a conditional write. */
export const isConditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/** What a conditional write answers: done (with the attributes it asked to return), or refused. */
export type ConditionalWrite<Current = never> =
  | { ok: true; attributes: Item | undefined }
  | ([Current] extends [never] ? { ok: false } : { ok: false; current: Current });

/**
 * Sends one conditional write. When DynamoDB refuses it on its condition the answer is
 * `{ ok: false }` — with `current` when a re-read is given (e.g. the item as it is now, for a
 * version conflict), read after the refusal. Any other error is thrown as it is.
 */
export async function conditionalWrite(
  command: UpdateCommand | PutCommand | DeleteCommand,
): Promise<ConditionalWrite>;
export async function conditionalWrite<Current>(
  command: UpdateCommand | PutCommand | DeleteCommand,
  reread: () => Promise<Current>,
): Promise<ConditionalWrite<Current>>;
export async function conditionalWrite<Current>(
  command: UpdateCommand | PutCommand | DeleteCommand,
  reread?: () => Promise<Current>,
): Promise<{ ok: true; attributes: Item | undefined } | { ok: false; current?: Current }> {
  try {
    const { Attributes } = await send(command);
    return { ok: true, attributes: Attributes };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return reread ? { ok: false, current: await reread() } : { ok: false };
  }
}

// One `send` per command type: the client's overloads take one command class at a time.
function send(command: UpdateCommand | PutCommand | DeleteCommand) {
  if (command instanceof UpdateCommand) return documentClient.send(command);
  if (command instanceof PutCommand) return documentClient.send(command);
  return documentClient.send(command);
}

type IndexName = (typeof tableShape.globalSecondaryIndexes)[number]['indexName'];

/** One Query, every page: a partition of the table or of a GSI, optionally narrowed on the sort key. */
export interface PagedQuery {
  /** The partition key's value (`pk` on the table, the index's partition key on a GSI). */
  partition: string;
  /** A GSI of `tableShape`; without one the table itself, read strongly consistent. */
  index?: IndexName;
  /** A condition on the sort key (`sk`, or the index's sort key). */
  sortKey?: { beginsWith: string } | { equals: string } | { before: string };
  /** Only these attributes (a projection). */
  attributes?: readonly string[];
  /** At most this many items: pages stop being read once they are there. */
  limit?: number;
}

const SORT_KEY_CONDITION = { beginsWith: 'begins_with(#sk, :sk)', equals: '#sk = :sk', before: '#sk < :sk' };

/**
 * Every item a Query matches, following `LastEvaluatedKey` across pages (a page ends at 1 MB
 * or at `Limit`). The one paging loop: every Query in the storage modules goes through it.
 */
export async function queryAll(query: PagedQuery): Promise<Item[]> {
  const index = query.index && tableShape.globalSecondaryIndexes.find((gsi) => gsi.indexName === query.index);
  const names: Record<string, string> = { '#pk': index?.partitionKey ?? tableShape.partitionKey };
  const values: Record<string, unknown> = { ':pk': query.partition };
  let condition = '#pk = :pk';
  if (query.sortKey) {
    const [kind, value] = Object.entries(query.sortKey)[0] as [keyof typeof SORT_KEY_CONDITION, string];
    names['#sk'] = index?.sortKey ?? tableShape.sortKey;
    values[':sk'] = value;
    condition += ` AND ${SORT_KEY_CONDITION[kind]}`;
  }
  const projection = query.attributes?.map((attribute, i) => {
    names[`#a${i}`] = attribute;
    return `#a${i}`;
  });
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName(),
        ...(index ? { IndexName: index.indexName } : { ConsistentRead: true }),
        KeyConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(projection ? { ProjectionExpression: projection.join(', ') } : {}),
        ...(query.limit === undefined ? {} : { Limit: query.limit - items.length }),
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey && (query.limit === undefined || items.length < query.limit));
  return items;
}
