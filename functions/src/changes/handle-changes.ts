/**
 * Everything that follows a write: the audit trail and the metric rollups. One module
 * for both deliveries: called in-process after each write locally (`handleChanges`), and,
 * in AWS, the aggregator Lambda runs the same for each stream batch (`startHandlingChanges`,
 * one record at a time, so a failure is reported for its record alone). Safe to run twice
 * with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import { startAggregation } from '../rollups/apply-changes.ts';
import type { ChangeListener, ItemChange, Store } from '../table/index.ts';

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

/** What follows each write, delivered in-process (locally and in tests). */
export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    const handling = startHandlingChanges(store, changes);
    await Promise.all(changes.map((change) => handling.handle(change)));
  };
}
