/**
 * Everything that follows a write: the audit trail and the metric rollups. One
 * function for both deliveries: called in-process after each write locally, and, in
 * AWS, the aggregator Lambda does the same for each stream batch. Safe to call twice
 * with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import { applyChanges } from '../rollups/apply-changes.ts';
import type { ChangeListener, Store } from '../table/index.ts';

export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    await Promise.all([recordAuditEvents(store, changes), applyChanges(store, changes)]);
  };
}
