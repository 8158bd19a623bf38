/**
 * Feedback loops' own rules, called as their queries with no HTTP: the list's filters (a
 * signatory, the dates raised, a status, overdue against the partnership's `loopDueDays`),
 * who may read and write which organisation's loops, the publication of their texts the
 * store derives on each write, and what a loop must refer to. The rules every record shares
 * are tested in ../records/record-queries.test.ts; the routes over HTTP in
 * ../records/collect.test.ts; the overdue digest in ./overdue-digest.test.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { readPartnership, replacePartnership } from '../partnership/partnership-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { council, demoToday, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { loopQueries } from './loop-queries.ts';

/** A signatory of the test's own, so its lists hold exactly the loops recorded here. */
const trust = 'qa-loops-trust';
const trustEditor: Principal = { kind: 'user', id: 'qa-trust-editor', role: 'signatory-editor', signatoryId: trust };

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('loop-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: trust, name: 'Loops Test Trust', sector: 'voluntary', signedOn: '2025-01-01' },
  });
  // Today is 2026-05-15 and loops are due within 90 days: one raised on 2026-02-13 is overdue, on 2026-02-14 not yet.
  for (const body of [
    newLoop('qa-loop-1', trust, { raisedOn: '2026-02-13' }),
    newLoop('qa-loop-2', trust, { raisedOn: '2026-02-14' }),
    newLoop('qa-loop-3', trust, {
      raisedOn: '2026-01-10',
      status: 'done',
      weDid: 'Two evening sessions a month',
      respondedOn: '2026-02-01',
      communicatedOn: '2026-02-10',
    }),
    newLoop('qa-loop-4', trust, { raisedOn: '2026-01-20', status: 'in-progress' }),
    newLoop('qa-loop-5', trust, { raisedOn: '2026-04-14' }),
  ]) {
    await loopQueries.create(deps, callers.admin, { body });
  }
});
afterAll(() => store.drop());

const ids = (page: { items: { id: string }[] }) => page.items.map((l) => l.id);
type Filters = {
  from?: string;
  to?: string;
  status?: 'open' | 'in-progress' | 'done' | 'not-taken-forward';
  overdue?: 'true' | 'false';
};
const trustLoops = (filters: Filters) =>
  loopQueries.list(deps, callers.admin, { signatoryId: trust, ...filters }).then(ids);

