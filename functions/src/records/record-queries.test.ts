/**
 * The record queries and commands called directly, with no HTTP: each caller's principal
 * against the demo partnership in the local store. The routes' own behaviour is tested
 * over HTTP in ./collect.test.ts and ../identity/authorisation.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { publicPrincipal, type Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../activities/activity-resource.ts';
import { cursorSigner } from '../http/cursors.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loops } from '../loops/loop-resource.ts';
import { partnershipKeys } from '../partnership/partnership-entity.ts';
import type { Store } from '../table/index.ts';
import { council, demoToday, newActivity, newLoop, school } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  createRecordCommand,
  deleteRecordCommand,
  listRecordsQuery,
  readRecordQuery,
  replaceRecordCommand,
  type ListDeps,
} from './record-queries.ts';

const councilEditor: Principal = {
  kind: 'user',
  id: 'demo-council-editor',
  role: 'signatory-editor',
  signatoryId: council,
};
const schoolEditor: Principal = {
  kind: 'user',
  id: 'demo-school-editor',
  role: 'signatory-editor',
  signatoryId: school,
};
const councilKey: Principal = { kind: 'api-key', id: 'key-1', role: 'signatory-editor', signatoryId: council };
const commissioner: Principal = { kind: 'user', id: 'demo-commissioner', role: 'commissioner' };
const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('record-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
});
afterAll(() => store.drop());

/** The problem a query throws; fails if it succeeds or throws anything else. */
async function problemOf(run: Promise<unknown>): Promise<Problem> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).problem;
}

/** The same dependencies on a store that records every request sent to it. */
function counted(): { deps: ListDeps; sent: string[] } {
  const sent: string[] = [];
  const send = (command: { input: Record<string, unknown> }) => {
    sent.push(JSON.stringify(command.input));
    return store.client.send(command as never);
  };
  return { deps: { ...deps, store: { ...store, client: { send } as unknown as Store['client'] } }, sent };
}

