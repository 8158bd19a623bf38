/** A table of the test's own on the run's DynamoDB endpoint, so no test depends on another's data. */
import { randomBytes } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { deliverChanges } from '../changes/deliver-changes.ts';
import { createDocumentClient, ensureTable, type Store } from '../table/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by test/support/dynamodb-global-setup.ts. */
    dynamodbEndpoint: string;
  }
}

export interface TestStore extends Store {
  endpoint: string;
  drop(): Promise<void>;
}

export async function createTestStore(label = 'test'): Promise<TestStore> {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `ep-${label}-${randomBytes(6).toString('hex')}`;
  const client = createDocumentClient({ tableName, region: process.env.AWS_REGION ?? 'eu-west-2', endpoint });
  await ensureTable(client, tableName);
  const store: TestStore = {
    client,
    tableName,
    endpoint,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
  // Changes are delivered in-process after each write, as the local server does.
  store.onChange = deliverChanges(store);
  return store;
}

/** Every item in the store's table, each as sorted JSON: compare two to show a refusal wrote nothing anywhere. */
export async function everyItem(store: Store): Promise<string[]> {
  const { Items = [] } = await store.client.send(new ScanCommand({ TableName: store.tableName, ConsistentRead: true }));
  return Items.map((item) => JSON.stringify(item, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v))).sort();
}
