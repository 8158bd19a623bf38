/**
 * The keys of the idempotency records `Idempotency-Key` leaves (./middleware/idempotency.ts).
 * Powertools writes them, in the same table: this module names the partition it is given
 * and says what the sort key is, so the keys are spelt out here alone (docs/data-model.md).
 */
import { type ItemKeys, keyWord } from '../table/keys.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** The partition every idempotency record is written under (Powertools' `staticPkValue`). */
export const idempotencyPartition = keyWord('IDEMPOTENCY', layout);

/**
 * One idempotency record's keys. Its sort key is the key Powertools derives: the
 * function's name and a hash of the caller, the path and the `Idempotency-Key`.
 */
export const idempotencyKeys = (r: { hash: string }): ItemKeys => ({ pk: idempotencyPartition, sk: r.hash });
