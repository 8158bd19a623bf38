import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackLoop } from '@equal-partners/shared';
import { auditTrail } from './audit-events.ts';
import { createRecord, deleteRecord, updateRecord, type RecordKind } from '../table/index.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { applyRetention, deletedRecordImageDays } from './retention.ts';
import { loopKind } from '../loops/loop-entity.ts';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('retention');
});
afterAll(() => store.drop());

const loops = loopKind as RecordKind<
  Omit<FeedbackLoop, 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'version'>
>;
const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9));
const loop = (id: string, youSaid: string) => ({
  id,
  signatoryId: 'riverside-school',
  activityIds: [],
  raisedOn: '2025-12-20',
  youSaid,
  weDid: '',
  status: 'open' as const,
  principles: [],
  consentToPublish: false,
});

/** Every item in the table, as text, to look for what it still holds. */
async function tableText(): Promise<string> {
  const { Items = [] } = await store.client.send(new ScanCommand({ TableName: store.tableName }));
  return JSON.stringify(Items);
}

describe('retention of what deleted records held', () => {
  it('keeps a deleted record’s content in its audit trail for 30 days, then keeps only who did what and when', async () => {
    await createRecord(store, loops, loop('loop-erase', 'Tom Baker, aged 9, was left out'), 'user:editor', day(0));
    await updateRecord(
      store,
      loops,
      'loop-erase',
      { ...loop('loop-erase', 'Tom Baker was left out'), weDid: 'Asked Tom' },
      1,
      'user:editor',
      day(1),
    );
    await deleteRecord(store, loops, 'loop-erase', 2, 'user:editor', day(2));
    await createRecord(store, loops, loop('loop-kept', 'Evening sessions please'), 'user:editor', day(2));

    expect(deletedRecordImageDays).toBe(30);
    const early = await applyRetention(store, day(2 + 29));
    expect(early.imagesRemoved).toBe(0);
    expect(await tableText()).toContain('Tom Baker');

    const report = await applyRetention(store, day(2 + 31));
    expect(report).toMatchObject({ recordsErased: 1, imagesRemoved: 3 });
    expect(await tableText()).not.toContain('Tom');
    const trail = await auditTrail(store, 'loop', 'loop-erase');
    expect(trail.map(({ action, by, version, at }) => ({ action, by, version, at }))).toEqual([
      { action: 'create', by: 'user:editor', version: 1, at: day(0).toISOString() },
      { action: 'update', by: 'user:editor', version: 2, at: day(1).toISOString() },
      { action: 'delete', by: 'user:editor', version: 2, at: day(2).toISOString() },
    ]);
    for (const event of trail) {
      expect(event.before).toBeUndefined();
      expect(event.after).toBeUndefined();
      expect(event.imagesRemovedAt).toBe(day(2 + 31).toISOString());
    }
    // A record that still exists keeps its trail whole.
    expect((await auditTrail(store, 'loop', 'loop-kept'))[0]?.after).toMatchObject({
      youSaid: 'Evening sessions please',
    });
    // Nothing is left to do a second time.
    expect(await applyRetention(store, day(2 + 32))).toMatchObject({ recordsErased: 0, imagesRemoved: 0 });
  });

  it('leaves the trail of a record created again with the same id after its deletion', async () => {
    await createRecord(store, loops, loop('loop-again', 'First life'), 'user:editor', day(0));
    await deleteRecord(store, loops, 'loop-again', 1, 'user:editor', day(1));
    await createRecord(store, loops, loop('loop-again', 'Second life'), 'user:editor', day(5));
    await applyRetention(store, day(40));
    const trail = await auditTrail(store, 'loop', 'loop-again');
    expect(trail.map((e) => [e.action, e.before?.youSaid ?? e.after?.youSaid])).toEqual([
      ['create', undefined],
      ['delete', undefined],
      ['create', 'Second life'],
    ]);
  });

  it('removes the items whose time to live has passed, as DynamoDB’s TTL would (dynalite has none)', async () => {
    const now = day(60);
    const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
    for (const [sk, expiration] of [
      ['past', seconds(now) - 1],
      ['future', seconds(now) + 3600],
    ] as const) {
      await store.client.send(new PutCommand({ TableName: store.tableName, Item: { pk: 'TTL-TEST', sk, expiration } }));
    }
    const report = await applyRetention(store, now);
    expect(report.expiredRemoved).toBeGreaterThanOrEqual(1);
    const text = await tableText();
    expect(text).toContain('"sk":"future"');
    expect(text).not.toContain('"sk":"past"');
  });
});
