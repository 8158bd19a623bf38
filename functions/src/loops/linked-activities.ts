/**
 * The activities a loop links to (where the point was raised) must be activities of the
 * loop's own organisation. Asked when a loop is saved or imported, once the caller may
 * write it; an activity the stored loop already links stays accepted, even if it has
 * since been deleted.
 */
import { brokenRule, maxLinkedActivities, recordId, type Activity, type ReferenceIssue } from '@equal-partners/shared';
import type { RequestReads } from '../records/record-queries.ts';
import { activityKind } from '../activities/activity-entity.ts';
import { getRecord, type Store } from '../table/index.ts';

/** The loop's linked activities that its organisation does not have, from a loop as sent. */
export async function linkedActivityIssues(
  store: Store,
  loop: Record<string, unknown>,
  before?: Record<string, unknown>,
  reads: RequestReads = new Map(),
): Promise<ReferenceIssue[]> {
  const { activityIds, signatoryId } = loop;
  if (!Array.isArray(activityIds) || activityIds.length > maxLinkedActivities || typeof signatoryId !== 'string')
    return [];
  const kept = new Set(
    before?.signatoryId === signatoryId && Array.isArray(before.activityIds) ? before.activityIds : [],
  );
  // Ids the schema refuses are its to report, and are never asked of the store.
  const asked = [...new Set(activityIds.filter((id): id is string => recordId.safeParse(id).success && !kept.has(id)))];
  const read = (id: string) => {
    const key = `activity:${id}`;
    if (!reads.has(key)) reads.set(key, getRecord(store, activityKind, id));
    return reads.get(key) as ReturnType<typeof getRecord<Activity>>;
  };
  const found = await Promise.all(asked.map(read));
  const own = new Set(found.flatMap((activity) => (activity?.signatoryId === signatoryId ? [activity.id] : [])));
  return activityIds.flatMap((id: unknown, index) =>
    typeof id === 'string' && asked.includes(id) && !own.has(id)
      ? [{ path: ['activityIds', index], ...brokenRule('unknownActivity', { id }) }]
      : [],
  );
}
