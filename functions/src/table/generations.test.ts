/** Writes guarded by generation, against the local store: a recompute that claimed earlier never overwrites a later one. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { claimGeneration, writeIfLatest } from './generations.ts';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('generations');
  store.onChange = undefined;
});
afterAll(() => store.drop());

const key = (sk: string) => ({ pk: 'GENERATIONS-TEST', sk });

describe('claiming a generation', () => {
  it('counts up from 1, creating the item with nothing but its counter', async () => {
    expect(await claimGeneration(store, key('claims'))).toBe(1);
    expect(await claimGeneration(store, key('claims'))).toBe(2);
    const { previous } = await writeIfLatest(store, key('claims'), 2, { body: 'figures' });
    expect(previous).toEqual({ ...key('claims'), requested: 2 });
  });
});

describe('a guarded write', () => {
  it('orders writes by the generation claimed, whatever order they arrive in', async () => {
    const earlier = await claimGeneration(store, key('order'));
    const later = await claimGeneration(store, key('order'));
    expect(later).toBe(earlier + 1);
    expect(await writeIfLatest(store, key('order'), later, { body: 'later' })).toEqual({
      written: true,
      previous: { ...key('order'), requested: 2 },
    });
    expect(await writeIfLatest(store, key('order'), earlier, { body: 'earlier' })).toEqual({
      written: false,
      previous: undefined,
    });
    // The same generation twice: the second finds it written already.
    expect((await writeIfLatest(store, key('order'), later, { body: 'again' })).written).toBe(false);
    const next = await claimGeneration(store, key('order'));
    const write = await writeIfLatest(store, key('order'), next, { body: 'next', 'odd name': 1 });
    expect(write).toEqual({
      written: true,
      previous: { ...key('order'), requested: 3, computed: later, body: 'later' },
    });
  });

  it('sets each attribute it is given under its own name, and the generation it wrote as `computed`', async () => {
    const generation = await claimGeneration(store, key('attributes'));
    await writeIfLatest(store, key('attributes'), generation, { body: 'b', 'with space': 's' });
    const next = await claimGeneration(store, key('attributes'));
    const { previous } = await writeIfLatest(store, key('attributes'), next, {});
    expect(previous).toMatchObject({ body: 'b', 'with space': 's', computed: generation, requested: 2 });
  });

  it('passes on any failure other than a later generation', async () => {
    const missing = { ...store, tableName: `${store.tableName}-missing` };
    await expect(writeIfLatest(missing, key('missing'), 1, { body: 'x' })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
