/**
 * The loop's keys and lists, offline; its record kind derives the publication of its texts;
 * and its read of one signatory's loops against the local store.
 */
import type { FeedbackLoop } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { listLoopsOfSignatory, loopItem, loopKeys, loopKind } from './loop-entity.ts';

const loop = (id: string, raisedOn: string, signatoryId = 'sig-a') => ({ id, signatoryId, raisedOn }) as FeedbackLoop;

describe('loop keys', () => {
  it('list a signatory’s loops, and the partnership’s, by the date raised whatever their ids', () => {
    const raised = [loop('zz', '2026-01-31'), loop('aa', '2026-02-01'), loop('bb', '2026-02-01')];
    for (const index of ['gsi1sk', 'gsi2sk'] as const) {
      expect(
        [...raised]
          .reverse()
          .map((l) => loopKeys(l)[index]!)
          .sort(),
      ).toEqual(['2026-01-31#zz', '2026-02-01#aa', '2026-02-01#bb']);
    }
  });

  it('cut the overdue loops at a date: everything raised on or before it sorts at or below the cut-off', () => {
    // docs/data-model.md: `gsi2sk <= <today - loopDueDays>`; the lists end a date with `~` (table/lists.ts).
    const cutOff = '2026-02-01~';
    expect(loopKeys(loop('zz', '2026-02-01')).gsi2sk! <= cutOff).toBe(true);
    expect(loopKeys(loop('aa', '2026-02-02')).gsi2sk! <= cutOff).toBe(false);
  });

  it('give the record kind its key and the item its entity, and the publication is derived on write', () => {
    expect(loopKind.keyOf('x')).toEqual(primaryKey(loopKeys(loop('x', '2026-02-01'))));
    expect(loopItem(loop('x', '2026-02-01'))).toMatchObject({ ...loopKeys(loop('x', '2026-02-01')), entity: 'loop' });
    expect(loopKind.derived?.fields).toEqual(['publication']);
    expect(loopKind.derived?.apply(loop('x', '2026-02-01'), undefined, '2026-05-01T09:00:00.000Z')).toMatchObject({
      publication: { status: 'waiting', since: '2026-05-01T09:00:00.000Z' },
    });
  });
});

describe('the loops of one signatory', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('loop-entity');
    await batchPut(
      store,
      [
        loop('before', '2026-03-31'),
        loop('first-day', '2026-04-01'),
        // Ids that sort after most characters: still inside the last day.
        loop('~last-day', '2026-04-30'),
        loop('zzz-last-day', '2026-04-30'),
        loop('after', '2026-05-01'),
        loop('other-signatory', '2026-04-15', 'sig-b'),
      ].map(loopItem),
    );
  });
  afterAll(() => store.drop());

  it('are read from the first day to the whole of the last, both included, in the order raised, without keys', async () => {
    const found = await listLoopsOfSignatory(store, 'sig-a', { from: '2026-04-01', to: '2026-04-30' });
    expect(found.map((l) => l.id)).toEqual(['first-day', 'zzz-last-day', '~last-day']);
    expect(found[0]).toEqual({ id: 'first-day', signatoryId: 'sig-a', raisedOn: '2026-04-01' });
  });

  it('are all read when no range is given', async () => {
    expect((await listLoopsOfSignatory(store, 'sig-a')).map((l) => l.id)).toEqual([
      'before',
      'first-day',
      'zzz-last-day',
      '~last-day',
      'after',
    ]);
    expect((await listLoopsOfSignatory(store, 'sig-none')).map((l) => l.id)).toEqual([]);
  });
});
