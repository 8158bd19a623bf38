/**
 * The audit event's keys, offline: a record's trail in time order, and every change listed
 * by month; and its requests against the local store: recording an event once, a trail, a
 * month's changes, rewriting a trail's images, and the retention rules' reads and writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchPut } from '../table/store.ts';
import { scanPages } from '../table/scan.ts';
import { countingStore } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  auditEventKeys,
  auditTrail,
  auditTrailPartition,
  changesOfMonth,
  deleteIfExpired,
  eraseTrailImages,
  findRetentionDue,
  listChangesOfMonth,
  putAuditEvent,
  rewriteTrailImages,
  type AuditEvent,
} from './audit-entity.ts';

const event = (at: string, version: number, action = 'update', id = 'a-1') =>
  auditEventKeys({ entity: 'activity', id, at, version, action });

describe('audit event keys', () => {
  it('keep one record’s trail in one partition of its own', () => {
    expect(event('2026-05-01T09:00:00.000Z', 1).pk).toBe(auditTrailPartition('activity', 'a-1'));
    expect(event('2026-05-01T09:00:00.000Z', 1, 'update', 'a-2').pk).not.toBe(auditTrailPartition('activity', 'a-1'));
    expect(auditTrailPartition('loop', 'a-1')).not.toBe(auditTrailPartition('activity', 'a-1'));
  });

  it('sort a trail by time, and by version within the same time, version 10 after version 9', () => {
    const at = '2026-05-01T09:00:00.000Z';
    const inOrder = [
      event('2026-04-30T23:59:59.999Z', 12),
      event(at, 9),
      event(at, 10),
      event(at, 100_000),
      event('2026-05-01T09:00:00.001Z', 2),
    ].map((k) => k.sk);
    expect([...inOrder].reverse().sort()).toEqual(inOrder);
  });

  it('record a create and a delete of the same version as two events', () => {
    const at = '2026-05-01T09:00:00.000Z';
    expect(event(at, 1, 'create').sk).not.toBe(event(at, 1, 'delete').sk);
  });

  it('list every change in the partition of its month, in time order', () => {
    const may = event('2026-05-31T23:59:59.999Z', 1);
    const june = event('2026-06-01T00:00:00.000Z', 1);
    expect(may.gsi1pk).toBe(changesOfMonth('2026-05'));
    expect(june.gsi1pk).toBe(changesOfMonth('2026-06'));
    const sameMonth = [
      event('2026-05-02T00:00:00.000Z', 1, 'create', 'z'),
      event('2026-05-03T00:00:00.000Z', 1, 'create', 'a'),
    ];
    expect(sameMonth.map((k) => k.gsi1sk).sort()).toEqual(sameMonth.map((k) => k.gsi1sk));
    // An export from a time reads `gsi1sk >= <time>`: everything at or after it, nothing before.
    expect(may.gsi1sk! >= '2026-05-31T23:59:59.999Z').toBe(true);
    expect(event('2026-05-31T23:59:59.998Z', 1).gsi1sk! >= '2026-05-31T23:59:59.999Z').toBe(false);
  });
});

describe('the audit event requests', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('audit-entity');
    store.onChange = undefined;
  });
  afterAll(() => store.drop());

  const change = (recordId: string, at: string, version: number, action: AuditEvent['action'], youSaid?: string) =>
    ({
      entity: 'loop',
      recordId,
      action,
      at,
      by: 'user:editor',
      version,
      ...(youSaid === undefined ? {} : { after: { youSaid }, ...(action === 'create' ? {} : { before: { youSaid } }) }),
    }) satisfies AuditEvent;

  /** Every item of the table, as stored. */
  async function everyItem(): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for await (const page of scanPages(store, {})) items.push(...page);
    return items;
  }

  it('record an event once: the same record’s event of that version and action again leaves the first', async () => {
    const first = change('l-once', '2026-05-01T09:00:00.000Z', 1, 'create', 'First');
    expect(await putAuditEvent(store, first)).toBe(true);
    expect(await putAuditEvent(store, { ...first, after: { youSaid: 'Again' } })).toBe(false);
    expect(await auditTrail(store, 'loop', 'l-once')).toEqual([first]);
    const stored = (await everyItem()).find((item) => item.pk === auditTrailPartition('loop', 'l-once'));
    expect(stored).toEqual({
      ...first,
      ...auditEventKeys({ ...first, id: first.recordId }),
      entity: 'audit-event',
      recordEntity: 'loop',
    });
  });

  it('passes on any failure other than the event being recorded already', async () => {
    const missing = { ...store, tableName: `${store.tableName}-missing` };
    await expect(putAuditEvent(missing, change('l-x', '2026-05-01T09:00:00.000Z', 1, 'create'))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('read a record’s trail oldest first, and a month’s changes from a time on', async () => {
    const events = [
      change('l-trail', '2026-05-03T10:00:00.000Z', 2, 'update', 'Second'),
      change('l-trail', '2026-04-30T10:00:00.000Z', 1, 'create', 'First'),
      change('l-trail', '2026-05-04T10:00:00.000Z', 2, 'delete'),
    ];
    for (const event of events) await putAuditEvent(store, event);
    expect(await auditTrail(store, 'loop', 'l-trail')).toEqual([events[1], events[0], events[2]]);
    expect(await auditTrail(store, 'loop', 'l-never')).toEqual([]);
    const may = await listChangesOfMonth(store, '2026-05', '2026-05-03T10:00:00.000Z');
    expect(may.filter((e) => e.recordId === 'l-trail')).toEqual([events[0], events[2]]);
    expect((await listChangesOfMonth(store, '2026-04', '2026-04-01T00:00:00.000Z')).map((e) => e.recordId)).toEqual([
      'l-trail',
    ]);
  });

  it('rewrite the images of a trail, putting back only the events whose images changed', async () => {
    const events = [
      change('l-rewrite', '2026-05-01T10:00:00.000Z', 1, 'create', 'Tom was left out'),
      change('l-rewrite', '2026-05-02T10:00:00.000Z', 2, 'update', 'Evening sessions'),
    ];
    for (const event of events) await putAuditEvent(store, event);
    const { store: counted, sent } = countingStore(store);
    const changed = await rewriteTrailImages(counted, 'loop', 'l-rewrite', (image) =>
      String(image.youSaid).includes('Tom') ? { youSaid: 'A child was left out' } : undefined,
    );
    expect(changed).toBe(1);
    expect(sent.filter((input) => input.includes('"Item"'))).toHaveLength(1);
    const trail = await auditTrail(store, 'loop', 'l-rewrite');
    expect(trail[0]).toEqual({ ...events[0], after: { youSaid: 'A child was left out' } });
    expect(trail[1]).toEqual(events[1]);
  });

  it('find the deletions old enough to erase and the items past their time to live, and erase and remove them', async () => {
    const now = new Date('2026-07-01T00:00:00.000Z');
    const seconds = Math.floor(now.getTime() / 1000);
    const trail = [
      change('l-erase', '2026-05-01T10:00:00.000Z', 1, 'create', 'Tom'),
      change('l-erase', '2026-05-02T10:00:00.000Z', 2, 'update', 'Tom again'),
      { ...change('l-erase', '2026-05-03T10:00:00.000Z', 2, 'delete'), before: { youSaid: 'Tom again' } },
      // Created again after the deletion: its new trail stays whole.
      change('l-erase', '2026-05-05T10:00:00.000Z', 1, 'create', 'Second life'),
      // Deleted too recently to erase.
      { ...change('l-recent', '2026-06-20T10:00:00.000Z', 1, 'delete'), before: { youSaid: 'Recent' } },
    ];
    for (const event of trail) await putAuditEvent(store, event);
    await batchPut(store, [
      { pk: 'TTL-TEST', sk: 'past', expiration: seconds - 1 },
      { pk: 'TTL-TEST', sk: 'future', expiration: seconds + 60 },
    ]);
    const due = await findRetentionDue(store, '2026-06-01T00:00:00.000Z', now);
    const deletion = auditEventKeys({ entity: 'loop', id: 'l-erase', at: trail[2]!.at, version: 2, action: 'delete' });
    expect(due.deletions).toEqual([{ pk: deletion.pk, sk: deletion.sk, at: trail[2]!.at }]);
    expect(due.expired).toEqual([{ pk: 'TTL-TEST', sk: 'past' }]);

    expect(await eraseTrailImages(store, due.deletions[0]!, now)).toBe(3);
    const after = await auditTrail(store, 'loop', 'l-erase');
    expect(after.map((e) => [e.action, e.before, e.after, e.imagesRemovedAt])).toEqual([
      ['create', undefined, undefined, now.toISOString()],
      ['update', undefined, undefined, now.toISOString()],
      ['delete', undefined, undefined, now.toISOString()],
      ['create', undefined, { youSaid: 'Second life' }, undefined],
    ]);
    expect((await findRetentionDue(store, '2026-06-01T00:00:00.000Z', now)).deletions).toEqual([]);

    await deleteIfExpired(store, { pk: 'TTL-TEST', sk: 'past' }, now);
    // An item whose time to live is still ahead (written again since a pass found it) stays.
    await deleteIfExpired(store, { pk: 'TTL-TEST', sk: 'future' }, now);
    const left = (await everyItem()).filter((item) => item.pk === 'TTL-TEST').map((item) => item.sk);
    expect(left).toEqual(['future']);
  });
});
