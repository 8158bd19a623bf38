/**
 * Everything that follows a write: the audit trail (and the metric rollups). One
 * function for both deliveries: called in-process after each write locally, and by the
 * stream consumer in AWS. Safe to call twice with the same changes.
 */
import { recordAuditEvents } from '../audit/audit-events.ts';
import type { ChangeListener, Store } from '../store/index.ts';

export function handleChanges(store: Store): ChangeListener {
  return async (changes) => {
    await recordAuditEvents(store, changes);
  };
}
