/**
 * Everything that follows a write: the audit trail and the metric rollups. One module
 * for both deliveries: called in-process after each write (or batch of creates) locally
 * (`handleChanges`), and, in AWS, the aggregator Lambda runs the same for each stream batch
 * (`startHandlingChanges`, one record at a time, so a failure is reported for its record
 * alone). Either way a rollup bucket the changes touch is recomputed once for them all.
 * Safe to run twice with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import { startAggregation } from '../rollups/apply-changes.ts';
import { throwFirstFailure, type ChangeListener, type ItemChange, type Store } from '../table/index.ts';

/**
 * Plans what follows a batch of changes: a rollup bucket many of them touch is recomputed
 * once. `handle(change)` audits one change and brings its rollups up to date.
 */
export function startHandlingChanges(store: Store, changes: readonly ItemChange[]) {
  const aggregation = startAggregation(store, changes);
  return {
    handle: async (change: ItemChange): Promise<void> => {
      await Promise.all([recordAuditEvents(store, [change]), aggregation.apply(change)]);
    },
  };
}

/**
 * What follows each write, delivered in-process (locally and in tests): the changes of a
 * write, or of a whole batch of creates, are audited and their rollups recomputed together,
 * each bucket once (docs/decisions/0109). Rejects if anything failed.
 */
export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    const outcomes = await Promise.allSettled([
      recordAuditEvents(store, changes),
      startAggregation(store, changes).applyAll(),
    ]);
    throwFirstFailure(outcomes);
  };
}
