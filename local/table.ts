/**
 * The portal's table on the local DynamoDB (dynalite), built from `tableShape` as the CDK stack
 * builds it in AWS: the local stack's, and the storage tests' own.
 */
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableShape } from '../shared/storage/table.ts';
import { LOCAL_AWS } from './aws.ts';

/** Creates the table and waits until it is ACTIVE. */
export async function createTable(client: DynamoDBClient, TableName: string = LOCAL_AWS.tableName) {
  const keyAttributes = [
    tableShape.partitionKey,
    tableShape.sortKey,
    ...tableShape.globalSecondaryIndexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  await client.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  // dynalite answers CREATING, then ACTIVE after `createTableMs` (0 here).
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
