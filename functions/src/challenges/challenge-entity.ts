/**
 * The challenge item: in a partition of its own, listed per signatory (gsi1) and across
 * the partnership (gsi2) by the date it was raised. Its texts are checked before they are
 * public. See docs/data-model.md.
 */
import type { Challenge } from '@equal-partners/shared';
import { checkedTexts, textsWaiting } from '../publication/checked-texts.ts';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { listAllRecords } from '../table/lists.ts';
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

/** Every challenge raised with one signatory (its gsi1 list). */
export async function listChallengesOfSignatory(store: Store, signatoryId: string): Promise<Challenge[]> {
  const items = await queryAll<Challenge>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': signatoryRecords(signatoryId, challengeList) },
  });
  return items.map((item) => withoutKeys(item));
}

/** Every challenge across the partnership raised on or before `cutoff` (YYYY-MM-DD) with no `respondedOn` yet. */
export function listChallengesNotAnsweredBy(
  store: Store,
  cutoff: string,
): Promise<Pick<Challenge, 'id' | 'signatoryId' | 'raisedOn'>[]> {
  return listAllRecords<Challenge>(store, {
    index: 'gsi2',
    partition: challengeList,
    to: cutoff,
    absent: ['respondedOn'],
  });
}

/** The challenges whose texts wait to be checked, of one signatory (gsi1) or across the partnership (gsi2). */
export function listChallengesWithTextsWaiting(store: Store, signatoryId?: string): Promise<Challenge[]> {
  return listAllRecords<Challenge>(
    store,
    signatoryId
      ? { index: 'gsi1', partition: signatoryRecords(signatoryId, challengeList), filter: textsWaiting }
      : { index: 'gsi2', partition: challengeList, filter: textsWaiting },
  );
}
