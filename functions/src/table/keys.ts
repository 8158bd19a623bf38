/**
 * What every item in the single table has: its primary key and the keys of the lists
 * (gsi1, gsi2) it belongs to. Each entity builds its own keys in its capability's
 * `*-entity.ts` (see docs/data-model.md); this module only handles keys in general.
 */

export interface ItemKeys {
  pk: string;
  sk: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

/** Just the primary key, for Get, Update and Delete requests. */
export function primaryKey({ pk, sk }: ItemKeys): { pk: string; sk: string } {
  return { pk, sk };
}

/** Removes the storage keys from an item, leaving the record. */
export function withoutKeys<T extends object>(item: T & Partial<ItemKeys> & { entity?: string }): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, entity: _e, ...record } = item;
  return record as T;
}
