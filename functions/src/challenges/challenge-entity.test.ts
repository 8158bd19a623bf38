/** The challenge's keys and lists, offline; its record kind derives the publication of its texts. */
import type { Challenge } from '@equal-partners/shared';
import { describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { batchPut } from '../table/store.ts';
import { createTestStore } from '../testing/test-store.ts';
import { challengeItem, challengeKeys, challengeKind, listChallengesOfSignatory } from './challenge-entity.ts';

const challenge = (id: string, raisedOn: string, signatoryId = 'sig-a') => ({ id, signatoryId, raisedOn }) as Challenge;

describe('challenge keys', () => {
  it('list a signatory’s challenges, and the partnership’s, by the date raised whatever their ids', () => {
    const raised = [challenge('zz', '2025-12-31'), challenge('aa', '2026-01-01'), challenge('bb', '2026-01-01')];
    for (const index of ['gsi1sk', 'gsi2sk'] as const) {
      expect(
        [...raised]
          .reverse()
          .map((c) => challengeKeys(c)[index]!)
          .sort(),
      ).toEqual(['2025-12-31#zz', '2026-01-01#aa', '2026-01-01#bb']);
    }
  });

  it('put every signatory’s challenges in a list of its own', () => {
    expect(challengeKeys(challenge('x', '2026-01-01', 'sig-a')).gsi1pk).not.toBe(
      challengeKeys(challenge('x', '2026-01-01', 'sig-b')).gsi1pk,
    );
    expect(challengeKeys(challenge('x', '2026-01-01', 'sig-a')).gsi2pk).toBe(
      challengeKeys(challenge('x', '2026-01-01', 'sig-b')).gsi2pk,
    );
  });

  it('give the record kind its key and the item its entity, and the publication is derived on write', () => {
    expect(challengeKind.keyOf('x')).toEqual(primaryKey(challengeKeys(challenge('x', '2026-01-01'))));
    expect(challengeItem(challenge('x', '2026-01-01'))).toMatchObject({
      ...challengeKeys(challenge('x', '2026-01-01')),
      entity: 'challenge',
    });
    expect(challengeKind.derived?.fields).toEqual(['publication']);
    expect(
      challengeKind.derived?.apply(challenge('x', '2026-01-01'), undefined, '2026-05-01T09:00:00.000Z'),
    ).toMatchObject({ publication: { status: 'waiting', since: '2026-05-01T09:00:00.000Z' } });
  });
});

describe('the challenges of one signatory', () => {
  it('are every challenge raised with it, and none raised with another', async () => {
    const store = await createTestStore('challenge-entity');
    try {
      const full = (id: string, raisedOn: string, signatoryId: string) =>
        challengeItem({ ...challenge(id, raisedOn, signatoryId), reviewerId: 'forum', text: 'Why?' } as Challenge);
      await batchPut(store, [
        full('c1', '2026-01-02', 'sig-a'),
        full('c2', '2026-02-03', 'sig-a'),
        full('c3', '2026-01-02', 'sig-b'),
      ]);
      const found = await listChallengesOfSignatory(store, 'sig-a');
      expect(found.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
      // Records, not items: no keys.
      expect(Object.keys(found[0]!)).not.toContain('pk');
    } finally {
      await store.drop();
    }
  });
});
