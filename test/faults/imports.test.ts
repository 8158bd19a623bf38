/**
 * An import whose store fails part way (docs/decisions/0113): a write the store refuses
 * after some of the import's rows are written, injected through the AWS SDK's middleware
 * (test/support/faults.ts). Afterwards nothing of the import is in the lists or the
 * rollups, and the record it changed holds what it held before; the import checked again
 * and retried writes every row once, and committing the same file again writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Principal } from '@equal-partners/shared';
import { sheetImports, type SheetRow } from '@equal-partners/functions/imports/sheet-import-queries';
import { readSignatoryRollups } from '@equal-partners/functions/rollups/read-rollups';
import { reconcile } from '@equal-partners/functions/rollups/reconcile';
import {
  council,
  createApiFixture,
  demoToday,
  newActivity,
  type ApiFixture,
} from '@equal-partners/functions/testing/api-fixture';
import { failWrite } from '../support/faults.ts';

const month = '2026-05';
const editor: Principal = { kind: 'user', id: 'demo-council-editor', role: 'signatory-editor', signatoryId: council };

const cleanUp: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanUp.splice(0).map((drop) => drop()));
});

/** The council's activities in the month, as the stored rollup counts them. */
async function rollupCount(fixture: ApiFixture): Promise<number> {
  return (await readSignatoryRollups(fixture.store, council, [month])).get(month)!.activities.activities;
}

/** Every activity of the council in the month, by id, as the list shows them. */
async function listedIds(fixture: ApiFixture): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ signatoryId: council, from: `${month}-01`, to: `${month}-31`, limit: '200' });
    if (cursor) query.set('cursor', cursor);
    const page = (await (await fixture.call('admin', 'GET', `/api/v1/activities?${query}`)).json()) as {
      items: { id: string }[];
      nextCursor?: string;
    };
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort();
}

const titleOf = async (fixture: ApiFixture, id: string) =>
  ((await (await fixture.call('admin', 'GET', `/api/v1/activities/${id}`)).json()) as { title: string }).title;

describe('an import whose store fails part way', () => {
  it('leaves nothing of the import in the lists or the rollups, and a retry writes every row once', async () => {
    const fixture = await createApiFixture('faults-import');
    cleanUp.push(() => fixture.drop());
    const deps = { store: fixture.store, today: () => demoToday, now: () => new Date() };
    const kept = newActivity('import-kept', council, { date: `${month}-02` });
    expect((await fixture.call('councilEditor', 'POST', '/api/v1/activities', { body: kept })).status).toBe(201);
    const before = { ids: await listedIds(fixture), counted: await rollupCount(fixture) };

    const created = Array.from({ length: 40 }, (_, i) =>
      newActivity(`import-${i}`, council, { date: `${month}-${String(1 + (i % 14)).padStart(2, '0')}` }),
    );
    const rows: SheetRow[] = [...created, { ...kept, title: 'Changed by the import' }].map((record, i) => ({
      row: i + 2,
      record,
    }));
    const preview = await sheetImports.activities.preview(deps, editor, { rows });
    expect(preview.errors).toEqual([]);
    expect(preview).toMatchObject({ valid: true, toCreate: 40, toUpdate: 1, unchanged: 0 });

    // The store fails the 26th activity the import writes: 25 are stored by then.
    const fault = failWrite(fixture.store.client, {
      command: 'PutItemCommand',
      after: 25,
      when: (input) => (input.Item as { entity?: string } | undefined)?.entity === 'activity',
    });
    const failed = await sheetImports.activities.commit(deps, editor, { rows, expected: preview.expected });
    fault.stop();
    expect(fault.struck).toBe(1);
    expect(failed).toMatchObject({ state: 'failed', failure: 'store-failed', rows: 41 });

    // Nothing of it: not in the list, not in the month's rollup, and the changed record as it was.
    expect(await listedIds(fixture)).toEqual(before.ids);
    expect(await rollupCount(fixture)).toBe(before.counted);
    expect(await titleOf(fixture, 'import-kept')).toBe(kept.title);
    expect((await reconcile(fixture.store)).drifted).toEqual([]);

    // Checked again and retried: every row written once, counted once.
    const again = await sheetImports.activities.preview(deps, editor, { rows });
    expect(again).toMatchObject({ valid: true, toCreate: 40, toUpdate: 1, unchanged: 0 });
    const done = await sheetImports.activities.commit(deps, editor, { rows, expected: again.expected });
    expect(done).toMatchObject({ state: 'complete', created: 40, updated: 1, unchanged: 0 });
    expect(await listedIds(fixture)).toEqual([...before.ids, ...created.map((a) => a.id)].sort());
    expect(await rollupCount(fixture)).toBe(before.counted + 40);
    expect(await titleOf(fixture, 'import-kept')).toBe('Changed by the import');

    // The same file committed once more writes nothing.
    const repeated = await sheetImports.activities.commit(deps, editor, { rows });
    expect(repeated).toMatchObject({ state: 'complete', created: 0, updated: 0, unchanged: 41 });
    expect(await listedIds(fixture)).toHaveLength(before.ids.length + 40);
    expect((await reconcile(fixture.store)).drifted).toEqual([]);
  });
});
