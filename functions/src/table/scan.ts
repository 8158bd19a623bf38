/**
 * A pass over the whole table, page by page: only the nightly jobs (reconcile and the
 * retention rules) and the backup's export and restore (run by an operator) read every
 * item, so only the jobs function is granted `Scan`.
 */
import { ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store.ts';

/**
 * Scans the table to its end, yielding the items of each page as it arrives; the next page
 * is read only once the caller has taken this one, so a pass never holds the whole table.
 */
export async function* scanPages(
  store: Store,
  input: Omit<ScanCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): AsyncGenerator<Record<string, unknown>[]> {
  let ExclusiveStartKey: ScanCommandInput['ExclusiveStartKey'];
  do {
    const page = await store.client.send(new ScanCommand({ ...input, TableName: store.tableName, ExclusiveStartKey }));
    yield page.Items ?? [];
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}

/** Whether the table holds nothing at all (a restore goes into an empty table only). */
export async function tableIsEmpty(store: Store): Promise<boolean> {
  const page = await store.client.send(new ScanCommand({ TableName: store.tableName, Limit: 1 }));
  return (page.Items ?? []).length === 0;
}
