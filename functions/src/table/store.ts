/** The store handle every repository function takes: a client and the table it works in. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ChangeListener } from './changes.ts';
import { BatchWriteCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

export interface Store {
  client: DynamoDBDocumentClient;
  tableName: string;
  /**
   * Called after every successful write with what changed. Set locally (in-process
   * delivery); unset in AWS, where the table's stream delivers changes instead.
   */
  onChange?: ChangeListener;
  /**
   * Reads this process keeps where a rule allows it, kept on the store so every copy of the
   * code that shares it shares them: the activity a families' feedback answer is checked
   * against (../feedback/answer-activity.ts) and the overview rows of each span, with the
   * version they were read at (../rollups/read-rollups.ts). Made on first use.
   */
  kept?: Map<string, unknown>;
}

/** Writes items in batches of 25, retrying anything DynamoDB leaves unprocessed. */
export async function batchPut(store: Store, items: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += 25) {
    let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 8) throw new Error('DynamoDB kept items unprocessed after 8 retries');
      const result = await store.client.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: requests } }));
      requests = (result.UnprocessedItems?.[store.tableName] ?? []) as typeof requests;
      if (requests.length > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 20));
    }
  }
}

/** Runs a query to the end, following every page. */
export async function queryAll<T>(store: Store, input: Omit<QueryCommandInput, 'TableName'>): Promise<T[]> {
  const items: T[] = [];
  let ExclusiveStartKey: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await store.client.send(new QueryCommand({ ...input, TableName: store.tableName, ExclusiveStartKey }));
    items.push(...((page.Items ?? []) as T[]));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
