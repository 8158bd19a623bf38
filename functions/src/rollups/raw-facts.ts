/**
 * The raw records a rollup is computed from, read for one bucket. Index queries are
 * eventually consistent, so the records a change names are read again by key with a
 * strongly consistent read and take precedence: the record that triggered a recompute
 * is always counted as it now is (or not at all, once deleted or moved away).
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
import { queryAll, withoutKeys, type Store } from '../table/index.ts';
import { getItems } from './batch-get.ts';
import type { ItemKey } from './guarded-write.ts';
import { activityKeys, listActivitiesOfSignatory } from '../activities/activity-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';

type Keyed<T> = Map<string, T>;

function live(item: Record<string, unknown>): boolean {
  // A record being deleted is first marked, then removed: once marked it no longer counts.
  return item.deletedAt === undefined;
}

async function recheck(
  store: Store,
  facts: Keyed<Record<string, unknown>>,
  touched: readonly ItemKey[],
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
  touched: readonly ItemKey[],
): Promise<{ activities: Activity[]; loops: FeedbackLoop[] }> {
  const range = { from: `${bucket.month}-01`, to: lastDayOf(bucket.month) };
  const [activities, loops] = await Promise.all([
    listActivitiesOfSignatory(store, bucket.signatoryId, range),
    queryAll<Record<string, unknown>>(store, {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': loopKeys({ id: '', signatoryId: bucket.signatoryId, raisedOn: '' }).gsi1pk,
        ':from': range.from,
        ':to': `${range.to}~`,
      },
    }),
  ]);
  const facts: Keyed<Record<string, unknown>> = new Map();
  for (const a of activities) if (live(a as Record<string, unknown>)) facts.set(activityKeys(a).pk, a);
  for (const l of loops) if (live(l)) facts.set(String(l.pk), withoutKeys(l));
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
  touched: readonly ItemKey[],
): Promise<{ loops: FeedbackLoop[]; assessments: Assessment[] }> {
  const list = (gsi1pk: string | undefined) =>
    queryAll<Record<string, unknown>>(store, {
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': gsi1pk },
    });
  const [loops, assessments] = await Promise.all([
    list(loopKeys({ id: '', signatoryId, raisedOn: '' }).gsi1pk),
    list(assessmentKeys({ id: '', signatoryId, period: '', by: 'self' }).gsi1pk),
  ]);
  const facts: Keyed<Record<string, unknown>> = new Map();
  for (const item of [...loops, ...assessments]) if (live(item)) facts.set(String(item.pk), withoutKeys(item));
  await recheck(store, facts, touched, (item) => bucketsOfImage(item, String(item.pk)).standing === signatoryId);
  const all = [...facts.values()];
  return {
    loops: all.filter((f) => 'raisedOn' in f) as unknown as FeedbackLoop[],
    assessments: all.filter((f) => 'scores' in f) as unknown as Assessment[],
  };
}
