/**
 * The CSV import's queries called directly, with no HTTP: the template, a preview that
 * writes nothing, and a commit that writes every row or none, each as one of the demo
 * partnership's callers. The route's own behaviour is tested over HTTP in ./csv-import.test.ts.
 */
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { council, demoToday, school } from '../testing/api-fixture.ts';
import { callers, countingStore, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { listActivitiesOfSignatory } from '../activities/activity-entity.ts';
import { csvImports } from './csv-import-queries.ts';

const { activities } = csvImports;

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
let header: string[];
beforeAll(async () => {
  store = await createTestStore('csv-import-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday };
  header = csvParseRows((await activities.template(deps, callers.public)).csv)[0]!;
});
afterAll(() => store.drop());

const base: Record<string, string> = {
  signatoryId: council,
  date: '2026-04-20',
  title: 'Coffee morning',
  audience: 'parents-carers',
  channel: 'small-group',
  setting: 'community',
  stage: 'delivery',
  level: 'engaging',
  'lundy.space': 'yes',
  'lundy.voice': 'yes',
  'lundy.audience': 'yes',
  'lundy.influence': 'no',
  'participants.total': '14',
  'participants.firstTime': '4',
  'participants.demographicsRecorded': '10',
};

/** A file of the template's header and one line per row. */
const file = (...rows: Record<string, string>[]) =>
  [header.join(','), ...rows.map((values) => header.map((column) => values[column] ?? '').join(','))].join('\n');

const stored = (id: string) =>
  activityQueries.read(deps, callers.admin, { id }).then(
    ({ record }) => record,
    () => undefined,
  );

describe('the template', () => {
  it('has a column per field, the population groups expanded, for anyone', async () => {
    const template = await csvImports.loops.template(deps, callers.public);
    expect(template.fileName).toBe('loops-template.csv');
    expect(header).toEqual(
      expect.arrayContaining(['id', 'signatoryId', 'participants.groups.send', 'lundy.influence']),
    );
    expect(csvParseRows(template.csv)[0]).toEqual(expect.arrayContaining(['youSaid', 'weDid']));
  });

  it('has a column for the Welsh of each public text', async () => {
    expect(header).toEqual(expect.arrayContaining(['cy.title', 'cy.publicSummary']));
    const loopHeader = csvParseRows((await csvImports.loops.template(deps, callers.public)).csv)[0]!;
    expect(loopHeader).toEqual(expect.arrayContaining(['cy.youSaid', 'cy.weDid', 'cy.reason', 'cy.publicStory']));
    expect(header.filter((column) => column.startsWith('cy.'))).toEqual(['cy.title', 'cy.publicSummary']);
  });
});

describe('the Welsh of the texts', () => {
  it('comes in through its columns and goes back out unchanged, an empty cell being no text', async () => {
    const welsh = {
      ...base,
      id: 'qcsv-welsh',
      publicSummary: 'We met parents over coffee',
      'cy.title': 'Bore coffi',
      'cy.publicSummary': '',
    };
    expect(await activities.commit(deps, callers.councilEditor, { csv: file(welsh) })).toMatchObject({
      state: 'complete',
      created: 1,
      unchanged: 0,
    });
    const record = await stored('qcsv-welsh');
    expect(record?.cy).toEqual({ title: 'Bore coffi' });
    expect(await activities.commit(deps, callers.councilEditor, { csv: file(welsh) })).toMatchObject({
      state: 'complete',
      created: 0,
      unchanged: 1,
    });
    const tooLong = await activities.preview(deps, callers.councilEditor, {
      csv: file({ ...welsh, id: 'qcsv-welsh-long', 'cy.title': 'x'.repeat(201) }),
    });
    expect(tooLong.errors.map((e) => [e.row, e.column])).toEqual([[2, 'cy.title']]);
  });
});

describe('a preview', () => {
  it('lists every row’s errors by row and column, and writes nothing', async () => {
    const preview = await activities.preview(deps, callers.councilEditor, {
      csv: file(
        { ...base, id: 'qcsv-1' },
        { ...base, id: 'qcsv-2', 'participants.total': 'lots' },
        { ...base, id: 'qcsv-1' },
      ),
    });
    expect(preview).toMatchObject({ rows: 3, valid: false, toCreate: 2, unchanged: 0 });
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'participants.total'],
      [4, 'id'],
    ]);
    expect(await stored('qcsv-1')).toBeUndefined();
  });

  it('lists every error of a row at once: fields, rules between them, dates and references', async () => {
    const preview = await activities.preview(deps, callers.councilEditor, {
      csv: file({
        ...base,
        id: 'qcsv-several',
        title: 'x'.repeat(201),
        date: '2030-01-01',
        endDate: '2029-12-31',
        'participants.firstTime': '20',
        'participants.demographicsRecorded': 'lots',
        principles: 'no-such-principle',
      }),
    });
    expect(preview).toMatchObject({ rows: 1, valid: false, toCreate: 0 });
    expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'title', 'Too big: expected string to have <=200 characters'],
      [2, 'participants.demographicsRecorded', 'Invalid input: expected number, received string'],
      [2, 'participants.firstTime', 'First-time participants cannot exceed the total'],
      [2, 'endDate', 'The end date cannot be before the start date'],
      [2, 'date', 'The date cannot be in the future'],
      [2, 'principles', 'The charter has no principle "no-such-principle"'],
    ]);
    // A broken rule says its code and values too, for a page to word it in its language.
    expect(preview.errors.map((e) => [e.rule, e.values])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      ['firstTimeAboveTotal', undefined],
      ['endBeforeStart', undefined],
      ['futureDate', undefined],
      ['unknownPrinciple', { id: 'no-such-principle' }],
    ]);
  });

  it('refuses an end date before the start date', async () => {
    const preview = await activities.preview(deps, callers.councilEditor, {
      csv: file({ ...base, id: 'qcsv-ends-early', endDate: '2026-04-19' }),
    });
    expect(preview.errors).toEqual([
      { row: 2, column: 'endDate', message: 'The end date cannot be before the start date', rule: 'endBeforeStart' },
    ]);
  });

  it('marks a row for another organisation as the caller’s to fix, without comparing it with what is stored', async () => {
    const preview = await activities.preview(deps, callers.councilEditor, {
      csv: file({ ...base, id: 'qcsv-school-1', signatoryId: school }),
    });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, column: 'signatoryId' })]);
  });

  it('is refused to a caller who may write nothing, before the file or the store is read', async () => {
    const { store: counted, sent } = countingStore(store);
    for (const [caller, status] of [
      ['public', 401],
      ['commissioner', 403],
    ] as const) {
      const problem = await problemOf(
        activities.preview({ ...deps, store: counted }, callers[caller], { csv: 'not even a header' }),
      );
      expect(problem.status).toBe(status);
    }
    expect(sent).toEqual([]);
  });

  it('refuses an empty file, and one whose header is not the template’s, naming row 1', async () => {
    expect(await problemOf(activities.preview(deps, callers.councilEditor, { csv: '\uFEFF \n' }))).toMatchObject({
      status: 400,
      type: '/api/problems/invalid-csv',
      rule: 'noHeaderRow',
    });
    const wrong = await problemOf(activities.preview(deps, callers.councilEditor, { csv: 'id,colour\nx,red' }));
    expect(wrong).toMatchObject({ status: 400, type: '/api/problems/invalid-csv-headers', rule: 'headersNotTemplate' });
    expect(wrong.rowErrors?.every((e) => e.row === 1)).toBe(true);
    // Each header problem names its rule and column, so a page can say it in its own language.
    expect(wrong.rowErrors).toContainEqual(
      expect.objectContaining({ column: 'colour', rule: 'unknownColumn', values: { column: 'colour' } }),
    );
    expect(wrong.errors).toContainEqual(
      expect.objectContaining({ pointer: '/rows/1/colour', rule: 'unknownColumn', values: { column: 'colour' } }),
    );
  });
});

