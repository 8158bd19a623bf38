/** Cursor pagination over DynamoDB queries: the cursor is the query's LastEvaluatedKey, opaque to clients. */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { withoutKeys } from './keys.ts';
import type { Store } from './store.ts';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

export class InvalidCursor extends Error {}

export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): Record<string, unknown> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key)) return key as Record<string, unknown>;
  } catch {
    // fall through: any unreadable cursor is reported the same way
  }
  throw new InvalidCursor('The cursor is not one this API issued');
}

/** One page of a query; with a filter a page may hold fewer than `limit` items and still have a next page. */
export async function queryPage<T>(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
  { cursor, limit }: { cursor?: string | undefined; limit: number },
): Promise<Page<T>> {
  const result = await store.client.send(
    new QueryCommand({
      ...input,
      TableName: store.tableName,
      Limit: limit,
      ...(cursor ? { ExclusiveStartKey: decodeCursor(cursor) } : {}),
    }),
  );
  const items = (result.Items ?? []).map((item) => withoutKeys(item) as T);
  return result.LastEvaluatedKey ? { items, nextCursor: encodeCursor(result.LastEvaluatedKey) } : { items };
}
