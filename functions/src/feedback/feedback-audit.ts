/**
 * An activity's feedback in the audit trail (entity `feedback`, the activity's id as the
 * record's id): switched on the first time, changed (on or off, window, wording) and voided,
 * each with who and when. The feedback item is written many times a minute by answers, so
 * its changes are not audited from the table's stream as records are: each of these writes
 * its own event.
 */
import { putAuditEvent } from '../audit/audit-entity.ts';
import type { Store } from '../table/store.ts';
import type { FeedbackSettings } from './feedback-entity.ts';

/** What the audit trail keeps of an activity's feedback: its settings, never its token or its counts. */
export function auditImage(settings: Partial<FeedbackSettings> & { responses?: number }): Record<string, unknown> {
  const { token: _token, version: _version, ...image } = settings;
  return image;
}

/**
 * Records that feedback was switched on for an activity for the first time (entity
 * `feedback`, the activity's id as its id), by whoever did: the API, a form, or the
 * partnership's default for new activities (./feedback-links.ts).
 */
export async function auditFeedbackCreated(store: Store, settings: FeedbackSettings): Promise<void> {
  await putAuditEvent(store, {
    entity: 'feedback',
    recordId: settings.activityId,
    action: 'create',
    at: settings.updatedAt,
    by: settings.updatedBy,
    version: 1,
    after: auditImage(settings),
  });
}
