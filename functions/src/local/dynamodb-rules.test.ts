import { BatchWriteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, ensureTable } from '../table/index.ts';
import { startDynalite, type RunningStore } from './dynalite.ts';

// Its own dynalite, so the test shows what startDynalite itself does, whatever DYNAMODB_ENDPOINT is.
let running: RunningStore;
let client: ReturnType<typeof createDocumentClient>;
const TableName = 'rules';
const item = { pk: 'A', sk: 'B', gsi1pk: 'G', gsi1sk: 'S', text: '' };

beforeAll(async () => {
  running = await startDynalite();
  client = createDocumentClient({ tableName: TableName, region: 'eu-west-2', endpoint: running.endpoint });
  await ensureTable(client, TableName);
});
afterAll(() => running.close());

const emptyKey = /The AttributeValue for a key attribute cannot contain an empty string value/;

describe('the local store refuses what DynamoDB refuses', () => {
  it('refuses an empty string as a key condition value, and still answers a valid query', async () => {
    await client.send(new PutCommand({ TableName, Item: item }));
    const query = (from: string) =>
      client.send(
        new QueryCommand({
          TableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': 'G', ':from': from, ':to': 'Z' },
        }),
      );
    await expect(query('')).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(emptyKey),
    });
    expect((await query('A')).Items).toEqual([item]);
  });

  it('refuses an item or an update that leaves an index key empty, and stores an empty non-key attribute', async () => {
    await expect(client.send(new PutCommand({ TableName, Item: { ...item, gsi1sk: '' } }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringMatching(/IndexName: gsi1, IndexKey: gsi1sk/),
    });
    await expect(
      client.send(
        new BatchWriteCommand({ RequestItems: { [TableName]: [{ PutRequest: { Item: { ...item, gsi2pk: '' } } }] } }),
      ),
    ).rejects.toMatchObject({ message: expect.stringMatching(/IndexName: gsi2, IndexKey: gsi2pk/) });
    await expect(
      client.send(
        new UpdateCommand({
          TableName,
          Key: { pk: 'A', sk: 'B' },
          UpdateExpression: 'SET #k = :v',
          ExpressionAttributeNames: { '#k': 'gsi1pk' },
          ExpressionAttributeValues: { ':v': '' },
        }),
      ),
    ).rejects.toMatchObject({ message: expect.stringMatching(/IndexName: gsi1, IndexKey: gsi1pk/) });
    // DynamoDB stores empty strings in attributes that are no key, and so does the local store.
    await expect(client.send(new PutCommand({ TableName, Item: { ...item, sk: 'C' } }))).resolves.toBeDefined();
  });
});
