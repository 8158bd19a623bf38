import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@equal-partners/shared';
import { type Store } from '../table/index.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { claimGeneration, writeIfLatest } from './guarded-write.ts';
import { readSignatoryRollups } from './read-rollups.ts';
import { recomputeSignatoryMonth } from './recompute.ts';
import { activityKeys } from '../activities/activity-entity.ts';
import { signatoryRollupKeys } from './rollup-entity.ts';
import { primaryKey } from '../table/keys.ts';

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

async function write(a: Activity) {
  await store.client.send(
    new PutCommand({ TableName: store.tableName, Item: { ...a, ...activityKeys(a), entity: 'activity' } }),
  );
}

/** A store whose rollup writes wait until `release` is called, to interleave two recomputes. */
function heldAtWrite(inner: Store): { store: Store; release: () => void; reachedWrite: Promise<void> } {
  let release!: () => void;
  let reached!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reachedWrite = new Promise<void>((resolve) => (reached = resolve));
  const client = {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      if (command instanceof UpdateCommand && command.input.UpdateExpression?.startsWith('SET')) {
        reached();
        await gate;
      }
      return inner.client.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
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

  it('orders writes by the generation claimed before reading', async () => {
    const key = primaryKey(signatoryRollupKeys({ signatoryId: 'guard-test', month: '2030-01' }));
    const earlier = await claimGeneration(store, key);
    const later = await claimGeneration(store, key);
    expect(later).toBe(earlier + 1);
    expect((await writeIfLatest(store, key, later, { body: 'later' })).written).toBe(true);
    expect((await writeIfLatest(store, key, earlier, { body: 'earlier' })).written).toBe(false);
  });

  it('reports drift only when the stored rollup differed', async () => {
    const bucket = { signatoryId: 'oak-school', month: '2026-03' };
    expect(await recomputeSignatoryMonth(store, bucket)).toEqual({ written: true, drifted: false });
    await write(activity('third', 5));
    expect(await recomputeSignatoryMonth(store, bucket)).toEqual({ written: true, drifted: true });
  });
});
