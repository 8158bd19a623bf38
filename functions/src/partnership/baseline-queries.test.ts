/**
 * Population baselines' own rules, called as their queries with no HTTP: one per year,
 * addressed by the year, listed in year order; anyone reads them, the board alone writes
 * them. The rules every record shares are tested in ../records/record-queries.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { demoToday } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { baselineQueries } from './baseline-queries.ts';

const baseline = (year: number, overrides: Record<string, unknown> = {}) => ({
  year,
  source: `Census estimates for ${year}`,
  population: { children: 50000, 'young-people': 30000, 'parents-carers': 60000 },
  groupShares: { send: 0.15, fsm: 0.24 },
  ...overrides,
});

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('baseline-queries');
  // The demo partnership has the baseline for the demo's year, 2026.
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await baselineQueries.create(deps, callers.admin, { body: baseline(2025) });
  await baselineQueries.create(deps, callers.admin, { body: baseline(2024) });
});
afterAll(() => store.drop());

describe('the baselines', () => {
  it('are anyone’s to list, in year order or newest first, and to read by the year', async () => {
    const years = async (order: 'asc' | 'desc') =>
      (await baselineQueries.list(deps, callers.public, { order })).items.map((b) => b.year);
    expect(await years('asc')).toEqual([2024, 2025, 2026]);
    expect(await years('desc')).toEqual([2026, 2025, 2024]);
    expect(await baselineQueries.read(deps, callers.public, { id: '2025' })).toMatchObject({
      version: 1,
      record: { year: 2025, source: 'Census estimates for 2025' },
    });
    expect(await problemOf(baselineQueries.read(deps, callers.public, { id: '2019' }))).toMatchObject({
      status: 404,
    });
  });

  it('are one per year: the year is the id, and another year’s content under it is refused', async () => {
    expect(
      await problemOf(
        baselineQueries.create(deps, callers.admin, { body: baseline(2025, { source: 'Another survey' }) }),
      ),
    ).toMatchObject({ status: 409 });
    expect(
      await problemOf(
        baselineQueries.replace(deps, callers.admin, { id: '2025', body: baseline(2024), expectedVersion: 1 }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/id' }] });
    const replaced = await baselineQueries.replace(deps, callers.admin, {
      id: '2025',
      body: baseline(2025, { source: 'Mid-year estimates 2025' }),
      expectedVersion: 1,
    });
    expect(replaced).toMatchObject({ version: 2, record: { source: 'Mid-year estimates 2025' } });
  });

  it('hold a population and group shares in range', async () => {
    expect(
      await problemOf(
        baselineQueries.create(deps, callers.admin, { body: baseline(2023, { groupShares: { send: 1.5 } }) }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/groupShares/send' }] });
    expect(
      await problemOf(
        baselineQueries.create(deps, callers.admin, {
          body: baseline(2023, { population: { children: -1, 'young-people': 0, 'parents-carers': 0 } }),
        }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/population/children' }] });
  });

  it('hold shares only of groups the taxonomy has, each unknown one named', async () => {
    const problem = await problemOf(
      baselineQueries.create(deps, callers.admin, {
        body: baseline(2023, { groupShares: { send: 0.15, 'no-such-group': 0.1, another: 0.2 } }),
      }),
    );
    expect(problem).toMatchObject({ status: 422 });
    expect(problem.errors?.map((error) => error.pointer).sort()).toEqual([
      '/groupShares/another',
      '/groupShares/no-such-group',
    ]);
    expect(await problemOf(baselineQueries.read(deps, callers.public, { id: '2023' }))).toMatchObject({ status: 404 });
  });

  it('are written by the board alone', async () => {
    for (const [caller, status] of [
      ['councilEditor', 403],
      ['councilKey', 403],
      ['reviewer', 403],
      ['commissioner', 403],
      ['public', 401],
    ] as const) {
      const principal = callers[caller];
      for (const run of [
        () => baselineQueries.create(deps, principal, { body: baseline(2022) }),
        () =>
          baselineQueries.replace(deps, principal, {
            id: '2024',
            body: baseline(2024, { source: 'Theirs' }),
            expectedVersion: 1,
          }),
        () => baselineQueries.delete(deps, principal, { id: '2024' }),
      ]) {
        expect(await problemOf(run()), caller).toMatchObject({ status });
      }
    }
    expect(await baselineQueries.read(deps, callers.public, { id: '2024' })).toMatchObject({
      version: 1,
      record: { source: 'Census estimates for 2024' },
    });
    expect(await problemOf(baselineQueries.read(deps, callers.public, { id: '2022' }))).toMatchObject({ status: 404 });
  });

  it('may be deleted by the board, even the year the figures measure against: nothing refuses it', async () => {
    // No rule keeps a baseline in use (baselines have no deleteRefusal): the current behaviour.
    await baselineQueries.delete(deps, callers.admin, { id: '2026', expectedVersion: 1 });
    expect(await problemOf(baselineQueries.read(deps, callers.public, { id: '2026' }))).toMatchObject({ status: 404 });
    expect((await baselineQueries.list(deps, callers.public, {})).items.map((b) => b.year)).toEqual([2024, 2025]);
  });
});
