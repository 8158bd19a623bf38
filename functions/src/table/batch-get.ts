/** Reading items by key in batches: BatchGet, with what DynamoDB leaves unprocessed asked for again. */
import { BatchGetCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store.ts';

export interface BatchGetOptions {
  /** Strongly consistent reads; eventually consistent unless asked. */
  consistent?: boolean;
  /** The attributes to read, as a projection expression over `names`. */
  projection?: string;
  names?: Record<string, string>;
}

/**
 * The items at `keys` (each key once, in batches of 100), in no particular order; a key with
 * no item is left out. Keys DynamoDB leaves unprocessed are asked for again, waiting longer
 * each time, and after 8 retries the read fails.
 */
export async function getItems(
  store: Store,
  keys: readonly { pk: string; sk: string }[],
  options: BatchGetOptions = {},
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
