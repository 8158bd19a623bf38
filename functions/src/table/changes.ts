/**
 * What a write tells the rest of the system. In AWS the table's stream delivers
 * these (at least once, possibly out of order) to the aggregator Lambda; locally
 * the store calls the listener in-process after each successful write, because
 * dynalite has no streams. Listeners must therefore be idempotent.
 */

/** One changed item, as a stream record carries it: the images before and after, without marshalling. */
export interface ItemChange {
  /** The item's primary key. */
  keys: { pk: string; sk: string };
  /** The item before the write; absent for a create. */
  oldImage?: Record<string, unknown>;
  /** The item after the write; absent for a delete. */
  newImage?: Record<string, unknown>;
}

export type ChangeListener = (changes: readonly ItemChange[]) => Promise<void>;
