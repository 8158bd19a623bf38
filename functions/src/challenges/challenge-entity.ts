/**
 * The challenge item: in a partition of its own, listed per signatory (gsi1) and across
 * the partnership (gsi2) by the date it was raised. Its texts are checked before they are
 * public. See docs/data-model.md.
 */
import type { Challenge } from '@equal-partners/shared';
import { checkedTexts } from '../publication/checked-texts.ts';
import type { ItemKeys } from '../table/keys.ts';
import { byId } from '../table/record-kinds.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

export const challengeList = 'CHALLENGES';

export const challengeKeys = (c: Pick<Challenge, 'id' | 'signatoryId' | 'raisedOn'>): ItemKeys => ({
  pk: `CHALLENGE#${c.id}`,
  sk: 'CHALLENGE',
  gsi1pk: signatoryRecords(c.signatoryId, challengeList),
  gsi1sk: `${c.raisedOn}#${c.id}`,
  gsi2pk: challengeList,
  gsi2sk: `${c.raisedOn}#${c.id}`,
});

export const challengeKind = checkedTexts('challenge', byId<Challenge>('challenge', 'CHALLENGE', challengeKeys));

export function challengeItem(challenge: Challenge) {
  return { ...challenge, ...challengeKeys(challenge), entity: 'challenge' };
}
