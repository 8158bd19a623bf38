/**
 * What the generic record writes (./records.ts) need to know of an entity: its name, how
 * its id maps to its key, every key of its item, and the fields the server derives.
 */
import type { ItemKeys } from './keys.ts';

export interface RecordKind<T> {
  entity: string;
  /** The record's id as it appears in URLs. */
  idOf(record: T): string;
  /** The primary key of the record with this id. */
  keyOf(id: string): { pk: string; sk: string };
  /** Every key of the stored item, list keys included. */
  keys(record: T): ItemKeys;
  /** Fields the server sets on every write, never a client (whose input the schemas strip of them). */
  derived?: {
    fields: readonly string[];
    /** The record to store, from the record written, the stored one it replaces and the time of the write. */
    apply(record: T, before: T | undefined, at: string): T;
  };
}

/** A record kind addressed by its `id`, in a partition of its own: `<PREFIX>#<id>`. */
export function byId<T extends { id: string }>(
  entity: string,
  prefix: string,
  itemKeys: (r: T) => ItemKeys,
): RecordKind<T> {
  return { entity, idOf: (r) => r.id, keyOf: (id) => ({ pk: `${prefix}#${id}`, sk: prefix }), keys: itemKeys };
}
