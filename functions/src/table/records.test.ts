/**
 * The write rules of ./records.ts against the local store: a safe retried create, a
 * conflicting one, optimistic concurrency checked in the write itself, the two-step
 * delete, derived fields, and one report to the change listener per change (per batch
 * for a batch of creates).
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Activity, FeedbackLoop } from '@equal-partners/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activityKind } from '../activities/activity-entity.ts';
import { auditTrail } from '../audit/audit-events.ts';
import { recordAuditEvents } from '../audit/audit-events.ts';
import { loopKind } from '../loops/loop-entity.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import type { ItemChange } from './changes.ts';
import {
  createRecord,
  createRecords,
  deleteRecord,
  getRecord,
  updateRecord,
  WriteRefused,
  type WriteRefusal,
} from './records.ts';

let store: TestStore;
/** Every call of the change listener, in order. */
let reported: (readonly ItemChange[])[] = [];

beforeAll(async () => {
  store = await createTestStore('records');
  // Record what is reported, and keep the audit trail as the real listener does (rollups are not needed here).
  store.onChange = async (changes) => {
    reported.push(changes);
    await recordAuditEvents(store, changes);
  };
});
afterAll(() => store.drop());
beforeEach(() => {
  reported = [];
});

const t0 = new Date('2026-05-01T09:00:00.000Z');
const t1 = new Date('2026-05-02T09:00:00.000Z');
const t2 = new Date('2026-05-03T09:00:00.000Z');

function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    signatoryId: 'sig-a',
    date: '2026-04-20',
    title: 'Parent drop-in',
    channel: 'face-to-face-meeting',
    participants: { total: 12 },
    ...overrides,
  } as unknown as Activity;
}

function loop(id: string, overrides: Partial<FeedbackLoop> = {}): FeedbackLoop {
  return {
    id,
    signatoryId: 'sig-a',
    raisedOn: '2026-04-01',
    youSaid: 'Evening sessions please',
    weDid: '',
    status: 'open',
    ...overrides,
  } as unknown as FeedbackLoop;
}

/** The refusal a write was refused with; fails the test if the write succeeded. */
async function refusalOf(write: Promise<unknown>): Promise<WriteRefusal> {
  try {
    await write;
  } catch (error) {
    if (error instanceof WriteRefused) return error.refusal;
    throw error;
  }
  throw new Error('the write was not refused');
}

const rawItem = async (id: string) =>
  (await store.client.send(new GetCommand({ TableName: store.tableName, Key: activityKind.keyOf(id) }))).Item;

/**
 * Changes a stored activity behind the back of a write that has already read it, as a racing
 * writer would: just before the first `commandName` (the low-level name, e.g. `PutItemCommand`).
 */
function raceOnce(commandName: string, id: string) {
  let raced = false;
  const name = `race-${commandName}-${id}`;
  store.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!raced && context.commandName === commandName) {
        raced = true;
        store.client.middlewareStack.remove(name);
        await store.client.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: activityKind.keyOf(id),
            UpdateExpression: 'SET version = :v, title = :title',
            ExpressionAttributeValues: { ':v': 2, ':title': 'Changed by someone else' },
          }),
        );
      }
      return next(args);
    },
    { step: 'initialize', name },
  );
}

