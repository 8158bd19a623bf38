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

/**
 * A word of an entity's keys with the version of its key layout: `keyWord('WIDGET', 1)`
 * is `WIDGET_V1`. Every partition an entity writes starts with such a word, so when its
 * layout changes (version 2), items of the old layout and the new never share a partition
 * or a list, and a migration can write the new beside the old (docs/decisions/0017).
 */
export const keyWord = (word: string, layout: number): string => `${word}_V${layout}`;
