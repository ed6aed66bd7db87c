import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ENV, requireEnv } from '../config/env.ts';

/** The one DynamoDB document client; its endpoint comes from the SDK's own env variables. */
export const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
});

export const tableName = () => requireEnv(ENV.tableName);

/** True when DynamoDB refused a conditional write. */
export const isConditionFailed = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';

/**
 * Every item of a partition (optionally those whose sort key starts with `skPrefix`, or of a
 * GSI's partition), following the pages. Strongly consistent on the table.
 */
export async function queryAll(input: {
  pk: string;
  skPrefix?: string;
  /** A GSI and its partition-key attribute instead of the table's `pk`. */
  index?: { name: string; partitionKey: string };
}): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pk = input.index?.partitionKey ?? 'pk';
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName(),
        ...(input.index ? { IndexName: input.index.name } : { ConsistentRead: true }),
        KeyConditionExpression: input.skPrefix ? `${pk} = :pk AND begins_with(sk, :prefix)` : `${pk} = :pk`,
        ExpressionAttributeValues: {
          ':pk': input.pk,
          ...(input.skPrefix ? { ':prefix': input.skPrefix } : {}),
        },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
