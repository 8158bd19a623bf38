/**
 * The audit trail: one append-only event per change of a record (who, when, before,
 * after), derived from the change itself so that every write path, including the
 * stream in AWS, records it the same way. Keyed by record, version and action, so a
 * change delivered twice is recorded once, and written once: a change delivered again
 * never brings back a name removed from the trail since (docs/decisions/0402).
 */
import {
  addMonths,
  isRedaction,
  moderatedTexts,
  redactTexts,
  textHoldingFields,
  type ModeratedKind,
} from '@equal-partners/shared';
import {
  settleEach,
  throwFirstFailure,
  withoutKeys,
  writeConcurrency,
  type ItemChange,
  type Store,
} from '../table/index.ts';
import { listChangesOfMonth, putAuditEvent, rewriteTrailImages, type AuditEvent } from './audit-entity.ts';

export { auditTrail, type AuditEvent } from './audit-entity.ts';

/** Entities whose changes are audited: the records people enter, not rollups or idempotency records. */
export const auditedEntities: ReadonlySet<string> = new Set([
  'signatory',
  'activity',
  'loop',
  'assessment',
  'challenge',
  'baseline',
  'partnership',
  'api-key',
  'user',
]);

function recordIdOf(image: Record<string, unknown>): string {
  // There is one partnership, read and written as `/partnership`: its trail is `/audit/partnership/partnership`.
  if (image.entity === 'partnership') return 'partnership';
  return String(image.id ?? image.year ?? image.prefix ?? image.pk);
}

export function auditEventFor(change: ItemChange): AuditEvent | undefined {
  const { oldImage, newImage } = change;
  const image = newImage ?? oldImage;
  if (!image || !auditedEntities.has(String(image.entity))) return undefined;
  // The first step of a delete only marks who deleted it; the delete itself is the event.
  if (newImage?.deletedAt) return undefined;
  const after = newImage ? withoutKeys({ ...newImage }) : undefined;
  const before = oldImage ? withoutKeys({ ...oldImage }) : undefined;
  // A removal of a name is recorded without the name: its before-image keeps the texts as they became.
  if (before && after && isModerated(image.entity) && isRedaction(before, after)) {
    // The English texts, their Welsh (`cy`, which holds nothing else) and any list keeping copies of them.
    for (const field of textHoldingFields(image.entity)) {
      if (after[field] === undefined) delete before[field];
      else before[field] = after[field];
    }
  }
  if (!newImage) {
    return {
      entity: String(image.entity),
      recordId: recordIdOf(image),
      action: 'delete',
      at: String(oldImage?.deletedAt ?? new Date().toISOString()),
      by: String(oldImage?.deletedBy ?? 'unknown'),
      version: Number(oldImage?.version ?? 0),
      ...(before ? { before } : {}),
    };
  }
  return {
    entity: String(image.entity),
    recordId: recordIdOf(image),
    action: oldImage ? 'update' : 'create',
    at: String(newImage.updatedAt ?? newImage.createdAt ?? new Date().toISOString()),
    by: String(newImage.updatedBy ?? newImage.createdBy ?? 'unknown'),
    version: Number(newImage.version ?? 1),
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

const isModerated = (entity: unknown): entity is ModeratedKind => Object.hasOwn(moderatedTexts, String(entity));

/** Writes the audit events for a batch of changes; safe to call again with the same changes. */
export async function recordAuditEvents(store: Store, changes: readonly ItemChange[]): Promise<void> {
  const events = changes.flatMap((change) => auditEventFor(change) ?? []);
  // Each is a conditional put of its own (an event recorded already is left as it is: the
  // first delivery stands), a few at a time (docs/decisions/0109).
  throwFirstFailure(await settleEach(events, writeConcurrency, (event) => putAuditEvent(store, event)));
}

/**
 * Removes `name` from the texts of every audit event of one loop or challenge (before and
 * after images), so a name removed from the record is gone from its history and from the
 * changes export too. Returns how many events held it.
 */
export function redactAuditTrail(store: Store, entity: ModeratedKind, id: string, name: string): Promise<number> {
  return rewriteTrailImages(store, entity, id, (image) => {
    const { record, fields } = redactTexts(entity, image, name);
    return fields.length === 0 ? undefined : record;
  });
}

/** Every change since `since` (an ISO time), oldest first, across every record: for exports. */
export async function changesSince(store: Store, since: string, now: Date): Promise<AuditEvent[]> {
  const months: string[] = [];
  for (let month = since.slice(0, 7); month <= now.toISOString().slice(0, 7); month = addMonths(month, 1))
    months.push(month);
  const pages = await Promise.all(months.map((month) => listChangesOfMonth(store, month, since)));
  return pages.flat();
}