describe('a commit', () => {
  it('writes every row as the caller, and committing the same file again creates nothing new', async () => {
    const csv = file({ ...base, id: 'qcsv-10' }, { ...base, id: 'qcsv-11', title: 'Evening forum' });
    expect(await activities.commit(deps, callers.councilKey, { csv })).toMatchObject({
      state: 'complete',
      created: 2,
      unchanged: 0,
    });
    expect(await stored('qcsv-11')).toMatchObject({ title: 'Evening forum', createdBy: 'api-key:key-1' });
    expect(await activities.commit(deps, callers.councilEditor, { csv })).toMatchObject({
      state: 'complete',
      created: 0,
      unchanged: 2,
    });
    expect(await activities.preview(deps, callers.councilEditor, { csv })).toMatchObject({
      valid: true,
      toCreate: 0,
      unchanged: 2,
    });
  });

  it('writes nothing when any row has an error, and says which (422, with every row’s errors)', async () => {
    const problem = await problemOf(
      activities.commit(deps, callers.councilEditor, {
        csv: file({ ...base, id: 'qcsv-20' }, { ...base, id: 'qcsv-21', date: '2030-01-01' }),
      }),
    );
    expect(problem).toMatchObject({ status: 422, type: '/api/problems/invalid-csv-rows' });
    expect(problem.detail).toMatch(/^1 problem in the file/);
    expect(problem.rowErrors).toEqual([expect.objectContaining({ row: 3, column: 'date' })]);
    expect(problem.errors).toEqual([
      { pointer: '/rows/3/date', message: 'The date cannot be in the future', rule: 'futureDate' },
    ]);
    expect(await stored('qcsv-20')).toBeUndefined();
  });

  it('is refused to a commissioner, and writes nothing', async () => {
    const csv = file({ ...base, id: 'qcsv-30' });
    expect(await problemOf(activities.commit(deps, callers.commissioner, { csv }))).toMatchObject({ status: 403 });
    expect(await stored('qcsv-30')).toBeUndefined();
  });
});

describe('a file of loops that link activities', () => {
  it('reads each linked activity once for the whole file, however many rows link it', async () => {
    const { loops } = csvImports;
    const loopHeader = csvParseRows((await loops.template(deps, callers.public)).csv)[0]!;
    const linked = (await listActivitiesOfSignatory(store, council, { from: '2000-01-01', to: '2026-12-31' }))
      .slice(0, 2)
      .map((a) => a.id);
    expect(linked).toHaveLength(2);
    const rows = Array.from({ length: 20 }, (_, i) => ({
      id: `linked-loop-${i}`,
      signatoryId: council,
      raisedOn: '2026-04-01',
      youSaid: 'Evening sessions please',
      status: 'open',
      activityIds: linked.join(';'),
    }));
    const csv = [
      loopHeader.join(','),
      ...rows.map((values) => loopHeader.map((column) => (values as Record<string, string>)[column] ?? '').join(',')),
    ].join('\n');
    const { store: counted, sent } = countingStore(store);
    const preview = await loops.preview({ ...deps, store: counted }, callers.councilEditor, { csv });
    expect(preview).toMatchObject({ errors: [] });
    const activityReads = sent.filter(
      (input) => linked.some((id) => input.includes(`#${id}"`)) && input.includes('"Key"'),
    );
    expect(activityReads).toHaveLength(2);
  });
});
