/**
 * The challenge item: in a partition of its own, listed per signatory (gsi1) and across
 * the partnership (gsi2) by the date it was raised. Its texts are checked before they are
 * public. See docs/data-model.md.
 */
import type { Challenge } from '@equal-partners/shared';
import { checkedTexts } from '../publication/checked-texts.ts';
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { byId } from '../table/record-kinds.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export const challengeList = keyWord('CHALLENGES', layout);
const challengeWord = keyWord('CHALLENGE', layout);

export const challengeKeys = (c: Pick<Challenge, 'id' | 'signatoryId' | 'raisedOn'>): ItemKeys => ({
  pk: `${challengeWord}#${c.id}`,
  sk: challengeWord,
  gsi1pk: signatoryRecords(c.signatoryId, challengeList),
  gsi1sk: `${c.raisedOn}#${c.id}`,
  gsi2pk: challengeList,
  gsi2sk: `${c.raisedOn}#${c.id}`,
});

export const challengeKind = checkedTexts('challenge', byId<Challenge>('challenge', challengeWord, challengeKeys));

export function challengeItem(challenge: Challenge) {
  return { ...challenge, ...challengeKeys(challenge), entity: 'challenge' };
}
