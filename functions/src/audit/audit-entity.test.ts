/** The audit event's keys, offline: a record's trail in time order, and every change listed by month. */
import { describe, expect, it } from 'vitest';
import { auditEventKeys, auditTrailPartition, changesOfMonth } from './audit-entity.ts';

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
