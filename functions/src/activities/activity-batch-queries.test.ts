/**
 * Creating activities in a batch, called directly with no HTTP: each item accepted or
 * rejected on its own, as the caller. The route's own behaviour is tested over HTTP in
 * ./activity-batch.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { council, demoToday, newActivity, school } from '../testing/api-fixture.ts';
import { callers, countingStore, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { activityQueries } from './activity-queries.ts';
import { createActivities, maxBatchSize } from './activity-batch-queries.ts';

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
beforeAll(async () => {
  store = await createTestStore('activity-batch-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday };
});
afterAll(() => store.drop());

describe('a batch of activities', () => {
  it('creates each item the caller may, rejects each other on its own, and is safe to send again', async () => {
    const items = [
      newActivity('qbatch-1'),
      newActivity('qbatch-2', council, { principles: ['no-such-principle'] }),
      newActivity('qbatch-3', school),
      { title: 'No id' },
    ];
    const outcome = await createActivities(deps, callers.councilEditor, { items });
    expect(outcome).toMatchObject({ created: 1, unchanged: 0, rejected: 3 });
    expect(outcome.results.map((r) => [r.index, r.id, r.status])).toEqual([
      [0, 'qbatch-1', 201],
      [1, 'qbatch-2', 422],
      [2, 'qbatch-3', 403],
      [3, undefined, 400],
    ]);
    expect(outcome.results[1]?.problem?.errors).toEqual([
      expect.objectContaining({ pointer: '/items/1/principles/0' }),
    ]);
    expect((await activityQueries.read(deps, callers.admin, { id: 'qbatch-1' })).record).toMatchObject({
      createdBy: 'user:demo-council-editor',
    });
    await expect(activityQueries.read(deps, callers.admin, { id: 'qbatch-3' })).rejects.toThrow();

    const again = await createActivities(deps, callers.councilKey, { items: [newActivity('qbatch-1')] });
    expect(again).toMatchObject({ created: 0, unchanged: 1, rejected: 0, results: [{ status: 200 }] });
  });

  it('is refused whole to a caller who may write nothing, before anything is read', async () => {
    const { store: counted, sent } = countingStore(store);
    const input = { items: [newActivity('qbatch-10')] };
    for (const [caller, status] of [
      ['public', 401],
      ['commissioner', 403],
    ] as const) {
      expect(await problemOf(createActivities({ ...deps, store: counted }, callers[caller], input))).toMatchObject({
        status,
      });
    }
    expect(sent).toEqual([]);
  });

  it(`takes 1 to ${maxBatchSize} items`, async () => {
    for (const items of [[], Array.from({ length: maxBatchSize + 1 }, (_, i) => newActivity(`qbatch-many-${i}`))]) {
      expect(await problemOf(createActivities(deps, callers.admin, { items }))).toMatchObject({
        status: 400,
        errors: [{ pointer: '/items' }],
      });
    }
  });
});
