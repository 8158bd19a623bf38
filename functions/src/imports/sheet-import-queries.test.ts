/**
 * The spreadsheet import's queries called directly, with rows as the pages read them from
 * a person's file: every row's errors at once, a row already stored with the same content
 * unchanged, with other content an update, the same content twice in one file flagged,
 * and an import held to the versions its preview saw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { council, demoToday, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { maxImportRows } from './csv-import-queries.ts';
import { sheetImports, type SheetRow } from './sheet-import-queries.ts';

const { activities } = sheetImports;

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
beforeAll(async () => {
  store = await createTestStore('sheet-import-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday };
});
afterAll(() => store.drop());

const activity = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  signatoryId: council,
  date: '2026-04-20',
  title: 'Coffee morning',
  audience: ['parents-carers'],
  channel: 'small-group',
  setting: 'community',
  stage: 'delivery',
  level: 'engaging',
  lundy: { space: true, voice: true, audience: true, influence: false },
  participants: { total: 14, firstTime: 4, demographicsRecorded: 10, groups: { send: 2 } },
  ...overrides,
});
const rows = (...records: Record<string, unknown>[]): SheetRow[] =>
  records.map((record, index) => ({ row: index + 2, record }));
const stored = (id: string) =>
  activityQueries.read(deps, callers.admin, { id }).then(({ record, version }) => ({ record, version }));

describe('importing a spreadsheet’s rows', () => {
  it('creates new rows, and on a second import reports each unchanged', async () => {
    const file = rows(activity('sheet-1'), activity('sheet-2', { title: 'Drop-in' }));
    const preview = await activities.preview(deps, callers.councilEditor, { rows: file });
    expect(preview).toMatchObject({ rows: 2, valid: true, toCreate: 2, toUpdate: 0, unchanged: 0, errors: [] });
    expect(preview.expected).toEqual({ 'sheet-1': 0, 'sheet-2': 0 });
    await expect(
      activities.commit(deps, callers.councilEditor, { rows: file, expected: preview.expected }),
    ).resolves.toMatchObject({ state: 'complete', created: 2, updated: 0, unchanged: 0 });
    const again = await activities.preview(deps, callers.councilEditor, { rows: file });
    expect(again).toMatchObject({ valid: true, toCreate: 0, toUpdate: 0, unchanged: 2 });
    await expect(activities.commit(deps, callers.councilEditor, { rows: file })).resolves.toMatchObject({
      state: 'complete',
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('updates a row stored with other content, that record alone, once', async () => {
    const before = await stored('sheet-1');
    const file = rows(
      activity('sheet-1', { participants: { total: 15, firstTime: 4, demographicsRecorded: 10, groups: { send: 2 } } }),
      activity('sheet-2', { title: 'Drop-in' }),
    );
    const preview = await activities.preview(deps, callers.councilEditor, { rows: file });
    expect(preview).toMatchObject({ valid: true, toCreate: 0, toUpdate: 1, unchanged: 1 });
    await expect(
      activities.commit(deps, callers.councilEditor, { rows: file, expected: preview.expected }),
    ).resolves.toMatchObject({ state: 'complete', created: 0, updated: 1, unchanged: 1 });
    const after = await stored('sheet-1');
    expect(after.version).toBe(before.version + 1);
    expect(after.record.participants.total).toBe(15);
    expect((await stored('sheet-2')).version).toBe(1);
  });

  it('refuses an import whose records changed since its preview, and writes nothing', async () => {
    const file = rows(activity('sheet-1', { title: 'Coffee and cake' }), activity('sheet-3'));
    const preview = await activities.preview(deps, callers.councilEditor, { rows: file });
    // Someone saves the first record between the preview and the import.
    await activities.commit(deps, callers.admin, {
      rows: rows(activity('sheet-1', { title: 'Coffee, cake and chat' })),
    });
    const problem = await problemOf(
      activities.commit(deps, callers.councilEditor, { rows: file, expected: preview.expected }),
    );
    expect(problem.status).toBe(422);
    expect(problem.rowErrors).toEqual([expect.objectContaining({ row: 2, column: 'id', code: 'changed-since' })]);
    expect((await stored('sheet-1')).record.title).toBe('Coffee, cake and chat');
    await expect(stored('sheet-3')).rejects.toThrow();
  });

  it('finds every error of every row, leaving out what the page could not read, and refuses another organisation’s reference', async () => {
    const preview = await activities.preview(deps, callers.schoolEditor, {
      rows: [
        { row: 2, record: activity('sheet-4', { signatoryId: school, date: undefined }), unread: ['date'] },
        { row: 3, record: activity('sheet-1', { signatoryId: school }) },
        { row: 4, record: activity('sheet-5', { signatoryId: council }) },
        {
          row: 5,
          record: activity('sheet-4', {
            signatoryId: school,
            participants: { total: 3, firstTime: 4, demographicsRecorded: 1 },
          }),
        },
      ],
    });
    expect(preview.valid).toBe(false);
    expect(preview.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'id', code: 'reference-taken' },
      { row: 4, column: 'signatoryId', code: 'refused' },
      { row: 5, column: 'participants.firstTime', code: undefined },
      { row: 5, column: 'id', code: 'reference-twice' },
    ]);
    expect(preview.errors[3]!.earlier).toBe(2);
  });

  it('flags rows that are the same but for their reference, and imports both', async () => {
    const file = rows(activity('sheet-6', { title: 'Sports day' }), activity('sheet-7', { title: 'Sports day' }));
    const preview = await activities.preview(deps, callers.councilEditor, { rows: file });
    expect(preview).toMatchObject({ valid: true, toCreate: 2, duplicates: [{ row: 3, sameAs: 2 }] });
    await expect(activities.commit(deps, callers.councilEditor, { rows: file })).resolves.toMatchObject({ created: 2 });
  });

  it('is for those who may write, and refuses a file of no rows', async () => {
    expect(
      (await problemOf(activities.preview(deps, callers.commissioner, { rows: rows(activity('x')) }))).status,
    ).toBe(403);
    expect(await problemOf(activities.preview(deps, callers.councilEditor, { rows: [] }))).toMatchObject({
      status: 400,
      rule: 'noDataRows',
    });
  });

  it('refuses a file of more rows than an import takes, saying its rule for a page to word', async () => {
    const many = rows(...Array.from({ length: maxImportRows + 1 }, (_, i) => activity(`many-${i}`)));
    expect(await problemOf(activities.preview(deps, callers.councilEditor, { rows: many }))).toMatchObject({
      status: 413,
      detail: `Import at most ${maxImportRows} rows at a time; this file has ${maxImportRows + 1}.`,
      rule: 'tooManyRows',
      values: { max: String(maxImportRows), rows: String(maxImportRows + 1) },
    });
  });
});
