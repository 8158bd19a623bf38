import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@equal-partners/shared';
import { createRecord, type Store } from '../table/index.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { readSignatoryRollups } from './read-rollups.ts';
import { recomputeSignatoryMonth } from './recompute.ts';
import { activityKind } from '../activities/activity-entity.ts';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('recompute');
  store.onChange = undefined;
});
afterAll(() => store.drop());

function activity(id: string, total: number): Activity {
  return {
    id,
    signatoryId: 'oak-school',
    date: '2026-03-10',
    title: 'Drop-in',
    publicSummary: '',
    internalNotes: '',
    audience: ['parents-carers'],
    channel: 'face-to-face-meeting',
    setting: 'community',
    stage: 'design',
    level: 'consulting',
    lundy: { space: true, voice: true, audience: false, influence: false },
    principles: [],
    participants: { total, firstTime: 0, demographicsRecorded: 0, groups: {} },
    adjustments: [],
    createdAt: '2026-03-10T00:00:00.000Z',
    updatedAt: '2026-03-10T00:00:00.000Z',
    createdBy: 't',
    updatedBy: 't',
    version: 1,
  };
}

/** Stores an activity without delivering its change: the test runs the recomputes itself. */
async function write(a: Activity) {
  await createRecord(store, activityKind, a, 't', new Date('2026-03-10T00:00:00Z'));
}

/** A store whose rollup writes wait until `release` is called, to interleave two recomputes. */
function heldAtWrite(inner: Store): { store: Store; release: () => void; reachedWrite: Promise<void> } {
  let release!: () => void;
  let reached!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reachedWrite = new Promise<void>((resolve) => (reached = resolve));
  const client = {
    // The guarded write is the only request that sets attributes: claims add, reads set nothing.
    send: async (command: { input: { UpdateExpression?: string } }) => {
      if (command.input.UpdateExpression?.startsWith('SET')) {
        reached();
        await gate;
      }
      return inner.client.send(command as never);
    },
  } as unknown as Store['client'];
  return { store: { client, tableName: inner.tableName }, release, reachedWrite };
}

describe('recomputing a bucket', () => {
  it('never lets a slow recompute that read earlier overwrite a later one', async () => {
    const bucket = { signatoryId: 'oak-school', month: '2026-03' };
    await write(activity('first', 10));
    const slow = heldAtWrite(store);
    // The slow recompute reads only the first activity, then stalls before writing.
    const slowRun = recomputeSignatoryMonth(slow.store, bucket);
    await slow.reachedWrite;
    await write(activity('second', 25));
    expect(await recomputeSignatoryMonth(store, bucket)).toMatchObject({ written: true });
    slow.release();
    expect(await slowRun).toEqual({ written: false, drifted: false });
    const rollup = (await readSignatoryRollups(store, 'oak-school', ['2026-03'])).get('2026-03')!;
    expect(rollup.activities).toMatchObject({ activities: 2, participations: 35 });
  });

  it('reports drift only when the stored rollup differed', async () => {
    const bucket = { signatoryId: 'oak-school', month: '2026-03' };
    expect(await recomputeSignatoryMonth(store, bucket)).toEqual({ written: true, drifted: false });
    await write(activity('third', 5));
    expect(await recomputeSignatoryMonth(store, bucket)).toEqual({ written: true, drifted: true });
  });
});