describe('create', () => {
  it('stores a new record at version 1 with who and when, under the keys its entity builds', async () => {
    const { record, created } = await createRecord(store, activityKind, activity('c-1'), 'user:ana', t0);
    expect(created).toBe(true);
    expect(record).toMatchObject({
      id: 'c-1',
      version: 1,
      createdAt: t0.toISOString(),
      updatedAt: t0.toISOString(),
      createdBy: 'user:ana',
      updatedBy: 'user:ana',
    });
    expect(await getRecord(store, activityKind, 'c-1')).toEqual(record);
    expect(await rawItem('c-1')).toMatchObject({
      ...activityKind.keys(activity('c-1')),
      entity: 'activity',
    });
    expect(reported).toHaveLength(1);
    expect(reported[0]).toEqual([{ keys: activityKind.keyOf('c-1'), newImage: await rawItem('c-1') }]);
  });

  it('answers a retry with the same content with the original, created: false, and delivers the original change again', async () => {
    const first = await createRecord(store, activityKind, activity('c-2'), 'user:ana', t0);
    reported = [];
    // Another caller, later, and with a field left undefined (not stored, so no difference).
    const again = await createRecord(
      store,
      activityKind,
      activity('c-2', { internalNotes: undefined }),
      'user:ben',
      t1,
    );
    expect(again).toEqual({ record: first.record, created: false });
    // The first attempt's change may never have been delivered (its answer lost, or the process
    // stopped): the original, unchanged, is delivered again, never the retry's own content.
    expect(reported).toHaveLength(1);
    const [[change]] = reported as [[{ keys: unknown; oldImage?: unknown; newImage: Record<string, unknown> }]];
    expect(change.keys).toEqual(activityKind.keyOf('c-2'));
    expect(change.oldImage).toBeUndefined();
    expect(change.newImage).toMatchObject({ ...first.record, entity: 'activity', createdBy: 'user:ana', version: 1 });
  });

  it('does not deliver a create again once the record has been changed since', async () => {
    await createRecord(store, activityKind, activity('c-2b'), 'user:ana', t0);
    await updateRecord(store, activityKind, 'c-2b', activity('c-2b', { title: 'Renamed' }), 1, 'user:ana', t1);
    await updateRecord(store, activityKind, 'c-2b', activity('c-2b'), 2, 'user:ana', t1);
    reported = [];
    const again = await createRecord(store, activityKind, activity('c-2b'), 'user:ben', t1);
    expect(again.created).toBe(false);
    expect(reported).toEqual([]);
  });

  it('refuses the same id with other content as a conflict, naming the original, and keeps it', async () => {
    const first = await createRecord(store, activityKind, activity('c-3'), 'user:ana', t0);
    reported = [];
    const refusal = await refusalOf(
      createRecord(store, activityKind, activity('c-3', { title: 'Something else' }), 'user:ben', t1),
    );
    expect(refusal).toEqual({ reason: 'conflict', existing: first.record });
    expect(await getRecord(store, activityKind, 'c-3')).toEqual(first.record);
    expect(reported).toEqual([]);
  });

  it('does not read another kind’s item as the record with that id', async () => {
    await createRecord(store, activityKind, activity('c-4'), 'user:ana', t0);
    expect(await getRecord(store, loopKind, 'c-4')).toBeUndefined();
  });
});

describe('a batch of creates', () => {
  it('keeps each create’s rules, a later record with an earlier one’s id written after it, and reports the batch once', async () => {
    await createRecord(store, activityKind, activity('b-taken'), 'user:ana', t0);
    reported = [];
    const outcomes = await createRecords(
      store,
      activityKind,
      [
        activity('b-1'),
        activity('b-taken', { title: 'Something else' }),
        activity('b-2'),
        activity('b-1'),
        activity('b-2', { title: 'Another title' }),
        activity('b-taken'),
      ],
      'user:ben',
      t1,
    );
    expect(
      outcomes.map((o) => (o.status === 'fulfilled' ? o.value.created : (o.reason as WriteRefused).refusal.reason)),
    ).toEqual([true, 'conflict', true, false, 'conflict', false]);
    expect((await getRecord(store, activityKind, 'b-2'))?.title).toBe('Parent drop-in');
    // One report for the batch: each record written, and the repeat of one still at version 1 (as a single create reports it), once each.
    expect(reported).toHaveLength(1);
    expect(reported[0]!.map((c) => c.keys.pk).sort()).toEqual(
      [activityKind.keyOf('b-1').pk, activityKind.keyOf('b-2').pk, activityKind.keyOf('b-taken').pk].sort(),
    );
    expect((await auditTrail(store, 'activity', 'b-1')).map((e) => [e.action, e.by])).toEqual([['create', 'user:ben']]);
  });

  it('reports nothing when nothing was written', async () => {
    expect(await createRecords(store, activityKind, [], 'user:ben', t1)).toEqual([]);
    expect(reported).toEqual([]);
  });
});

