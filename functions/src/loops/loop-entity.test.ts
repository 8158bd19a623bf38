/** The loop's keys and lists, offline; its record kind derives the publication of its texts. */
import type { FeedbackLoop } from '@equal-partners/shared';
import { describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore } from '../testing/test-store.ts';
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
  it('are every loop it raised, and none of another', async () => {
    const store = await createTestStore('loop-entity');
    try {
      const full = (id: string, raisedOn: string, signatoryId: string) =>
        loopItem({ id, signatoryId, raisedOn, youSaid: 'More evenings', weDid: '', status: 'open' } as FeedbackLoop);
      await batchPut(store, [
        full('l1', '2026-01-02', 'sig-a'),
        full('l2', '2026-03-01', 'sig-a'),
        full('l3', '2026-01-02', 'sig-b'),
      ]);
      const found = await listLoopsOfSignatory(store, 'sig-a');
      expect(found.map((l) => l.id).sort()).toEqual(['l1', 'l2']);
      expect(Object.keys(found[0]!)).not.toContain('gsi1pk');
    } finally {
      await store.drop();
    }
  });
});
