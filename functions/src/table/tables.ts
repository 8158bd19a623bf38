/** Table lifecycle: create if missing (local runs and tests), and a health probe. */
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput } from './table-definition.ts';
import type { Store } from './store.ts';

/** Creates the table unless it exists, and waits until it is active. Returns whether it was created. */
export async function ensureTable(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  if ((await tableStatus(client, tableName)) === 'ACTIVE') return false;
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if ((error as Error).name !== 'ResourceInUseException') throw error;
  }
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await tableStatus(client, tableName)) === 'ACTIVE') return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Table ${tableName} did not become active`);
}

/** The table's status, or `MISSING` when it does not exist. */
export async function tableStatus(client: DynamoDBDocumentClient, tableName: string): Promise<string> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus ?? 'UNKNOWN';
  } catch (error) {
    if (error instanceof ResourceNotFoundException || (error as Error).name === 'ResourceNotFoundException') {
      return 'MISSING';
    }
    throw error;
  }
}

/** Whether the store's table answers and is active (the health probe); never throws. */
export function tableIsActive(store: Store): Promise<boolean> {
  return tableStatus(store.client, store.tableName).then(
    (status) => status === 'ACTIVE',
    () => false,
  );
}
