/** The signatory item and the list of every signatory (gsi1). See docs/data-model.md. */
import type { Signatory } from '@equal-partners/shared';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { byId, type RecordKind } from '../table/record-kinds.ts';
import { checkedTexts } from '../publication/checked-texts.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const signatoryWord = keyWord('SIGNATORY', layout);
export const signatoryPrefix = `${signatoryWord}#`;
/** The gsi1 partition listing every signatory. */
export const signatoryList = keyWord('SIGNATORIES', layout);

export const signatoryKeys = (s: Pick<Signatory, 'id'>): ItemKeys => ({
  pk: `${signatoryPrefix}${s.id}`,
  sk: signatoryWord,
  gsi1pk: signatoryList,
  gsi1sk: s.id,
});

/** The gsi1 partition of one signatory's records of a kind (`ACTIVITIES`, `LOOPS`, ...). */
export const signatoryRecords = (signatoryId: string, kind: string): string =>
  `${signatoryPrefix}${signatoryId}#${kind}`;

/** The signatory's id from a key that starts with its prefix (`SIGNATORY_V1#<id>`). */
export const signatoryIdOf = (key: string): string => key.slice(signatoryPrefix.length);

/**
 * A signatory's award reason is checked before it is public (docs/decisions/0402); its
 * status history and the criteria its award went against are the server's (award-guard.ts),
 * so a retried create with the same content is the same record whatever they hold.
 */
const moderated = checkedTexts('signatory', byId<Signatory>('signatory', signatoryWord, signatoryKeys));
export const signatoryKind: RecordKind<Signatory> = {
  ...moderated,
  derived: {
    fields: [...(moderated.derived?.fields ?? []), 'statusHistory', 'awardUnmetCriteria'],
    apply: (record, before, at) => moderated.derived?.apply(record, before, at) ?? record,
  },
};

export function signatoryItem(signatory: Signatory) {
  return { ...signatory, ...signatoryKeys(signatory), entity: 'signatory' };
}

/** Signatories whose award reason waits to be checked (signatories with no reason have nothing to check). */
export async function listSignatoriesWithTextsWaiting(store: Store): Promise<Signatory[]> {
  const signatories = await listSignatories(store);
  return signatories.filter((s) => s.awardReason !== undefined && s.publication?.status !== 'published');
}

/** Every signatory, ordered by id. */
export async function listSignatories(store: Store): Promise<Signatory[]> {
  const items = await queryAll<Signatory>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': signatoryKeys({ id: '' }).gsi1pk },
  });
  return items.map((item) => withoutKeys(item));
}
