/** A pass over the whole table, against the local store: every page, each read only when the one before was taken. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingStore } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { scanPages } from './scan.ts';
import { batchPut } from './store.ts';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('scan');
  store.onChange = undefined;
  await batchPut(
    store,
    Array.from({ length: 7 }, (_, i) => ({ pk: 'SCAN-TEST', sk: `item-${i}`, kept: i % 2 === 0, note: 'n' })),
  );
});
afterAll(() => store.drop());

describe('scanning the table', () => {
  it('follows every page to the end, asking for the next only once the caller took this one', async () => {
    const { store: counted, sent } = countingStore(store);
    const pages = scanPages(counted, { Limit: 3 });
    expect(sent).toHaveLength(0);
    const first = await pages.next();
    expect(first.value).toHaveLength(3);
    expect(sent).toHaveLength(1);
    const rest: Record<string, unknown>[] = [];
    for await (const page of pages) rest.push(...page);
    expect([...(first.value as Record<string, unknown>[]), ...rest].map((item) => item.sk).sort()).toEqual(
      Array.from({ length: 7 }, (_, i) => `item-${i}`),
    );
    expect(sent).toHaveLength(3);
    expect(JSON.parse(sent[1]!)).toMatchObject({
      TableName: store.tableName,
      Limit: 3,
      ExclusiveStartKey: { pk: 'SCAN-TEST' },
    });
  });

  it('sends the filter and projection it is given with every page', async () => {
    const found: Record<string, unknown>[] = [];
    for await (const page of scanPages(store, {
      Limit: 2,
      FilterExpression: '#kept = :yes',
      ProjectionExpression: '#sk',
      ExpressionAttributeNames: { '#kept': 'kept', '#sk': 'sk' },
      ExpressionAttributeValues: { ':yes': true },
    }))
      found.push(...page);
    expect(found.map((item) => item.sk).sort()).toEqual(['item-0', 'item-2', 'item-4', 'item-6']);
    expect(found.every((item) => Object.keys(item).join() === 'sk')).toBe(true);
  });
});
