import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, describe, expect, it } from 'vitest';
import { tableShape } from '../../shared/storage/table.ts';
import { LOCAL_AWS } from '../../local/aws.ts';
import { startLocalStack, type LocalStack } from '../../local/stack.ts';

/**
 * A `.local-data` folder from before the outbox index (gsi3, ADR 063): dynalite cannot add an
 * index to a table, so the local stack rebuilds the table with its items at start — `npm start`
 * keeps a developer's data across the upgrade.
 */
let dataDir: string;
let stack: LocalStack | undefined;

afterAll(async () => {
  await stack?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const clientFor = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS.region,
    credentials: { accessKeyId: LOCAL_AWS.accessKeyId, secretAccessKey: LOCAL_AWS.secretAccessKey },
  });

describe('a table kept from an older version', () => {
  it('gets the indexes of tableShape, and keeps its items', async () => {
    // Prepare: the table as the version before made it (gsi1, gsi2), with an application in it
    dataDir = await mkdtemp(join(tmpdir(), 'portal-upgrade-'));
    const old = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 0 });
    await new Promise<void>((resolve) => old.listen(0, '127.0.0.1', resolve));
    const before = clientFor(`http://127.0.0.1:${(old.address() as AddressInfo).port}`);
    const indexes = ['gsi1', 'gsi2'];
    await before.send(
      new CreateTableCommand({
        TableName: LOCAL_AWS.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', ...indexes.flatMap((name) => [`${name}pk`, `${name}sk`])].map(
          (AttributeName) => ({ AttributeName, AttributeType: 'S' }),
        ),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexes.map((IndexName) => ({
          IndexName,
          KeySchema: [
            { AttributeName: `${IndexName}pk`, KeyType: 'HASH' },
            { AttributeName: `${IndexName}sk`, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
    const item = {
      pk: { S: 'APP#01OLD' },
      sk: { S: 'APP' },
      gsi2pk: { S: 'ROUND#demo#SUBMITTED' },
      gsi2sk: { S: 'x' },
    };
    await before.send(new PutItemCommand({ TableName: LOCAL_AWS.tableName, Item: item }));
    before.destroy();
    await new Promise((resolve) => old.close(resolve));

    // Act
    stack = await startLocalStack({ dataDir, ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0 } });

    // Assess
    const after = clientFor(stack.urls.dynamodb);
    const { Table } = await after.send(new DescribeTableCommand({ TableName: LOCAL_AWS.tableName }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      tableShape.globalSecondaryIndexes.map((index) => index.indexName).sort(),
    );
    const { Item } = await after.send(
      new GetItemCommand({ TableName: LOCAL_AWS.tableName, Key: { pk: item.pk, sk: item.sk } }),
    );
    expect(Item).toEqual(item);
    after.destroy();
    expect(await readdir(dataDir)).not.toContain('table-rebuild.json');
  });
});