describe('an editor', () => {
  it("creates, reads, replaces and deletes their own organisation's records", async () => {
    const created = await createRecordCommand(deps, activities, councilEditor, { body: newActivity('q-own-1') });
    expect(created).toMatchObject({ id: 'q-own-1', version: 1, created: true });
    expect(created.record).toMatchObject({ id: 'q-own-1', createdBy: 'user:demo-council-editor' });

    const retried = await createRecordCommand(deps, activities, councilKey, { body: newActivity('q-own-1') });
    expect(retried).toMatchObject({ version: 1, created: false });

    const read = await readRecordQuery(deps, activities, councilKey, { id: 'q-own-1' });
    expect(read).toMatchObject({ version: 1, record: { title: 'Parent drop-in at the library' } });

    const replaced = await replaceRecordCommand(deps, activities, councilEditor, {
      id: 'q-own-1',
      body: newActivity('q-own-1', council, { title: 'Renamed' }),
      expectedVersion: 1,
    });
    expect(replaced).toMatchObject({ version: 2, record: { title: 'Renamed', updatedBy: 'user:demo-council-editor' } });

    await deleteRecordCommand(deps, activities, councilEditor, { id: 'q-own-1', expectedVersion: 2 });
    expect(await problemOf(readRecordQuery(deps, activities, councilEditor, { id: 'q-own-1' }))).toMatchObject({
      status: 404,
    });
  });

  it("finds another organisation's record exactly as one that does not exist, and changes nothing", async () => {
    await createRecordCommand(deps, activities, councilEditor, { body: newActivity('q-theirs-1') });
    const missing = await problemOf(readRecordQuery(deps, activities, schoolEditor, { id: 'q-no-such' }));
    const theirs = await problemOf(readRecordQuery(deps, activities, schoolEditor, { id: 'q-theirs-1' }));
    expect(missing.status).toBe(404);
    // The same but for the id each names (in the detail and in the values of its rule).
    const apartFromId = (problem: Problem) => ({
      ...problem,
      detail: '',
      values: { ...(problem.values as object), id: '' },
    });
    expect(apartFromId(theirs)).toEqual(apartFromId(missing));

    const body = newActivity('q-theirs-1', council, { title: 'Overwritten' });
    expect(
      await problemOf(
        replaceRecordCommand(deps, activities, schoolEditor, { id: 'q-theirs-1', body, expectedVersion: 1 }),
      ),
    ).toMatchObject({ status: 404 });
    expect(await problemOf(deleteRecordCommand(deps, activities, schoolEditor, { id: 'q-theirs-1' }))).toMatchObject({
      status: 404,
    });
    const kept = await readRecordQuery(deps, activities, councilEditor, { id: 'q-theirs-1' });
    expect(kept).toMatchObject({ version: 1, record: { title: 'Parent drop-in at the library' } });
  });

  it("lists their own organisation's records unless they name another, and is refused that", async () => {
    await createRecordCommand(deps, activities, schoolEditor, { body: newActivity('q-school-1', school) });
    const page = await listRecordsQuery(deps, activities, schoolEditor, { limit: 200 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(new Set(page.items.map((a) => a.signatoryId))).toEqual(new Set([school]));

    expect(
      await problemOf(listRecordsQuery(deps, activities, schoolEditor, { signatoryId: council, limit: 200 })),
    ).toMatchObject({ status: 403 });
  });

  it('may not create a record for another organisation: refused before anything is read', async () => {
    const { deps: countedDeps, sent } = counted();
    const problem = await problemOf(
      createRecordCommand(countedDeps, activities, schoolEditor, {
        body: newActivity('q-elsewhere-1', council, { principles: ['no-such-principle'] }),
      }),
    );
    expect(problem.status).toBe(403);
    expect(sent).toEqual([]);
  });
});

describe('a commissioner', () => {
  it('reads every organisation but writes nothing', async () => {
    await createRecordCommand(deps, loops, councilEditor, { body: newLoop('q-commissioner-1') });
    expect(await readRecordQuery(deps, loops, commissioner, { id: 'q-commissioner-1' })).toMatchObject({ version: 1 });

    const { deps: countedDeps, sent } = counted();
    const create = await problemOf(
      createRecordCommand(countedDeps, loops, commissioner, { body: newLoop('q-commissioner-2') }),
    );
    expect(create.status).toBe(403);
    // Refused before the references (the partnership, the signatories) or anything else is read.
    expect(sent).toEqual([]);

    const body = newLoop('q-commissioner-1', council, { status: 'in-progress' });
    expect(
      await problemOf(
        replaceRecordCommand(countedDeps, loops, commissioner, { id: 'q-commissioner-1', body, expectedVersion: 1 }),
      ),
    ).toMatchObject({ status: 403 });
    expect(
      await problemOf(deleteRecordCommand(countedDeps, loops, commissioner, { id: 'q-commissioner-1' })),
    ).toMatchObject({ status: 403 });
    // The replace and the delete read the record they are refused, but never what it refers to.
    expect(sent.some((input) => input.includes(partnershipKeys().pk))).toBe(false);
    expect(await readRecordQuery(deps, loops, admin, { id: 'q-commissioner-1' })).toMatchObject({
      version: 1,
      record: { status: 'open' },
    });
  });
});

describe('versions', () => {
  it('refuses a replace or delete at a stale version (412) and a replace with none (428)', async () => {
    await createRecordCommand(deps, loops, councilEditor, { body: newLoop('q-version-1') });
    await replaceRecordCommand(deps, loops, councilEditor, {
      id: 'q-version-1',
      body: newLoop('q-version-1', council, { status: 'in-progress' }),
      expectedVersion: 1,
    });
    const stale = {
      id: 'q-version-1',
      body: newLoop('q-version-1', council, { youSaid: 'Stale' }),
      expectedVersion: 1,
    };
    expect(await problemOf(replaceRecordCommand(deps, loops, councilEditor, stale))).toMatchObject({
      status: 412,
      type: '/api/problems/precondition-failed',
      detail: 'The feedback loop "q-version-1" is now at version 2. Read it again and reapply your change.',
      rule: 'changedSinceRead',
      values: { noun: 'feedback loop', id: 'q-version-1', current: '2' },
    });
    expect(
      await problemOf(replaceRecordCommand(deps, loops, councilEditor, { ...stale, expectedVersion: undefined })),
    ).toMatchObject({ status: 428 });
    expect(
      await problemOf(deleteRecordCommand(deps, loops, councilEditor, { id: 'q-version-1', expectedVersion: 1 })),
    ).toMatchObject({ status: 412 });
    expect(await readRecordQuery(deps, loops, councilEditor, { id: 'q-version-1' })).toMatchObject({
      version: 2,
      record: { status: 'in-progress', youSaid: 'Evening sessions please' },
    });
  });
});

describe('references', () => {
  it('are checked once the caller may write the record: an unknown principle is a 422', async () => {
    const { deps: countedDeps, sent } = counted();
    const problem = await problemOf(
      createRecordCommand(countedDeps, activities, councilEditor, {
        body: newActivity('q-reference-1', council, { principles: ['no-such-principle'] }),
      }),
    );
    expect(problem).toMatchObject({ status: 422, errors: [{ pointer: '/principles/0' }] });
    expect(sent.some((input) => input.includes(partnershipKeys().pk))).toBe(true);
  });
});

describe('every error of a record', () => {
  const fourErrors = newActivity('q-four-errors', council, {
    date: '2030-01-01',
    title: 'x'.repeat(201),
    participants: { total: 20, firstTime: 30, demographicsRecorded: 'lots', groups: {} },
  });

  it('comes in one problem: fields, rules between fields and a date in the future, four errors', async () => {
    const problem = await problemOf(createRecordCommand(deps, activities, councilEditor, { body: fourErrors }));
    expect(problem).toMatchObject({ status: 400, type: '/api/problems/validation' });
    expect(problem.errors?.map((e) => e.pointer)).toEqual([
      '/title',
      '/participants/demographicsRecorded',
      '/participants/firstTime',
      '/date',
    ]);
    expect(await problemOf(readRecordQuery(deps, activities, admin, { id: 'q-four-errors' }))).toMatchObject({
      status: 404,
    });
  });

  it('includes unknown references, read once the caller may write the record', async () => {
    const problem = await problemOf(
      createRecordCommand(deps, activities, admin, {
        body: newActivity('q-unknown', 'no-such-signatory', {
          title: '',
          principles: ['no-such-principle'],
          participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: { unicorns: 1 } },
        }),
      }),
    );
    expect(problem.errors?.map((e) => e.pointer)).toEqual([
      '/title',
      '/signatoryId',
      '/principles/0',
      '/participants/groups/unicorns',
    ]);
  });

  it('is refused (403) to a caller who may not write the record, before any error is listed or anything read', async () => {
    const { deps: countedDeps, sent } = counted();
    const theirs = newActivity('q-four-errors', school, { date: '2030-01-01', title: 'x'.repeat(201) });
    for (const [principal, body] of [
      [councilEditor, theirs],
      [commissioner, fourErrors],
    ] as const) {
      const problem = await problemOf(createRecordCommand(countedDeps, activities, principal, { body }));
      expect(problem).toMatchObject({ status: 403 });
      expect(problem.errors).toBeUndefined();
    }
    expect(sent).toEqual([]);
  });

  it('says what to fix when whose record it is cannot be read, but reads nothing for it', async () => {
    const { deps: countedDeps, sent } = counted();
    const body = newActivity('q-no-owner', 'Not An Id', { date: '2030-01-01', principles: ['no-such-principle'] });
    const problem = await problemOf(createRecordCommand(countedDeps, activities, councilEditor, { body }));
    expect(problem).toMatchObject({ status: 400 });
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/signatoryId', '/date']);
    expect(sent).toEqual([]);
    expect(await problemOf(createRecordCommand(countedDeps, activities, publicPrincipal, { body }))).toMatchObject({
      status: 401,
    });
  });

  it('of a replacement comes in one problem too, once the record is found and may be changed', async () => {
    await createRecordCommand(deps, activities, councilEditor, { body: newActivity('q-replace-errors') });
    const body = newActivity('q-replace-errors', council, {
      title: 'x'.repeat(201),
      date: '2030-01-01',
      participants: { total: 20, firstTime: 30, demographicsRecorded: 'lots', groups: {} },
    });
    const problem = await problemOf(
      replaceRecordCommand(deps, activities, councilEditor, { id: 'q-replace-errors', body, expectedVersion: 1 }),
    );
    expect(problem.errors?.map((e) => e.pointer)).toEqual([
      '/title',
      '/participants/demographicsRecorded',
      '/participants/firstTime',
      '/date',
    ]);
    expect(
      await problemOf(
        replaceRecordCommand(deps, activities, schoolEditor, { id: 'q-replace-errors', body, expectedVersion: 1 }),
      ),
    ).toMatchObject({ status: 404 });
  });
});

describe('an end date', () => {
  it('before the start date is refused on create and replace', async () => {
    const endsEarly = newActivity('q-ends-early', council, { date: '2026-05-02', endDate: '2026-05-01' });
    const problem = await problemOf(createRecordCommand(deps, activities, councilEditor, { body: endsEarly }));
    expect(problem).toMatchObject({ status: 400, errors: [{ pointer: '/endDate' }] });
    expect(problem.errors).toHaveLength(1);

    await createRecordCommand(deps, activities, councilEditor, {
      body: { ...endsEarly, endDate: '2026-05-02' },
    });
    expect(
      await problemOf(
        replaceRecordCommand(deps, activities, councilEditor, {
          id: 'q-ends-early',
          body: endsEarly,
          expectedVersion: 1,
        }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/endDate' }] });
  });
});

describe("a loop's linked activities", () => {
  it("must be its own organisation's, and one it already links stays accepted once deleted", async () => {
    await createRecordCommand(deps, activities, councilEditor, { body: newActivity('q-linked-own') });
    await createRecordCommand(deps, activities, schoolEditor, { body: newActivity('q-linked-theirs', school) });
    const problem = await problemOf(
      createRecordCommand(deps, loops, councilEditor, {
        body: newLoop('q-linked-1', council, {
          activityIds: ['q-linked-own', 'q-linked-theirs', 'q-linked-missing', 'not an id'],
        }),
      }),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/activityIds/3', '/activityIds/1', '/activityIds/2']);
    // Only the other organisation's and the missing one: a 422, as for any unknown reference.
    expect(
      await problemOf(
        createRecordCommand(deps, loops, councilEditor, {
          body: newLoop('q-linked-1', council, { activityIds: ['q-linked-theirs', 'q-linked-missing'] }),
        }),
      ),
    ).toMatchObject({ status: 422, errors: [{ pointer: '/activityIds/0' }, { pointer: '/activityIds/1' }] });

    const loop = newLoop('q-linked-1', council, { activityIds: ['q-linked-own'] });
    await createRecordCommand(deps, loops, councilEditor, { body: loop });
    await deleteRecordCommand(deps, activities, councilEditor, { id: 'q-linked-own' });
    const replaced = await replaceRecordCommand(deps, loops, councilEditor, {
      id: 'q-linked-1',
      body: { ...loop, status: 'in-progress' },
      expectedVersion: 1,
    });
    expect(replaced).toMatchObject({ version: 2, record: { activityIds: ['q-linked-own'] } });
  });
});

describe('lists', () => {
  it('validate their input, and follow only a cursor signed for the same list', async () => {
    expect(await problemOf(listRecordsQuery(deps, activities, admin, { limit: 0 }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/limit' }],
    });
    expect(
      await problemOf(listRecordsQuery(deps, activities, admin, { from: '2026-05-02', to: '2026-05-01' })),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/to' }] });

    const first = await listRecordsQuery(deps, activities, admin, { signatoryId: council, limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeDefined();
    const second = await listRecordsQuery(deps, activities, admin, {
      signatoryId: council,
      limit: 1,
      cursor: first.nextCursor,
    });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);

    // The same cursor for another list, or a store cursor this API did not sign, is refused.
    for (const input of [
      { signatoryId: school, limit: 1, cursor: first.nextCursor },
      { signatoryId: council, limit: 1, cursor: first.nextCursor!.slice(0, first.nextCursor!.lastIndexOf('.')) },
    ]) {
      expect(await problemOf(listRecordsQuery(deps, activities, admin, input))).toMatchObject({
        status: 400,
        title: 'Invalid cursor',
        errors: [{ pointer: '/cursor', rule: 'invalidCursor' }],
      });
    }
  });
});

describe('a body from a page', () => {
  it('is read as a client would send it: a field left undefined is absent, so creating it again is safe', async () => {
    const body = newActivity('q-undefined-1', council, { endDate: undefined, experience: undefined });
    const created = await createRecordCommand(deps, activities, councilEditor, { body });
    expect(created).toMatchObject({ created: true, version: 1 });
    expect(Object.keys(created.record)).not.toContain('endDate');

    const retried = await createRecordCommand(deps, activities, councilEditor, { body });
    expect(retried).toMatchObject({ created: false, version: 1 });
  });
});

describe('ids', () => {
  it('longer than any record has are not found, as any other unknown id, without asking the store', async () => {
    const { deps: countedDeps, sent } = counted();
    const id = 'x'.repeat(5000);
    expect(await problemOf(readRecordQuery(countedDeps, activities, admin, { id }))).toMatchObject({ status: 404 });
    expect(await problemOf(deleteRecordCommand(countedDeps, activities, admin, { id }))).toMatchObject({ status: 404 });
    // A caller who may read none is still told so first.
    expect(await problemOf(readRecordQuery(countedDeps, activities, publicPrincipal, { id }))).toMatchObject({
      status: 401,
    });
    expect(sent).toEqual([]);
  });
});

describe('a problem a page shows', () => {
  it('names the rule of its sentence beside the English, so the page can say it in its language', async () => {
    // A refusal, with no field: its reason's code (shared's authorize).
    const refused = await problemOf(
      createRecordCommand(deps, activities, councilEditor, {
        body: { ...newActivity('q-rule-1'), signatoryId: school },
      }),
    );
    expect(refused).toMatchObject({
      status: 403,
      detail: 'You can only see and change your own organisation’s records.',
      rule: 'ownRecordsOnly',
    });
    // A record that is not there: the noun and the id as values.
    expect(await problemOf(readRecordQuery(deps, loops, councilEditor, { id: 'q-rule-none' }))).toMatchObject({
      status: 404,
      detail: 'There is no feedback loop with the id "q-rule-none".',
      rule: 'recordNotFound',
      values: { noun: 'feedback loop', id: 'q-rule-none' },
    });
    // A replacement whose id is not the address's.
    await createRecordCommand(deps, activities, councilEditor, { body: newActivity('q-rule-2') });
    const other = await problemOf(
      replaceRecordCommand(deps, activities, councilEditor, {
        id: 'q-rule-2',
        body: newActivity('q-rule-3'),
        expectedVersion: 1,
      }),
    );
    expect(other.errors).toContainEqual({
      pointer: '/id',
      message: 'Expected "q-rule-2", the id in the address',
      rule: 'idNotTheAddress',
      values: { id: 'q-rule-2' },
    });
    // A list whose last date is before its first.
    const dates = await problemOf(
      listRecordsQuery(deps, activities, councilEditor, { from: '2026-03-01', to: '2026-02-01' }),
    );
    expect(dates.errors).toEqual([
      {
        pointer: '/to',
        message: 'The last date (2026-02-01) is before the first date (2026-03-01)',
        rule: 'lastDateBeforeFirst',
        values: { to: '2026-02-01', from: '2026-03-01' },
      },
    ]);
  });
});
