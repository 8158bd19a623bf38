/**
 * Activities' own rules, called as their queries with no HTTP: the list's filters (a
 * signatory, dates, a channel), who may read and write which organisation's activities,
 * and what an activity must refer to. The rules every record shares are tested in
 * ../records/record-queries.test.ts; the routes over HTTP in ../records/collect.test.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { council, demoToday, newActivity } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { activityQueries } from './activity-queries.ts';

/** A signatory of the test's own, so its lists hold exactly the activities recorded here. */
const trust = 'qa-activities-trust';
const trustEditor: Principal = { kind: 'user', id: 'qa-trust-editor', role: 'signatory-editor', signatoryId: trust };

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('activity-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: trust, name: 'Activities Test Trust', sector: 'voluntary', signedOn: '2025-01-01' },
  });
  for (const [id, date, channel] of [
    ['qa-act-1', '2026-01-31', 'online-survey'],
    ['qa-act-2', '2026-02-01', 'face-to-face-meeting'],
    ['qa-act-3', '2026-02-28', 'online-survey'],
    ['qa-act-4', '2026-03-01', 'workshop'],
  ]) {
    await activityQueries.create(deps, callers.admin, { body: newActivity(id!, trust, { date, channel }) });
  }
});
afterAll(() => store.drop());

const ids = (page: { items: { id: string }[] }) => page.items.map((a) => a.id);

