/**
 * The "you said, we did" loop item: in a partition of its own, listed per signatory (gsi1)
 * and across the partnership (gsi2) by the date it was raised. Its texts are checked
 * before they are public. See docs/data-model.md.
 */
import type { FeedbackLoop } from '@equal-partners/shared';
import { checkedTexts } from '../publication/checked-texts.ts';
import { type ItemKeys, keyWord } from '../table/keys.ts';
import { byId } from '../table/record-kinds.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export const loopList = keyWord('LOOPS', layout);
const loopWord = keyWord('LOOP', layout);

export const loopKeys = (l: Pick<FeedbackLoop, 'id' | 'signatoryId' | 'raisedOn'>): ItemKeys => ({
  pk: `${loopWord}#${l.id}`,
  sk: loopWord,
  gsi1pk: signatoryRecords(l.signatoryId, loopList),
  gsi1sk: `${l.raisedOn}#${l.id}`,
  gsi2pk: loopList,
  gsi2sk: `${l.raisedOn}#${l.id}`,
});

export const loopKind = checkedTexts('loop', byId<FeedbackLoop>('loop', loopWord, loopKeys));

export function loopItem(loop: FeedbackLoop) {
  return { ...loop, ...loopKeys(loop), entity: 'loop' };
}
