/**
 * The overdue counts the exceptions take from the standings (decision 0115) are the
 * digest's, which lists the loops: for open, closed and communicated loops, a loop
 * communicated back after it was overdue, a deleted loop, a signatory with no loops, days
 * before and after the standings were computed, and standings kept before they held the
 * oldest open loop. The loops are written straight into the table and aggregated.
 */
import fc from 'fast-check';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  dayOf,
  defaultSettings,
  localVoicesCharter,
  sectors,
  type FeedbackLoop,
  type Signatory,
} from '@equal-partners/shared';
import { loopArb } from '@equal-partners/shared/testing';
import { partnershipKeys } from '../partnership/partnership-entity.ts';
import { applyChanges } from '../rollups/apply-changes.ts';
import { readStandings } from '../rollups/read-rollups.ts';
import { recomputeStanding } from '../rollups/recompute.ts';
import { standingKeys } from '../rollups/standing-entity.ts';
import { listSignatories, signatoryKeys } from '../signatories/signatory-entity.ts';
import type { ItemChange } from '../table/index.ts';
import { callers } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { partnershipExceptions } from '../reports/exception-queries.ts';
import { loopKeys } from './loop-entity.ts';
import { overdueCounts, overdueDigest, type OverdueCount } from './overdue-digest.ts';

const signatoryIds = ['north', 'south', 'east', 'quiet'] as const;
/** The day the standings are computed on. */
const computedOn = new Date('2026-06-20T12:00:00Z');
const stamp = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedBy: 't',
  version: 1,
};

let store: TestStore;

const put = (item: Record<string, unknown>) =>
  store.client.send(new PutCommand({ TableName: store.tableName, Item: item }));

/** Writes (or deletes, with `undefined`) loops straight into the table, then aggregates the changes as of `computedOn`. */
async function writeLoops(loops: readonly (FeedbackLoop | { delete: FeedbackLoop })[]) {
  const changes: ItemChange[] = [];
  for (const loop of loops) {
    if ('delete' in loop) {
      const keys = loopKeys(loop.delete);
      await store.client.send(new DeleteCommand({ TableName: store.tableName, Key: { pk: keys.pk, sk: keys.sk } }));
      changes.push({ keys: { pk: keys.pk, sk: keys.sk }, oldImage: { ...loop.delete, ...keys, entity: 'loop' } });
    } else {
      const keys = loopKeys(loop);
      const item = { ...loop, ...keys, entity: 'loop' };
      await put(item);
      changes.push({ keys: { pk: keys.pk, sk: keys.sk }, newImage: item });
    }
  }
  await applyChanges(store, changes, { now: () => computedOn });
}

/** The digest's figures, counted as the exceptions counted them before (decision 0115): its lists' lengths and oldest. */
async function countsFromDigest(today: Date) {
  const digest = await overdueDigest(store, today);
  const count = (items: readonly { daysOpen: number }[]): OverdueCount => ({
    count: items.length,
    oldestDays: items.length === 0 ? null : Math.max(...items.map((i) => i.daysOpen)),
  });
  return new Map(
    digest.signatories.map((s) => [s.signatoryId, { loops: count(s.loops), challenges: count(s.challenges) }]),
  );
}

async function countsNow(today: Date) {
  return overdueCounts(store, today, { signatories: listSignatories(store), standings: readStandings(store) });
}

const loop = (id: string, signatoryId: string, raisedOn: string, communicatedOn?: string): FeedbackLoop => ({
  id,
  signatoryId,
  activityIds: [],
  raisedOn,
  youSaid: 'A point',
  weDid: '',
  status: communicatedOn ? 'done' : 'open',
  ...(communicatedOn ? { communicatedOn, outcome: 'service-change' as const } : {}),
  principles: [],
  consentToPublish: false,
  ...stamp,
});

/** 90 days to communicate a loop back: on 2026-06-20 a loop raised on 2026-03-21 or before is overdue. */
const today = computedOn;
const lastOverdue = addDays(dayOf(today), -defaultSettings.loopDueDays - 1);

beforeAll(async () => {
  store = await createTestStore('overdue-counts');
  store.onChange = undefined;
  await put({
    ...partnershipKeys(),
    entity: 'partnership',
    name: 'Generated partnership',
    area: 'Nowhere',
    charter: localVoicesCharter,
    groups: [],
    settings: defaultSettings,
  });
  const signatories: Signatory[] = signatoryIds.map((id, i) => ({
    id,
    name: `Signatory ${id}`,
    sector: sectors[i % sectors.length]!,
    signedOn: '2024-01-01',
    charterStatus: 'signed',
    active: true,
    ...stamp,
  }));
  for (const s of signatories) await put({ ...s, ...signatoryKeys(s), entity: 'signatory' });
  const generated = fc
    .sample(loopArb(['north', 'south', 'east'], '2025-01-01', 520), { numRuns: 60, seed: 15 })
    .map((l, i) => ({ ...l, id: `${l.id}-${i}` }));
  await writeLoops([
    ...generated,
    loop('on-the-day', 'north', lastOverdue),
    loop('a-day-short', 'north', addDays(lastOverdue, 1)),
    loop('closed-late', 'south', '2025-02-01', '2026-06-01'),
    loop('to-communicate', 'east', '2025-03-01'),
    loop('to-delete', 'east', '2024-12-01'),
  ]);
  // The signatory with no loops gets its standing as the reconcile job gives every signatory one.
  await recomputeStanding(store, 'quiet', { asOf: dayOf(computedOn), loopDueDays: defaultSettings.loopDueDays });
});
afterAll(async () => {
  await store?.drop();
});

