/**
 * The audit queries called directly, with no HTTP: a record's trail and the changes
 * since a time, for board admins only. The routes' own behaviour is tested over HTTP in
 * ./audit-routes.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { council, demoToday, newActivity } from '../testing/api-fixture.ts';
import { callers, countingStore, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { readAuditTrail, readChanges } from './audit-queries.ts';

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
/** Writes are stamped a minute apart from here on, after the demo partnership was loaded. */
const start = new Date('2026-05-20T09:00:00Z');
let clock = start.getTime();
beforeAll(async () => {
  store = await createTestStore('audit-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => new Date((clock += 60_000)) };
  await activityQueries.create(deps, callers.councilEditor, { body: newActivity('qaudit-1') });
  await activityQueries.replace(deps, callers.councilEditor, {
    id: 'qaudit-1',
    body: newActivity('qaudit-1', council, { title: 'Renamed drop-in' }),
    expectedVersion: 1,
  });
});
afterAll(() => store.drop());

describe('a record’s trail', () => {
  it('is every change, oldest first, with who made it and the record before and after', async () => {
    const { items } = await readAuditTrail(deps, callers.admin, { entity: 'activity', id: 'qaudit-1' });
    expect(items.map((e) => [e.action, e.by, e.version])).toEqual([
      ['create', 'user:demo-council-editor', 1],
      ['update', 'user:demo-council-editor', 2],
    ]);
    expect(items[1]).toMatchObject({
      before: { title: 'Parent drop-in at the library' },
      after: { title: 'Renamed drop-in' },
    });
    expect(await readAuditTrail(deps, callers.admin, { entity: 'activity', id: 'qaudit-none' })).toEqual({ items: [] });
  });

  it('is for board admins only, refused before the store is read', async () => {
    const { store: counted, sent } = countingStore(store);
    for (const [caller, status] of [
      ['councilEditor', 403],
      ['councilKey', 403],
      ['commissioner', 403],
      ['reviewer', 403],
      ['public', 401],
    ] as const) {
      const input = { entity: 'activity', id: 'qaudit-1' } as const;
      expect(await problemOf(readAuditTrail({ store: counted }, callers[caller], input))).toMatchObject({ status });
    }
    expect(sent).toEqual([]);
  });

  it('refuses a kind of record that has no trail', async () => {
    const input = { entity: 'rollup', id: 'qaudit-1' };
    expect(await problemOf(readAuditTrail(deps, callers.admin, input as never))).toMatchObject({
      status: 400,
      type: '/api/problems/validation',
      errors: [{ pointer: '/entity' }],
    });
  });
});

describe('the changes since a time', () => {
  it('are every change from then until now, oldest first', async () => {
    const { items } = await readChanges(deps, callers.admin, { since: start.toISOString() });
    expect(items.filter((e) => e.recordId === 'qaudit-1').map((e) => e.action)).toEqual(['create', 'update']);
    expect(items.every((e) => e.at >= start.toISOString())).toBe(true);
    const update = items.find((e) => e.recordId === 'qaudit-1' && e.action === 'update')!;
    const later = await readChanges(deps, callers.admin, { since: update.at });
    expect(later.items.filter((e) => e.recordId === 'qaudit-1').map((e) => e.action)).toEqual(['update']);
  });

  it('are for board admins only, and need an ISO 8601 UTC timestamp', async () => {
    const { store: counted, sent } = countingStore(store);
    const since = start.toISOString();
    expect(await problemOf(readChanges({ ...deps, store: counted }, callers.councilEditor, { since }))).toMatchObject({
      status: 403,
    });
    expect(await problemOf(readChanges({ ...deps, store: counted }, callers.public, { since }))).toMatchObject({
      status: 401,
    });
    expect(sent).toEqual([]);
    for (const since of ['yesterday', '2026-05-01']) {
      expect(await problemOf(readChanges(deps, callers.admin, { since }))).toMatchObject({
        status: 400,
        errors: [{ pointer: '/since' }],
      });
    }
  });
});
