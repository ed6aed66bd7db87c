/**
 * The table's physical shape: key attributes and global secondary indexes. CDK
 * (infra/constructs/data.ts) and the local stack (CreateTable on dynalite) both build the
 * table from this, so they cannot drift. Access patterns are documented in keys.ts.
 */
export const tableShape = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes expired items (rate-limit windows). Set in CDK only. */
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    // Sparse: only submissions whose follow-up (execution, receipt mail) is pending (ADR 063).
    { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  ],
} as const;
