/** The challenge's keys and lists, offline; its record kind derives the publication of its texts. */
import type { Challenge } from '@equal-partners/shared';
import { describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { challengeItem, challengeKeys, challengeKind } from './challenge-entity.ts';

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