describe('the list of loops', () => {
  it('holds a signatory’s loops raised between two dates, both days included, in the order raised', async () => {
    expect(await trustLoops({})).toEqual(['qa-loop-3', 'qa-loop-4', 'qa-loop-1', 'qa-loop-2', 'qa-loop-5']);
    expect(await trustLoops({ from: '2026-01-20', to: '2026-02-13' })).toEqual(['qa-loop-4', 'qa-loop-1']);
  });

  it('filters by status', async () => {
    expect(await trustLoops({ status: 'open' })).toEqual(['qa-loop-1', 'qa-loop-2', 'qa-loop-5']);
    expect(await trustLoops({ status: 'in-progress' })).toEqual(['qa-loop-4']);
    expect(await trustLoops({ status: 'not-taken-forward' })).toEqual([]);
    expect(await problemOf(loopQueries.list(deps, callers.admin, { status: 'closed' as 'done' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/status' }],
    });
  });

  it('lists as overdue the loops not communicated back and raised more than loopDueDays ago', async () => {
    expect(await trustLoops({ overdue: 'true' })).toEqual(['qa-loop-4', 'qa-loop-1']);
    expect(await trustLoops({ overdue: 'true', status: 'open' })).toEqual(['qa-loop-1']);
    // A last date before the cut-off narrows the list; one after it does not widen it.
    expect(await trustLoops({ overdue: 'true', to: '2026-01-31' })).toEqual(['qa-loop-4']);
    expect(await trustLoops({ overdue: 'true', to: '2026-04-30' })).toEqual(['qa-loop-4', 'qa-loop-1']);
    // Loops raised since yesterday cannot yet be overdue: the range is empty, not an error.
    expect(await trustLoops({ overdue: 'true', from: '2026-05-14' })).toEqual([]);

    const everyone = await loopQueries.list(deps, callers.admin, { overdue: 'true', limit: 200 });
    expect(everyone.items.length).toBeGreaterThan(0);
    expect(everyone.items.every((l) => l.communicatedOn === undefined && l.raisedOn < '2026-02-14')).toBe(true);
  });

  it('takes overdue=false as no filter at all, not as "not overdue"', async () => {
    // The current behaviour: only `true` filters; `false` lists the overdue loops too.
    expect(await trustLoops({ overdue: 'false' })).toEqual(await trustLoops({}));
  });

  it('is a signatory editor’s own organisation’s; every signatory’s for reviewers and commissioners', async () => {
    expect(ids(await loopQueries.list(deps, trustEditor, {}))).toEqual(await trustLoops({}));
    expect(await problemOf(loopQueries.list(deps, callers.councilEditor, { signatoryId: trust }))).toMatchObject({
      status: 403,
    });
    for (const caller of ['reviewer', 'commissioner'] as const) {
      expect(ids(await loopQueries.list(deps, callers[caller], { signatoryId: trust })), caller).toHaveLength(5);
    }
    expect(await problemOf(loopQueries.list(deps, callers.public, { signatoryId: trust }))).toMatchObject({
      status: 401,
    });
  });
});

describe('a loop', () => {
  it('is written by its own organisation’s editors only: reviewers and commissioners read it', async () => {
    await loopQueries.create(deps, trustEditor, { body: newLoop('qa-loop-10', trust) });
    const body = newLoop('qa-loop-10', trust, { status: 'in-progress' });
    for (const caller of [callers.reviewer, callers.commissioner]) {
      expect((await loopQueries.read(deps, caller, { id: 'qa-loop-10' })).version, caller.id).toBe(1);
      for (const run of [
        () => loopQueries.create(deps, caller, { body: newLoop('qa-loop-11', trust) }),
        () => loopQueries.replace(deps, caller, { id: 'qa-loop-10', body, expectedVersion: 1 }),
        () => loopQueries.delete(deps, caller, { id: 'qa-loop-10' }),
      ]) {
        expect(await problemOf(run()), caller.id).toMatchObject({ status: 403 });
      }
    }
    expect(
      await problemOf(loopQueries.create(deps, callers.councilEditor, { body: newLoop('qa-loop-11', trust) })),
    ).toMatchObject({ status: 403 });
    expect(
      await problemOf(
        loopQueries.replace(deps, trustEditor, {
          id: 'qa-loop-10',
          body: newLoop('qa-loop-10', council),
          expectedVersion: 1,
        }),
      ),
    ).toMatchObject({ status: 403 });

    expect(await loopQueries.replace(deps, trustEditor, { id: 'qa-loop-10', body, expectedVersion: 1 })).toMatchObject({
      version: 2,
      record: { status: 'in-progress', signatoryId: trust },
    });
    await loopQueries.delete(deps, trustEditor, { id: 'qa-loop-10', expectedVersion: 2 });
    expect(await problemOf(loopQueries.read(deps, callers.admin, { id: 'qa-loop-10' }))).toMatchObject({
      status: 404,
    });
  });

  it('waits for its texts to be checked when created, whatever publication the body claims', async () => {
    const created = await loopQueries.create(deps, trustEditor, {
      body: {
        ...newLoop('qa-loop-12', trust, { raisedOn: '2026-05-15' }),
        publication: { status: 'published', since: '2026-05-01T00:00:00.000Z', by: 'user:qa-trust-editor' },
      },
    });
    expect(created.record.publication).toEqual({ status: 'waiting', since: demoToday.toISOString() });
  });

  it('keeps its published texts public while only its progress changes, and not once a text changes', async () => {
    // A demo loop of the council's, open, its texts published when the demo was loaded.
    const open = await loopQueries.list(deps, callers.councilEditor, { status: 'open', limit: 200 });
    const { record, version } = await loopQueries.read(deps, callers.councilEditor, { id: open.items[0]!.id });
    expect(record.publication).toMatchObject({ status: 'published' });
    const {
      createdAt: _a,
      updatedAt: _u,
      createdBy: _c,
      updatedBy: _b,
      version: _v,
      publication: published,
      ...body
    } = record;

    const progressed = await loopQueries.replace(deps, callers.councilEditor, {
      id: record.id,
      body: { ...body, status: 'in-progress', reportedTo: 'Commissioning Group' },
      expectedVersion: version,
    });
    expect(progressed.record.publication).toEqual(published);

    const answered = await loopQueries.replace(deps, callers.councilEditor, {
      id: record.id,
      body: { ...body, status: 'in-progress', reportedTo: 'Commissioning Group', weDid: 'Booked evening rooms' },
      expectedVersion: progressed.version,
    });
    expect(answered.record.publication).toEqual({ status: 'waiting', since: demoToday.toISOString() });
  });

  it('refers only to a signatory and principles that exist, raised no later than tomorrow', async () => {
    const refused = (body: Record<string, unknown>) => problemOf(loopQueries.create(deps, callers.admin, { body }));
    expect(await refused(newLoop('qa-loop-13', 'no-such-signatory'))).toMatchObject({
      status: 422,
      errors: [{ pointer: '/signatoryId', message: 'There is no signatory with the id "no-such-signatory"' }],
    });
    expect(await refused(newLoop('qa-loop-13', trust, { principles: ['no-such-principle'] }))).toMatchObject({
      status: 422,
      errors: [{ pointer: '/principles/0' }],
    });
    expect(await refused(newLoop('qa-loop-13', trust, { raisedOn: '2026-05-17' }))).toMatchObject({
      status: 422,
      errors: [{ pointer: '/raisedOn' }],
    });
  });

  it('says why a suggestion was not taken forward, and is not answered before it was raised', async () => {
    const refused = (overrides: Record<string, unknown>) =>
      problemOf(loopQueries.create(deps, trustEditor, { body: newLoop('qa-loop-14', trust, overrides) }));
    expect(await refused({ status: 'not-taken-forward' })).toMatchObject({
      status: 400,
      errors: [{ pointer: '/reason' }],
    });
    expect(await refused({ communicatedOn: '2026-03-31' })).toMatchObject({
      status: 400,
      errors: [{ pointer: '/communicatedOn' }],
    });
  });
});

describe('the overdue cut-off', () => {
  it('follows the partnership’s loopDueDays', async () => {
    const setDueDays = async (loopDueDays: number) => {
      const { partnership, version } = await readPartnership(deps, callers.admin);
      const {
        demoLabel: _l,
        createdAt: _a,
        updatedAt: _u,
        createdBy: _c,
        updatedBy: _b,
        version: _v,
        ...body
      } = partnership;
      await replacePartnership(deps, callers.admin, {
        body: { ...body, settings: { ...body.settings, loopDueDays } },
        expectedVersion: version,
      });
    };
    await setDueDays(30);
    try {
      // 2026-04-14 is 31 days before today, 2026-02-14 more than 30.
      expect(await trustLoops({ overdue: 'true' })).toEqual(['qa-loop-4', 'qa-loop-1', 'qa-loop-2', 'qa-loop-5']);
    } finally {
      await setDueDays(90);
    }
    expect(await trustLoops({ overdue: 'true' })).toEqual(['qa-loop-4', 'qa-loop-1']);
  });
});
