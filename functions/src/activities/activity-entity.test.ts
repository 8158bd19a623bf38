/** The activity's keys and lists, offline, and its read of one signatory's activities against the local store. */
import type { Activity } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { activityItem, activityKeys, activityKind, listActivitiesOfSignatory } from './activity-entity.ts';

const activity = (id: string, date: string, signatoryId = 'sig-a') => ({ id, signatoryId, date }) as Activity;

describe('activity keys', () => {
  it('list a signatory’s activities, and the partnership’s, in date order whatever their ids', () => {
    const dated = [activity('zz', '2026-04-09'), activity('aa', '2026-04-10'), activity('mm', '2026-04-10')];
    const order = (index: 'gsi1sk' | 'gsi2sk') =>
      [...dated]
        .reverse()
        .map((a) => activityKeys(a)[index]!)
        .sort();
    expect(order('gsi1sk')).toEqual(['2026-04-09#zz', '2026-04-10#aa', '2026-04-10#mm']);
    expect(order('gsi2sk')).toEqual(order('gsi1sk'));
  });

  it('put every signatory’s activities in a list of its own, and the record kind finds them by id', () => {
    expect(activityKeys(activity('x', '2026-04-09', 'sig-a')).gsi1pk).not.toBe(
      activityKeys(activity('x', '2026-04-09', 'sig-b')).gsi1pk,
    );
    expect(activityKind.keyOf('x')).toEqual(primaryKey(activityKeys(activity('x', ''))));
    expect(activityItem(activity('x', '2026-04-09'))).toMatchObject({
      ...activityKeys(activity('x', '2026-04-09')),
      entity: 'activity',
    });
  });
});

describe('the activities of one signatory', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('activity-entity');
    await batchPut(
      store,
      [
        activity('before', '2026-03-31'),
        activity('first-day', '2026-04-01'),
        activity('middle', '2026-04-15'),
        // Ids that sort after most characters: still inside the last day.
        activity('~last-day', '2026-04-30'),
        activity('zzz-last-day', '2026-04-30'),
        activity('after', '2026-05-01'),
        activity('other-signatory', '2026-04-15', 'sig-b'),
      ].map(activityItem),
    );
  });
  afterAll(() => store.drop());

  it('are read from the first day to the whole of the last, both included, in date order, without keys', async () => {
    const found = await listActivitiesOfSignatory(store, 'sig-a', { from: '2026-04-01', to: '2026-04-30' });
    expect(found.map((a) => a.id)).toEqual(['first-day', 'middle', 'zzz-last-day', '~last-day']);
    expect(found[0]).toEqual({ id: 'first-day', signatoryId: 'sig-a', date: '2026-04-01' });
  });

  it('are read for a single day', async () => {
    const found = await listActivitiesOfSignatory(store, 'sig-b', { from: '2026-04-15', to: '2026-04-15' });
    expect(found.map((a) => a.id)).toEqual(['other-signatory']);
  });
});