describe('the overdue counts', () => {
  it('equal the digest’s, counted from the standings, on the day they were computed and after', async () => {
    for (const day of [0, 1, 45, 400]) {
      const on = new Date(today.getTime() + day * 86_400_000);
      const counts = await countsNow(on);
      expect(counts.loopsFrom, `day ${day}`).toBe('standings');
      expect(counts.signatories, `day ${day}`).toEqual(await countsFromDigest(on));
    }
    const counts = await countsNow(today);
    // The comparison compared something: open loops overdue and not, on the cutoff and a day short.
    expect(counts.signatories.get('north')!.loops.count).toBeGreaterThan(1);
    expect(counts.signatories.get('east')!.loops.oldestDays).toBe(
      (Date.parse('2026-06-20') - Date.parse('2024-12-01')) / 86_400_000,
    );
    expect(counts.signatories.has('quiet')).toBe(false);
    const digest = await overdueDigest(store, today);
    const northIds = digest.signatories.find((s) => s.signatoryId === 'north')!.loops.map((l) => l.id);
    expect(northIds).toContain('on-the-day');
    expect(northIds).not.toContain('a-day-short');
  });

  it('equal the digest’s on days long before the standings were computed, listing the loops when a standing cannot answer', async () => {
    const froms = new Set<string>();
    for (const day of [-5, -200, -400]) {
      const on = new Date(today.getTime() + day * 86_400_000);
      const counts = await countsNow(on);
      froms.add(counts.loopsFrom);
      expect(counts.signatories, `day ${day}`).toEqual(await countsFromDigest(on));
    }
    expect(froms).toEqual(new Set(['standings', 'listed loops']));
  });

  it('follow a loop communicated back after it was overdue, and a deleted loop', async () => {
    const before = (await countsNow(today)).signatories.get('east')!.loops;
    await writeLoops([
      loop('to-communicate', 'east', '2025-03-01', '2026-06-19'),
      { delete: loop('to-delete', 'east', '2024-12-01') },
    ]);
    const counts = await countsNow(today);
    expect(counts.loopsFrom).toBe('standings');
    expect(counts.signatories).toEqual(await countsFromDigest(today));
    const after = counts.signatories.get('east')?.loops ?? { count: 0, oldestDays: null };
    expect(after.count).toBe(before.count - 2);
    expect(after.oldestDays).not.toBe(before.oldestDays);
  });

  it('list the loops while a standing kept before it held the oldest open loop, and not once it is recomputed', async () => {
    const standing = (await readStandings(store)).get('north')!;
    const { oldestOpen: _, ...kept } = standing;
    await store.client.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: standingKeys({ signatoryId: 'north' }),
        UpdateExpression: 'SET #body = :body',
        ExpressionAttributeNames: { '#body': 'body' },
        ExpressionAttributeValues: { ':body': JSON.stringify(kept) },
      }),
    );
    const listed = await countsNow(today);
    expect(listed.loopsFrom).toBe('listed loops');
    expect(listed.signatories).toEqual(await countsFromDigest(today));
    // The reconcile job's recompute gives it `oldestOpen`, and reports no drift: nothing it held was wrong.
    const recomputed = await recomputeStanding(store, 'north', { asOf: dayOf(today), loopDueDays: 90 });
    expect(recomputed).toEqual({ written: true, drifted: false });
    expect((await readStandings(store)).get('north')!.oldestOpen).not.toBeUndefined();
    expect((await countsNow(today)).loopsFrom).toBe('standings');
  });

  it('are what the exceptions report, which list no loops', async () => {
    const sent: string[] = [];
    const counting = {
      ...store,
      client: {
        send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
          sent.push(`${command.constructor.name} ${JSON.stringify(command.input)}`);
          return store.client.send(command as never);
        },
      } as unknown as TestStore['client'],
    };
    const answer = await partnershipExceptions({ store: counting, today: () => today }, callers.admin, {});
    const digest = await countsFromDigest(today);
    for (const row of answer.signatories) {
      const none = { count: 0, oldestDays: null };
      expect(row.overdueLoops, row.signatoryId).toEqual(digest.get(row.signatoryId)?.loops ?? none);
      expect(row.overdueChallenges, row.signatoryId).toEqual(digest.get(row.signatoryId)?.challenges ?? none);
    }
    expect(answer.signatories.some((row) => row.overdueLoops.count > 0)).toBe(true);
    expect(sent.filter((request) => request.startsWith('QueryCommand') && request.includes('LOOPS'))).toEqual([]);
  });
});
