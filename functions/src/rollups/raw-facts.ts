/**
 * The raw records a rollup is computed from, read for one bucket through their entity
 * modules' lists. Index queries are eventually consistent, so the records a change names
 * are read again by key with a strongly consistent read and take precedence: the record
 * that triggered a recompute is always counted as it now is (or not at all, once deleted
 * or moved away).
 */
import {
  type Activity,
  type Assessment,
  bucketsOfImage,
  type FeedbackLoop,
  lastDayOf,
  type SignatoryMonthBucket,
  signatoryMonthKey,
} from '@equal-partners/shared';
import { withoutKeys, type ItemChange, type Store } from '../table/index.ts';
import { getItems } from '../table/batch-get.ts';
import { activityKeys, listActivitiesOfSignatory } from '../activities/activity-entity.ts';
import { listLoopsOfSignatory, loopKeys } from '../loops/loop-entity.ts';
import { assessmentKeys, listAssessmentsOfSignatory } from '../assessments/assessment-entity.ts';

/** The key of a record a change names: read again by key, whatever its kind. */
export type TouchedKey = ItemChange['keys'];

type Keyed<T> = Map<string, T>;

function live(item: Record<string, unknown>): boolean {
  // A record being deleted is first marked, then removed: once marked it no longer counts.
  return item.deletedAt === undefined;
}

async function recheck(
  store: Store,
  facts: Keyed<Record<string, unknown>>,
  touched: readonly TouchedKey[],
  belongs: (item: Record<string, unknown>) => boolean,
): Promise<void> {
  if (touched.length === 0) return;
  for (const key of touched) facts.delete(key.pk);
  for (const item of await getItems(store, touched, { consistent: true })) {
    if (live(item) && belongs(item)) facts.set(String(item.pk), withoutKeys(item));
  }
}

/** The activities and loops of one signatory's month. */
export async function signatoryMonthFacts(
  store: Store,
  bucket: SignatoryMonthBucket,
  touched: readonly TouchedKey[],
): Promise<{ activities: Activity[]; loops: FeedbackLoop[] }> {
  const range = { from: `${bucket.month}-01`, to: lastDayOf(bucket.month) };
  const [activities, loops] = await Promise.all([
    listActivitiesOfSignatory(store, bucket.signatoryId, range),
    listLoopsOfSignatory(store, bucket.signatoryId, range),
  ]);
  const facts: Keyed<Record<string, unknown>> = new Map();
  for (const a of activities) if (live(a as Record<string, unknown>)) facts.set(activityKeys(a).pk, a);
  for (const l of loops) if (live(l as Record<string, unknown>)) facts.set(loopKeys(l).pk, l);
  const inBucket = (item: Record<string, unknown>) => {
    const bucketOf = bucketsOfImage(item, String(item.pk)).signatoryMonth;
    return bucketOf !== undefined && signatoryMonthKey(bucketOf) === signatoryMonthKey(bucket);
  };
  await recheck(store, facts, touched, inBucket);
  const all = [...facts.values()];
  return {
    activities: all.filter((f) => 'date' in f) as unknown as Activity[],
    loops: all.filter((f) => 'raisedOn' in f) as unknown as FeedbackLoop[],
  };
}

/** Every loop and assessment of one signatory. */
export async function signatoryHistory(
  store: Store,
  signatoryId: string,
  touched: readonly TouchedKey[],
): Promise<{ loops: FeedbackLoop[]; assessments: Assessment[] }> {
  const [loops, assessments] = await Promise.all([
    listLoopsOfSignatory(store, signatoryId),
    listAssessmentsOfSignatory(store, signatoryId),
  ]);
  const facts: Keyed<Record<string, unknown>> = new Map();
  for (const l of loops) if (live(l as Record<string, unknown>)) facts.set(loopKeys(l).pk, l);
  for (const a of assessments) if (live(a as Record<string, unknown>)) facts.set(assessmentKeys(a).pk, a);
  await recheck(store, facts, touched, (item) => bucketsOfImage(item, String(item.pk)).standing === signatoryId);
  const all = [...facts.values()];
  return {
    loops: all.filter((f) => 'raisedOn' in f) as unknown as FeedbackLoop[],
    assessments: all.filter((f) => 'scores' in f) as unknown as Assessment[],
  };
}
