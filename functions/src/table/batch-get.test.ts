/**
 * Reading items by key in batches, against the local store: batches of 100, each key once,
 * the projection and consistency asked for, and keys DynamoDB leaves unprocessed asked for
 * again (DynamoDB's answer is altered on its way back, as it does under load).
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { countingStore } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { getItems } from './batch-get.ts';
import { batchPut, type Store } from './store.ts';

let store: TestStore;
const key = (i: number) => ({ pk: 'BATCH-TEST', sk: `item-${String(i).padStart(3, '0')}` });
beforeAll(async () => {
  store = await createTestStore('batch-get');
  store.onChange = undefined;
  await batchPut(
    store,
    Array.from({ length: 130 }, (_, i) => ({ ...key(i), body: `body ${i}`, other: 'not asked for' })),
  );
});
afterAll(() => store.drop());
afterEach(() => {
  vi.useRealTimers();
});

interface BatchGetInput {
  RequestItems: Record<string, { Keys: { pk: string; sk: string }[] }>;
}

/**
 * The store, its BatchGet answers altered: `hold` picks the keys of each request DynamoDB
 * leaves unprocessed (they are not sent, and come back as `UnprocessedKeys`).
 */
function leavingUnprocessed(hold: (keys: { pk: string; sk: string }[], call: number) => number): {
  store: Store;
  requested: number[];
} {
  const requested: number[] = [];
  const send = async (command: { input: BatchGetInput }) => {
    const request = command.input.RequestItems[store.tableName]!;
    const held = hold(request.Keys, requested.length);
    requested.push(request.Keys.length);
    const sent = request.Keys.slice(0, request.Keys.length - held);
    const answer =
      sent.length === 0
        ? { Responses: { [store.tableName]: [] } }
        : await store.client.send(
            new BatchGetCommand({ RequestItems: { [store.tableName]: { ...request, Keys: sent } } }),
          );
    const unprocessed = request.Keys.slice(sent.length);
    return {
      ...answer,
      UnprocessedKeys: unprocessed.length > 0 ? { [store.tableName]: { ...request, Keys: unprocessed } } : {},
    };
  };
  return { store: { ...store, client: { send } as unknown as Store['client'] }, requested };
}

describe('reading items by key', () => {
  it('reads each key once, in batches of 100, leaving out the keys with no item', async () => {
    const { store: counted, sent } = countingStore(store);
    const keys = [...Array.from({ length: 130 }, (_, i) => key(i)), key(5), key(129), key(999)];
    const items = await getItems(counted, keys);
    expect(items.map((item) => item.sk).sort()).toEqual(Array.from({ length: 130 }, (_, i) => key(i).sk));
    const batches = sent.map((input) => (JSON.parse(input) as BatchGetInput).RequestItems[store.tableName]!.Keys);
    expect(batches.map((keys) => keys.length)).toEqual([100, 31]);
    expect(new Set(batches.flat().map((k) => k.sk)).size).toBe(131);
  });

  it('reads eventually consistent unless asked, and only the attributes asked for', async () => {
    const { store: counted, sent } = countingStore(store);
    const [whole] = await getItems(counted, [key(1)]);
    expect(whole).toEqual({ ...key(1), body: 'body 1', other: 'not asked for' });
    const [projected] = await getItems(counted, [key(1)], {
      consistent: true,
      projection: '#sk, #body',
      names: { '#sk': 'sk', '#body': 'body' },
    });
    expect(projected).toEqual({ sk: key(1).sk, body: 'body 1' });
    expect(sent.map((input) => JSON.parse(input) as BatchGetInput)).toEqual([
      { RequestItems: { [store.tableName]: { Keys: [key(1)], ConsistentRead: false } } },
      {
        RequestItems: {
          [store.tableName]: {
            Keys: [key(1)],
            ConsistentRead: true,
            ProjectionExpression: '#sk, #body',
            ExpressionAttributeNames: { '#sk': 'sk', '#body': 'body' },
          },
        },
      },
    ]);
  });

  it('asks again for the keys DynamoDB left unprocessed, with the same projection, until it has them all', async () => {
    // DynamoDB processes at least one key of a request: here only one the first two times.
    const faulty = leavingUnprocessed((keys, call) => (call < 2 ? keys.length - 1 : 0));
    const items = await getItems(faulty.store, [key(1), key(2), key(3), key(4)], {
      projection: '#sk',
      names: { '#sk': 'sk' },
    });
    expect(items.map((item) => item.sk).sort()).toEqual([key(1), key(2), key(3), key(4)].map(({ sk }) => sk));
    expect(items.every((item) => Object.keys(item).join() === 'sk')).toBe(true);
    expect(faulty.requested).toEqual([4, 3, 2]);
  });

  it('fails once DynamoDB has left keys unprocessed through 8 retries, waiting twice as long before each', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const faulty = leavingUnprocessed((keys) => keys.length);
    const read = getItems(faulty.store, [key(1)]);
    const failure = expect(read).rejects.toThrow('DynamoDB kept keys unprocessed after 8 retries');
    await vi.advanceTimersByTimeAsync(0);
    expect(faulty.requested).toHaveLength(1);
    for (let retry = 1; retry <= 8; retry += 1) {
      // 40 ms before the first retry, 80 before the second, ... 5.12 s before the eighth.
      await vi.advanceTimersByTimeAsync(2 ** retry * 20 - 1);
      expect(faulty.requested).toHaveLength(retry);
      await vi.advanceTimersByTimeAsync(1);
      expect(faulty.requested).toHaveLength(retry + 1);
    }
    await failure;
  });
});
