/**
 * The most rows an import takes, committed through the code the deployed functions run,
 * with their time limits in force (docs/decisions/0113): the commit's check and hand-over
 * as the api function runs it, within its timeout; then the jobs function's handler, given
 * the stream's record of the new import and its remaining time as Lambda tells it, within
 * its timeout. The store delivers no changes itself, as in AWS, where the stream does.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns, type Principal } from '@equal-partners/shared';
import { activityImport } from '../activities/activity-resource.ts';
import { csvImports, maxImportRows } from '../imports/csv-import-queries.ts';
import { importKeys } from '../imports/import-entity.ts';
import { importStatus } from '../imports/import-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { getRecords, type RecordKind } from '../table/index.ts';
import { council, demoToday, newActivity } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { handler as JobsHandler } from './jobs.ts';
import { apiTimeoutSeconds, jobsTimeoutSeconds } from './limits.ts';

const editor: Principal = { kind: 'user', id: 'demo-council-editor', role: 'signatory-editor', signatoryId: council };

let store: TestStore;
let handler: typeof JobsHandler;
beforeAll(async () => {
  store = await createTestStore('jobs-import');
  await loadDemoPartnership(store, demoToday);
  // As deployed: the table's stream, not the writer, delivers changes.
  store.onChange = undefined;
  Object.assign(process.env, {
    TABLE_NAME: store.tableName,
    DYNAMODB_ENDPOINT: store.endpoint,
    CHANGE_DELIVERY: 'stream',
  });
  ({ handler } = await import('./jobs.ts'));
}, 120_000);
afterAll(() => store.drop());

/** Runs `work` as a function with a timeout of `seconds` runs: cut off when the time is up. */
async function within<T>(seconds: number, work: (remaining: () => number) => Promise<T>): Promise<T> {
  const end = Date.now() + seconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Task timed out after ${seconds} seconds`)), seconds * 1000);
  });
  try {
    return await Promise.race([work(() => end - Date.now()), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The stream's record of a new import's head, as Lambda hands it to the jobs function. */
const newImportEvent = (id: string): DynamoDBStreamEvent => ({
  Records: [
    {
      eventName: 'INSERT',
      dynamodb: {
        Keys: marshall(importKeys({ id })) as never,
        NewImage: marshall({ ...importKeys({ id }), entity: 'import', id, state: 'pending' }) as never,
      },
    },
  ],
});

/** A CSV file of `count` activities, every column of the template filled as a person would. */
async function csvOf(ids: string[]): Promise<string> {
  const columns = csvColumns(activityImport.schema, activityImport.mapKeys(await loadKnownIds(store)));
  const cell = (record: Record<string, unknown>, name: string) => {
    const value = name
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], record);
    if (Array.isArray(value)) return value.join(';');
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`;
  };
  const rows = ids.map((id, i) =>
    newActivity(id, council, { date: `2026-0${1 + (i % 4)}-${String(1 + (i % 28)).padStart(2, '0')}` }),
  );
  return [columns.map((c) => c.name).join(','), ...rows.map((r) => columns.map((c) => cell(r, c.name)).join(','))].join(
    '\n',
  );
}

describe('an import of the most rows, in the deployed functions’ time', () => {
  it(`commits ${maxImportRows} rows: checked and handed over within the api's timeout, written within the jobs function's`, async () => {
    const ids = Array.from({ length: maxImportRows }, (_, i) => `most-${i}`);
    const csv = await csvOf(ids);
    const deps = { store, today: () => demoToday, now: () => new Date() };
    const started = await within(apiTimeoutSeconds, () => csvImports.activities.commit(deps, editor, { csv }));
    expect(started).toMatchObject({ state: 'pending', rows: maxImportRows });

    const report = await within(jobsTimeoutSeconds, (remaining) =>
      handler(newImportEvent(started.id), { getRemainingTimeInMillis: remaining }),
    );
    expect(report.imports).toEqual([{ id: started.id, state: 'complete' }]);
    expect(await importStatus(deps, editor, { id: started.id })).toMatchObject({
      state: 'complete',
      created: maxImportRows,
      unchanged: 0,
    });
    const stored = await getRecords(store, activityImport.kind as RecordKind<Record<string, unknown>>, ids);
    expect(stored.size).toBe(maxImportRows);

    // The stream hands the same import over again: it is complete, and nothing is written twice.
    expect((await handler(newImportEvent(started.id), { getRemainingTimeInMillis: () => 60_000 })).imports).toEqual([
      { id: started.id, state: 'complete' },
    ]);
  }, 600_000);

  it('stops an import whose time has run out, and keeps nothing of it', async () => {
    const ids = ['late-1', 'late-2', 'late-3'];
    const deps = { store, today: () => demoToday, now: () => new Date() };
    const started = await csvImports.activities.commit(deps, editor, { csv: await csvOf(ids) });
    const report = await handler(newImportEvent(started.id), { getRemainingTimeInMillis: () => -1 });
    expect(report.imports).toEqual([{ id: started.id, state: 'failed' }]);
    expect(await importStatus(deps, editor, { id: started.id })).toMatchObject({
      state: 'failed',
      failure: 'out-of-time',
    });
    expect((await getRecords(store, activityImport.kind as RecordKind<Record<string, unknown>>, ids)).size).toBe(0);
  });
});