describe('the list of activities', () => {
  it('holds a signatory’s activities between two dates, both days included, oldest or newest first', async () => {
    const list = (input: { from?: string; to?: string; order?: 'asc' | 'desc' }) =>
      activityQueries.list(deps, callers.admin, { signatoryId: trust, ...input }).then(ids);
    expect(await list({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['qa-act-2', 'qa-act-3']);
    expect(await list({ from: '2026-02-01', to: '2026-02-28', order: 'desc' })).toEqual(['qa-act-3', 'qa-act-2']);
    expect(await list({ from: '2026-02-28' })).toEqual(['qa-act-3', 'qa-act-4']);
    expect(await list({ to: '2026-02-01' })).toEqual(['qa-act-1', 'qa-act-2']);
    expect(await list({ from: '2026-02-02', to: '2026-02-27' })).toEqual([]);
  });

  it('filters by channel, for one signatory and across the partnership', async () => {
    const ofTrust = await activityQueries.list(deps, callers.admin, { signatoryId: trust, channel: 'online-survey' });
    expect(ids(ofTrust)).toEqual(['qa-act-1', 'qa-act-3']);

    const everyone = await activityQueries.list(deps, callers.admin, { channel: 'online-survey', limit: 200 });
    expect(everyone.items.length).toBeGreaterThan(0);
    expect(everyone.items.every((a) => a.channel === 'online-survey')).toBe(true);
    const onOneDay = await activityQueries.list(deps, callers.admin, {
      channel: 'online-survey',
      from: '2026-01-31',
      to: '2026-01-31',
    });
    expect(ids(onOneDay)).toContain('qa-act-1');
    expect(onOneDay.items.every((a) => a.channel === 'online-survey' && a.date === '2026-01-31')).toBe(true);

    const unknown = await problemOf(
      activityQueries.list(deps, callers.admin, { channel: 'carrier-pigeon' as 'online-survey' }),
    );
    expect(unknown).toMatchObject({ status: 400, errors: [{ pointer: '/channel' }] });
  });

  it('is a signatory editor’s own organisation’s; reviewers, commissioners and the public list none', async () => {
    expect(ids(await activityQueries.list(deps, trustEditor, {}))).toEqual([
      'qa-act-1',
      'qa-act-2',
      'qa-act-3',
      'qa-act-4',
    ]);
    expect(await problemOf(activityQueries.list(deps, callers.councilEditor, { signatoryId: trust }))).toMatchObject({
      status: 403,
    });
    for (const [caller, status] of [
      ['reviewer', 403],
      ['commissioner', 403],
      ['public', 401],
    ] as const) {
      expect(await problemOf(activityQueries.list(deps, callers[caller], {})), caller).toMatchObject({ status });
      expect(
        await problemOf(activityQueries.list(deps, callers[caller], { signatoryId: trust })),
        caller,
      ).toMatchObject({ status });
    }
  });
});

describe('an activity', () => {
  it('is read by its own organisation’s editors and the board, never by a reviewer or a commissioner', async () => {
    expect((await activityQueries.read(deps, trustEditor, { id: 'qa-act-1' })).record).toMatchObject({
      signatoryId: trust,
    });
    expect((await activityQueries.read(deps, callers.admin, { id: 'qa-act-1' })).record.id).toBe('qa-act-1');
    // Commissioners see activities through the figures only: the records carry internal notes.
    for (const caller of ['reviewer', 'commissioner'] as const) {
      expect(await problemOf(activityQueries.read(deps, callers[caller], { id: 'qa-act-1' })), caller).toMatchObject({
        status: 403,
      });
    }
  });

  it('is written by its own organisation’s editors, who cannot record one for, or move one to, another', async () => {
    const created = await activityQueries.create(deps, trustEditor, { body: newActivity('qa-act-5', trust) });
    expect(created).toMatchObject({ created: true, record: { createdBy: 'user:qa-trust-editor' } });

    expect(
      await problemOf(activityQueries.create(deps, trustEditor, { body: newActivity('qa-act-6', council) })),
    ).toMatchObject({ status: 403 });
    expect(
      await problemOf(
        activityQueries.replace(deps, trustEditor, {
          id: 'qa-act-5',
          body: newActivity('qa-act-5', council),
          expectedVersion: 1,
        }),
      ),
    ).toMatchObject({ status: 403 });
    for (const caller of ['reviewer', 'commissioner'] as const) {
      expect(
        await problemOf(activityQueries.create(deps, callers[caller], { body: newActivity('qa-act-7', trust) })),
        caller,
      ).toMatchObject({ status: 403 });
      expect(await problemOf(activityQueries.delete(deps, callers[caller], { id: 'qa-act-5' })), caller).toMatchObject({
        status: 403,
      });
    }
    expect(await activityQueries.read(deps, callers.admin, { id: 'qa-act-5' })).toMatchObject({
      version: 1,
      record: { signatoryId: trust },
    });

    await activityQueries.delete(deps, trustEditor, { id: 'qa-act-5', expectedVersion: 1 });
    expect(await problemOf(activityQueries.read(deps, callers.admin, { id: 'qa-act-5' }))).toMatchObject({
      status: 404,
    });
  });

  it('refers only to a signatory, principles and groups that exist, and to no day after tomorrow', async () => {
    const refused = async (overrides: Record<string, unknown>, signatoryId = trust) =>
      problemOf(
        activityQueries.create(deps, callers.admin, { body: newActivity('qa-act-ref', signatoryId, overrides) }),
      );
    expect(await refused({}, 'no-such-signatory')).toMatchObject({
      status: 422,
      errors: [{ pointer: '/signatoryId', message: 'There is no signatory with the id "no-such-signatory"' }],
    });
    expect(
      await refused({
        participants: { total: 5, firstTime: 1, demographicsRecorded: 2, groups: { 'no-such-group': 1 } },
      }),
    ).toMatchObject({ status: 422, errors: [{ pointer: '/participants/groups/no-such-group' }] });
    expect(await refused({ principles: ['no-such-principle'] })).toMatchObject({
      status: 422,
      errors: [{ pointer: '/principles/0' }],
    });
    // Today is 2026-05-15: a day ahead is allowed for time zones, two are not.
    expect(await refused({ date: '2026-05-17' })).toMatchObject({ status: 422, errors: [{ pointer: '/date' }] });
    await expect(
      activityQueries.create(deps, callers.admin, { body: newActivity('qa-act-ref', trust, { date: '2026-05-16' }) }),
    ).resolves.toMatchObject({ created: true });
  });
});
