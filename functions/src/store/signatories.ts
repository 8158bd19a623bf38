/** Signatories: the organisations that signed the charter. */
import type { Signatory } from '@equal-partners/shared';
import { keys, withoutKeys } from './keys.ts';
import { queryAll, type Store } from './store.ts';

/** Every signatory, ordered by id. */
export async function listSignatories(store: Store): Promise<Signatory[]> {
  const items = await queryAll<Signatory>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.signatory({ id: '' }).gsi1pk },
  });
  return items.map((item) => withoutKeys(item));
}

export function signatoryItem(signatory: Signatory) {
  return { ...signatory, ...keys.signatory(signatory), entity: 'signatory' };
}
