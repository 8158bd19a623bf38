/**
 * The "you said, we did" loop item: in a partition of its own, listed per signatory (gsi1)
 * and across the partnership (gsi2) by the date it was raised. Its texts are checked
 * before they are public. See docs/data-model.md.
 */
import { isClosed, type FeedbackLoop } from '@equal-partners/shared';
import { checkedTexts, textsWaiting } from '../publication/checked-texts.ts';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { listAllRecords } from '../table/lists.ts';
import { byId } from '../table/record-kinds.ts';
import { queryAll, type Store } from '../table/store.ts';
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

/**
 * The loops of one signatory, in the order raised: those raised from `from` to `to` (both
 * `YYYY-MM-DD`, included) when a range is given, else all of them.
 */
export async function listLoopsOfSignatory(
  store: Store,
  signatoryId: string,
  range?: { from: string; to: string },
): Promise<FeedbackLoop[]> {
  const partition = loopKeys({ id: '', signatoryId, raisedOn: '' }).gsi1pk;
  const items = await queryAll<FeedbackLoop>(
    store,
    range
      ? {
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          // '~' sorts after '#' and every id character, so the whole of the last day is included.
          ExpressionAttributeValues: { ':pk': partition, ':from': range.from, ':to': `${range.to}~` },
        }
      : { IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': partition } },
  );
  return items.map((item) => withoutKeys(item));
}

/** Every loop across the partnership raised on or before `cutoff` (YYYY-MM-DD) with no `communicatedOn` yet. */
export function listLoopsNotCommunicatedBy(
  store: Store,
  cutoff: string,
): Promise<Pick<FeedbackLoop, 'id' | 'signatoryId' | 'raisedOn'>[]> {
  return listAllRecords<FeedbackLoop>(store, {
    index: 'gsi2',
    partition: loopList,
    to: cutoff,
    absent: ['communicatedOn'],
  });
}

/**
 * Every loop across the partnership raised from `start` to `end` (YYYY-MM-DD, both included)
 * whose answer went back to the people who raised it (`communicatedOn` set), in the order raised.
 */
export async function listLoopsClosedRaisedIn(
  store: Store,
  range: { start: string; end: string },
): Promise<FeedbackLoop[]> {
  const loops = await listAllRecords<FeedbackLoop>(store, {
    index: 'gsi2',
    partition: loopList,
    from: range.start,
    to: range.end,
    filter: { expression: 'attribute_exists(#communicatedOn)', names: { '#communicatedOn': 'communicatedOn' } },
  });
  return loops.filter(isClosed);
}

/** The loops whose texts wait to be checked, of one signatory (gsi1) or across the partnership (gsi2). */
export function listLoopsWithTextsWaiting(store: Store, signatoryId?: string): Promise<FeedbackLoop[]> {
  return listAllRecords<FeedbackLoop>(
    store,
    signatoryId
      ? { index: 'gsi1', partition: signatoryRecords(signatoryId, loopList), filter: textsWaiting }
      : { index: 'gsi2', partition: loopList, filter: textsWaiting },
  );
}