describe('update', () => {
  it('replaces the record at the expected version, keeps who created it, and increments the version', async () => {
    await createRecord(store, activityKind, activity('u-1'), 'user:ana', t0);
    reported = [];
    const { record, before } = await updateRecord(
      store,
      activityKind,
      'u-1',
      activity('u-1', { title: 'Renamed' }),
      1,
      'user:ben',
      t1,
    );
    expect(before).toMatchObject({ title: 'Parent drop-in', version: 1 });
    expect(record).toMatchObject({
      title: 'Renamed',
      version: 2,
      createdAt: t0.toISOString(),
      createdBy: 'user:ana',
      updatedAt: t1.toISOString(),
      updatedBy: 'user:ben',
    });
    expect(await getRecord(store, activityKind, 'u-1')).toEqual(record);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toHaveLength(1);
    expect(reported[0]![0]).toMatchObject({
      keys: activityKind.keyOf('u-1'),
      oldImage: { title: 'Parent drop-in', version: 1, entity: 'activity', pk: activityKind.keyOf('u-1').pk },
      newImage: { title: 'Renamed', version: 2, entity: 'activity', pk: activityKind.keyOf('u-1').pk },
    });
  });

  it('moves the record in its lists when a listed field changes', async () => {
    await createRecord(store, activityKind, activity('u-2'), 'user:ana', t0);
    await updateRecord(store, activityKind, 'u-2', activity('u-2', { date: '2026-03-01' }), 1, 'user:ana', t1);
    expect(await rawItem('u-2')).toMatchObject({ gsi1sk: '2026-03-01#u-2', gsi2sk: '2026-03-01#u-2' });
  });

  it('refuses a stale version, naming the current one, and leaves the record unchanged', async () => {
    await createRecord(store, activityKind, activity('u-3'), 'user:ana', t0);
    await updateRecord(store, activityKind, 'u-3', activity('u-3', { title: 'Second' }), 1, 'user:ana', t1);
    const stored = await rawItem('u-3');
    reported = [];
    const refusal = await refusalOf(
      updateRecord(store, activityKind, 'u-3', activity('u-3', { title: 'Lost update' }), 1, 'user:ben', t2),
    );
    expect(refusal).toEqual({ reason: 'version-mismatch', current: 2 });
    expect(await rawItem('u-3')).toEqual(stored);
    expect(reported).toEqual([]);
  });

  it('checks the version in the write itself: a writer that changed it since the read wins', async () => {
    await createRecord(store, activityKind, activity('u-4'), 'user:ana', t0);
    reported = [];
    raceOnce('PutItemCommand', 'u-4');
    const refusal = await refusalOf(
      updateRecord(store, activityKind, 'u-4', activity('u-4', { title: 'Lost update' }), 1, 'user:ben', t1),
    );
    expect(refusal).toEqual({ reason: 'version-mismatch', current: 2 });
    expect(await rawItem('u-4')).toMatchObject({ title: 'Changed by someone else', version: 2 });
    expect(reported).toEqual([]);
  });

  it('refuses a record that does not exist as not found, and creates nothing', async () => {
    const refusal = await refusalOf(
      updateRecord(store, activityKind, 'u-missing', activity('u-missing'), 1, 'user:ana', t0),
    );
    expect(refusal).toEqual({ reason: 'not-found' });
    expect(await rawItem('u-missing')).toBeUndefined();
    expect(reported).toEqual([]);
  });
});

