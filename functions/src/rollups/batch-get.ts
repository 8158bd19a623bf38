/** Reads items by key in batches of 100 (strongly consistent when asked), retrying what DynamoDB leaves unprocessed. */
import { BatchGetCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../table/index.ts';
import type { ItemKey } from './guarded-write.ts';

export async function getItems(
  store: Store,
  keys: readonly ItemKey[],
  options: { consistent?: boolean; projection?: string; names?: Record<string, string> } = {},
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  for (let start = 0; start < unique.length; start += 100) {
    let request: BatchGetCommandInput['RequestItems'] = {
      [store.tableName]: {
        Keys: unique.slice(start, start + 100),
        ConsistentRead: options.consistent ?? false,
        ...(options.projection ? { ProjectionExpression: options.projection } : {}),
        ...(options.names ? { ExpressionAttributeNames: options.names } : {}),
      },
    };
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt += 1) {
      if (attempt > 8) throw new Error('DynamoDB kept keys unprocessed after 8 retries');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 20));
      const result = await store.client.send(new BatchGetCommand({ RequestItems: request }));
      found.push(...((result.Responses?.[store.tableName] ?? []) as Record<string, unknown>[]));
      request = result.UnprocessedKeys as BatchGetCommandInput['RequestItems'];
    }
  }
  return found;
}
