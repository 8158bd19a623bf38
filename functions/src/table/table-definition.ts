/**
 * The one DynamoDB table's key schema and indexes, defined once: the CDK stack
 * and local table creation both read it, so the two can never disagree.
 * The access patterns each key serves are listed in docs/data-model.md.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** Overloaded global secondary indexes: each entity decides what its gsi keys hold. */
export const globalIndexes = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
] as const;

/** The attribute DynamoDB's TTL expires items by (idempotency records, web sessions, token revocations), in epoch seconds. */
export const timeToLiveAttribute = 'expiration';

/** The request that creates the table on a DynamoDB-compatible endpoint. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [
    tableKeys.partitionKey,
    tableKeys.sortKey,
    ...globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