describe('delete, in two steps', () => {
  it('first stamps who deleted it and when, then deletes: the one change reported carries both', async () => {
    await createRecord(store, activityKind, activity('d-1'), 'user:ana', t0);
    reported = [];
    const before = await deleteRecord(store, activityKind, 'd-1', 1, 'user:ben', t1);
    expect(before).toMatchObject({ id: 'd-1', version: 1 });
    expect(await rawItem('d-1')).toBeUndefined();
    // The stamp is a write of its own, but only the delete is reported.
    expect(reported).toHaveLength(1);
    expect(reported[0]).toEqual([
      {
        keys: activityKind.keyOf('d-1'),
        oldImage: expect.objectContaining({
          id: 'd-1',
          version: 1,
          deletedBy: 'user:ben',
          deletedAt: t1.toISOString(),
        }) as unknown,
      },
    ]);
    expect(reported[0]![0]!.newImage).toBeUndefined();
  });

  it('leaves the audit trail the deletion, by whom and when, with what the record held', async () => {
    await createRecord(store, activityKind, activity('d-2'), 'user:ana', t0);
    await deleteRecord(store, activityKind, 'd-2', 1, 'user:ben', t1);
    const trail = await auditTrail(store, 'activity', 'd-2');
    expect(trail.map((e) => [e.action, e.by, e.at, e.version])).toEqual([
      ['create', 'user:ana', t0.toISOString(), 1],
      ['delete', 'user:ben', t1.toISOString(), 1],
    ]);
    expect(trail[1]!.before).toMatchObject({ title: 'Parent drop-in' });
  });

  it('deletes whatever version is stored when none is given', async () => {
    await createRecord(store, activityKind, activity('d-3'), 'user:ana', t0);
    await updateRecord(store, activityKind, 'd-3', activity('d-3', { title: 'Second' }), 1, 'user:ana', t1);
    await deleteRecord(store, activityKind, 'd-3', undefined, 'user:ben', t2);
    expect(await rawItem('d-3')).toBeUndefined();
  });

  it('refuses a stale version, naming the current one, and leaves the record unstamped', async () => {
    await createRecord(store, activityKind, activity('d-4'), 'user:ana', t0);
    await updateRecord(store, activityKind, 'd-4', activity('d-4', { title: 'Second' }), 1, 'user:ana', t1);
    const stored = await rawItem('d-4');
    reported = [];
    expect(await refusalOf(deleteRecord(store, activityKind, 'd-4', 1, 'user:ben', t2))).toEqual({
      reason: 'version-mismatch',
      current: 2,
    });
    expect(await rawItem('d-4')).toEqual(stored);
    expect(reported).toEqual([]);
  });

  it('checks the version in the write itself: a writer that changed it since the read wins', async () => {
    await createRecord(store, activityKind, activity('d-5'), 'user:ana', t0);
    reported = [];
    raceOnce('UpdateItemCommand', 'd-5');
    expect(await refusalOf(deleteRecord(store, activityKind, 'd-5', 1, 'user:ben', t1))).toEqual({
      reason: 'version-mismatch',
      current: 2,
    });
    const item = await rawItem('d-5');
    expect(item).toMatchObject({ title: 'Changed by someone else', version: 2 });
    expect(item).not.toHaveProperty('deletedBy');
    expect(reported).toEqual([]);
  });

  it('refuses a record that does not exist as not found', async () => {
    expect(await refusalOf(deleteRecord(store, activityKind, 'd-missing', 1, 'user:ben', t0))).toEqual({
      reason: 'not-found',
    });
    expect(await refusalOf(deleteRecord(store, activityKind, 'd-missing', undefined, 'user:ben', t0))).toEqual({
      reason: 'not-found',
    });
    expect(reported).toEqual([]);
  });
});

describe('derived fields (a loop’s publication, docs/decisions/0402)', () => {
  it('are set on create: new texts wait to be checked from the time of the write', async () => {
    const { record } = await createRecord(store, loopKind, loop('p-1'), 'user:ana', t0);
    expect(record.publication).toEqual({ status: 'waiting', since: t0.toISOString() });
    expect(await getRecord(store, loopKind, 'p-1')).toMatchObject({
      publication: { status: 'waiting', since: t0.toISOString() },
    });
  });

  it('do not count as content: a retried create is the same record whatever it says of them', async () => {
    const first = await createRecord(store, loopKind, loop('p-2'), 'user:ana', t0);
    const retried = loop('p-2', { publication: { status: 'published', since: t1.toISOString() } } as never);
    const again = await createRecord(store, loopKind, retried, 'user:ana', t1);
    expect(again).toEqual({ record: first.record, created: false });
    expect((await getRecord(store, loopKind, 'p-2'))?.publication).toEqual({
      status: 'waiting',
      since: t0.toISOString(),
    });
  });

  it('are kept by an update that leaves the texts alone, and reset by one that changes them', async () => {
    await createRecord(store, loopKind, loop('p-3'), 'user:ana', t0);
    // The publish command writes the publication it decided with the record.
    const published = { status: 'published', since: t1.toISOString(), by: 'user:admin' };
    await updateRecord(store, loopKind, 'p-3', loop('p-3', { publication: published } as never), 1, 'user:admin', t1);
    const statusOnly = await updateRecord(
      store,
      loopKind,
      'p-3',
      loop('p-3', { status: 'in-progress' }),
      2,
      'user:ana',
      t2,
    );
    expect(statusOnly.record.publication).toEqual(published);
    const textChanged = await updateRecord(
      store,
      loopKind,
      'p-3',
      loop('p-3', { status: 'in-progress', youSaid: 'Weekend sessions please' }),
      3,
      'user:ana',
      t2,
    );
    expect(textChanged.record.publication).toEqual({ status: 'waiting', since: t2.toISOString() });
  });
});
