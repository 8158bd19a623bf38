import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopKeys, loopList } from '../loops/loop-entity.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { listRecords } from './lists.ts';

let store: TestStore;
/** The key condition values of every query the store sent, as DynamoDB receives them. */
const sent: Record<string, unknown>[] = [];

beforeAll(async () => {
  store = await createTestStore('lists');
  store.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') {
        sent.push((args.input as { ExpressionAttributeValues: Record<string, unknown> }).ExpressionAttributeValues);
      }
      return next(args);
    },
    { step: 'initialize', name: 'recordQueries' },
  );
  for (const date of ['2026-01-10', '2026-02-10', '2026-03-10']) {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...loopKeys({ id: date, signatoryId: 'sig-a', raisedOn: date }), id: date },
      }),
    );
  }
});
afterAll(() => store.drop());

const list = (range: { from?: string; to?: string }) =>
  listRecords<{ id: string }>(store, { index: 'gsi2', partition: loopList, limit: 10, ...range }).then((page) =>
    page.items.map((item) => item.id),
  );

describe('list date ranges', () => {
  it('lists up to a last date with no first date, as the overdue lists do', async () => {
    expect(await list({ to: '2026-02-10' })).toEqual(['2026-01-10', '2026-02-10']);
  });

  it('lists from a first date with no last date', async () => {
    expect(await list({ from: '2026-02-10' })).toEqual(['2026-02-10', '2026-03-10']);
  });

  it('lists between two dates, both included, and nothing for a range that ends before it starts', async () => {
    expect(await list({ from: '2026-02-01', to: '2026-03-10' })).toEqual(['2026-02-10', '2026-03-10']);
    expect(await list({ from: '2026-03-01', to: '2026-02-01' })).toEqual([]);
  });

  it('lists everything with neither, or an empty first date', async () => {
    expect(await list({})).toEqual(['2026-01-10', '2026-02-10', '2026-03-10']);
    expect(await list({ from: '', to: '2026-01-31' })).toEqual(['2026-01-10']);
  });

  it('never sends an empty string as a key condition value, which DynamoDB refuses', () => {
    expect(sent.length).toBeGreaterThan(0);
    for (const values of sent) expect(Object.values(values)).not.toContain('');
  });
});
