/**
 * The standing's keys, offline: every signatory's in one partition; and its requests
 * against the local store: one standing, every standing in one query, the guarded writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatoryIdOf } from '../signatories/signatory-entity.ts';
import { countingStore } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  claimStandingGeneration,
  getStandingItem,
  listStandingItems,
  standingKeys,
  standingPartition,
  writeStandingIfLatest,
} from './standing-entity.ts';

describe('standing keys', () => {
  it('keep every signatory’s standing in one partition', () => {
    const standings = ['sig-a', 'sig-b'].map((signatoryId) => standingKeys({ signatoryId }));
    expect(new Set(standings.map((k) => k.pk))).toEqual(new Set([standingPartition]));
    expect(standings.map((k) => signatoryIdOf(k.sk))).toEqual(['sig-a', 'sig-b']);
  });
});

describe('the standing requests', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('standing-entity');
    store.onChange = undefined;
    for (const signatoryId of ['sig-b', 'sig-a']) {
      const generation = await claimStandingGeneration(store, signatoryId);
      await writeStandingIfLatest(store, signatoryId, generation, {
        entity: 'standing',
        signatoryId,
        body: `standing of ${signatoryId}`,
        computedAt: '2026-05-01T00:00:00.000Z',
      });
    }
  });
  afterAll(() => store.drop());

  it('read one signatory’s standing, its figures only, and nothing for a signatory without one', async () => {
    expect(await getStandingItem(store, 'sig-a')).toEqual({ body: 'standing of sig-a' });
    expect(await getStandingItem(store, 'sig-none')).toBeUndefined();
  });

  it('list every standing by signatory id in one query, each with its sort key and figures only', async () => {
    const { store: counted, sent } = countingStore(store);
    const standings = await listStandingItems(counted);
    expect([...standings.keys()]).toEqual(['sig-a', 'sig-b']);
    expect(standings.get('sig-b')).toEqual({
      sk: standingKeys({ signatoryId: 'sig-b' }).sk,
      body: 'standing of sig-b',
    });
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).not.toHaveProperty('ConsistentRead');
  });

  it('write only under the latest generation claimed', async () => {
    const earlier = await claimStandingGeneration(store, 'sig-c');
    const later = await claimStandingGeneration(store, 'sig-c');
    expect(later).toBe(earlier + 1);
    expect(await writeStandingIfLatest(store, 'sig-c', later, { body: 'later' })).toEqual({
      written: true,
      previous: { ...standingKeys({ signatoryId: 'sig-c' }), requested: 2 },
    });
    expect((await writeStandingIfLatest(store, 'sig-c', earlier, { body: 'earlier' })).written).toBe(false);
    expect(await getStandingItem(store, 'sig-c')).toEqual({ body: 'later' });
  });
});
