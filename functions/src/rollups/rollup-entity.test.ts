/**
 * The rollup and segment keys, offline: a month in one partition, read back to its month;
 * and the rollup's requests against the local store: batched reads by month, a month of
 * every signatory in one query, the guarded writes, and the reconcile's pass over the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemKeys } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { signatoryIdOf } from '../signatories/signatory-entity.ts';
import { activityItem } from '../activities/activity-entity.ts';
import { countingStore } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  claimRollupGeneration,
  getRollupsByMonth,
  listSignatoryRollupsOfMonth,
  monthOfPartition,
  monthPartition,
  partnershipRollupKeys,
  rollupSegmentKeys,
  scanRollupSources,
  signatoryRollupKeys,
  signatoryRollupPrefix,
  writeRollupIfLatest,
  writeRollupSegmentsIfLatest,
} from './rollup-entity.ts';

describe('rollup keys', () => {
  it('give back the month of the partition they build', () => {
    for (const month of ['2026-01', '2025-12', '1999-07']) expect(monthOfPartition(monthPartition(month))).toBe(month);
  });

  it('keep every rollup of a month, the signatories’ and the partnership’s, in one partition', () => {
    const month = '2026-04';
    const keys = [
      signatoryRollupKeys({ signatoryId: 'sig-a', month }),
      signatoryRollupKeys({ signatoryId: 'sig-b', month }),
      partnershipRollupKeys({ month }),
    ];
    expect(new Set(keys.map((k) => k.pk))).toEqual(new Set([monthPartition(month)]));
    expect(new Set(keys.map((k) => k.sk)).size).toBe(3);
    expect(signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-05' }).pk).not.toBe(monthPartition(month));
  });

  it('find the signatories’ rollups of a month by their sort key prefix, not the partnership’s or the segments', () => {
    const month = '2026-04';
    const signatory = signatoryRollupKeys({ signatoryId: 'sig-a', month });
    const partnership = partnershipRollupKeys({ month });
    const startsWithPrefix = (k: { sk: string }) => k.sk.startsWith(signatoryRollupPrefix);
    expect(startsWithPrefix(signatory)).toBe(true);
    expect(signatoryIdOf(signatory.sk)).toBe('sig-a');
    expect(startsWithPrefix(partnership)).toBe(false);
    expect(startsWithPrefix(rollupSegmentKeys(signatory))).toBe(false);
  });

  it('keep a rollup’s segments beside it, in the same partition, apart from it', () => {
    for (const rollup of [
      signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-04' }),
      partnershipRollupKeys({ month: '2026-04' }),
    ]) {
      const segments = rollupSegmentKeys(rollup);
      expect(segments.pk).toBe(rollup.pk);
      expect(segments.sk).not.toBe(rollup.sk);
      expect(segments.sk.endsWith(rollup.sk)).toBe(true);
    }
  });
});

describe('the rollup requests', () => {
  let store: TestStore;

  /** Writes a rollup's figures and segments as a recompute does: claim, then the two guarded writes. */
  async function writeRollup(key: ItemKeys, body: string, segments: string, attributes: Record<string, unknown>) {
    const generation = await claimRollupGeneration(store, key);
    await writeRollupIfLatest(store, key, generation, { ...attributes, body });
    await writeRollupSegmentsIfLatest(store, key, generation, { ...attributes, entity: 'rollup-segments', segments });
  }

  beforeAll(async () => {
    store = await createTestStore('rollup-entity');
    store.onChange = undefined;
    for (const [signatoryId, month] of [
      ['sig-a', '2026-03'],
      ['sig-a', '2026-04'],
      ['sig-b', '2026-04'],
      ['sig-c', '2026-04'],
      ['sig-a', '2026-05'],
    ] as const) {
      await writeRollup(signatoryRollupKeys({ signatoryId, month }), `${signatoryId} ${month}`, `seg ${signatoryId}`, {
        entity: 'rollup',
        scope: 'signatory',
        signatoryId,
        month,
      });
    }
    await writeRollup(partnershipRollupKeys({ month: '2026-04' }), 'all 2026-04', 'seg all', {
      entity: 'rollup',
      scope: 'partnership',
      month: '2026-04',
    });
  });
  afterAll(() => store.drop());

  it('read a signatory’s months by key, figures or segments, each with its keys and its one attribute', async () => {
    const months = ['2026-03', '2026-04', '2026-06'];
    const keys = months.map((month) => signatoryRollupKeys({ signatoryId: 'sig-a', month }));
    const figures = await getRollupsByMonth(store, keys, 'figures');
    expect([...figures.keys()].sort()).toEqual(['2026-03', '2026-04']);
    expect(figures.get('2026-04')).toEqual({
      ...signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-04' }),
      body: 'sig-a 2026-04',
    });
    const segments = await getRollupsByMonth(store, keys, 'segments');
    expect([...segments.keys()].sort()).toEqual(['2026-03', '2026-04']);
    expect(segments.get('2026-03')).toEqual({
      ...rollupSegmentKeys(signatoryRollupKeys({ signatoryId: 'sig-a', month: '2026-03' })),
      segments: 'seg sig-a',
    });
    const partnership = await getRollupsByMonth(store, [partnershipRollupKeys({ month: '2026-04' })], 'figures');
    expect(partnership.get('2026-04')?.body).toBe('all 2026-04');
  });

  it('read by key in one batched, eventually consistent request', async () => {
    const { store: counted, sent } = countingStore(store);
    const keys = ['2026-03', '2026-04'].map((month) => signatoryRollupKeys({ signatoryId: 'sig-a', month }));
    await getRollupsByMonth(counted, keys, 'figures');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!)).toEqual({
      RequestItems: {
        [store.tableName]: {
          Keys: keys,
          ConsistentRead: false,
          ProjectionExpression: '#pk, #sk, #body',
          ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#body': 'body' },
        },
      },
    });
  });

  it('list every signatory’s rollup of a month by signatory id, leaving out the partnership’s', async () => {
    const figures = await listSignatoryRollupsOfMonth(store, '2026-04', 'figures');
    expect([...figures.keys()]).toEqual(['sig-a', 'sig-b', 'sig-c']);
    expect(figures.get('sig-b')).toEqual({
      ...signatoryRollupKeys({ signatoryId: 'sig-b', month: '2026-04' }),
      body: 'sig-b 2026-04',
    });
    const segments = await listSignatoryRollupsOfMonth(store, '2026-04', 'segments');
    expect([...segments.keys()]).toEqual(['sig-a', 'sig-b', 'sig-c']);
    expect(segments.get('sig-c')).toEqual({
      ...rollupSegmentKeys(signatoryRollupKeys({ signatoryId: 'sig-c', month: '2026-04' })),
      segments: 'seg sig-c',
    });
    expect(await listSignatoryRollupsOfMonth(store, '2026-07', 'figures')).toEqual(new Map());
  });

  it('list a month in one query, strongly consistent only when asked', async () => {
    const { store: counted, sent } = countingStore(store);
    await listSignatoryRollupsOfMonth(counted, '2026-04', 'figures');
    await listSignatoryRollupsOfMonth(counted, '2026-04', 'segments', true);
    const [figures, segments] = sent.map((input) => JSON.parse(input) as Record<string, unknown>);
    expect(figures).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeValues: { ':pk': monthPartition('2026-04'), ':prefix': signatoryRollupPrefix },
    });
    expect(figures).not.toHaveProperty('ConsistentRead');
    expect(segments).toMatchObject({ ConsistentRead: true, ProjectionExpression: '#pk, #sk, #segments' });
  });

  it('write only under the latest generation claimed, the segments under their rollup’s', async () => {
    const key = signatoryRollupKeys({ signatoryId: 'sig-d', month: '2026-04' });
    const earlier = await claimRollupGeneration(store, key);
    const later = await claimRollupGeneration(store, key);
    expect(later).toBe(earlier + 1);
    expect((await writeRollupIfLatest(store, key, later, { body: 'later' })).written).toBe(true);
    expect((await writeRollupSegmentsIfLatest(store, key, later, { segments: 'later' })).written).toBe(true);
    expect((await writeRollupIfLatest(store, key, earlier, { body: 'earlier' })).written).toBe(false);
    expect((await writeRollupSegmentsIfLatest(store, key, earlier, { segments: 'earlier' })).written).toBe(false);
    expect((await getRollupsByMonth(store, [key], 'figures')).get('2026-04')?.body).toBe('later');
    expect((await getRollupsByMonth(store, [key], 'segments')).get('2026-04')?.segments).toBe('later');
  });

  it('find every item with only what places it in a bucket, in one pass over the table', async () => {
    const { store: counted, sent } = countingStore(store);
    await batchPut(store, [
      activityItem({
        id: 'scanned',
        signatoryId: 'sig-a',
        date: '2026-04-02',
        title: 'Not read by the pass',
      } as never),
    ]);
    const items: Record<string, unknown>[] = [];
    for await (const item of scanRollupSources(counted)) items.push(item);
    expect(sent).toHaveLength(1);
    expect(items.find((item) => item.entity === 'activity')).toEqual({
      pk: expect.any(String),
      sk: expect.any(String),
      entity: 'activity',
      signatoryId: 'sig-a',
      date: '2026-04-02',
    });
    expect(items).toContainEqual({
      ...partnershipRollupKeys({ month: '2026-04' }),
      entity: 'rollup',
      scope: 'partnership',
      month: '2026-04',
    });
    expect(items).toContainEqual({
      ...rollupSegmentKeys(signatoryRollupKeys({ signatoryId: 'sig-c', month: '2026-04' })),
      entity: 'rollup-segments',
      scope: 'signatory',
      signatoryId: 'sig-c',
      month: '2026-04',
    });
  });
});
