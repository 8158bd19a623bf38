/** Engagement activities: the core fact the reach, inclusion and impact figures are computed from. */
import type { Activity } from '@equal-partners/shared';
import { keys, withoutKeys } from './keys.ts';
import { queryAll, type Store } from './store.ts';

/** The activities of one signatory dated from `from` to `to` (both `YYYY-MM-DD`, included). */
export async function listActivitiesOfSignatory(
  store: Store,
  signatoryId: string,
  range: { from: string; to: string },
): Promise<Activity[]> {
  const items = await queryAll<Activity>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': keys.activity({ id: '', signatoryId, date: '' }).gsi1pk,
      ':from': range.from,
      // '~' sorts after '#' and every id character, so the whole of the last day is included.
      ':to': `${range.to}~`,
    },
  });
  return items.map((item) => withoutKeys(item));
}

export function activityItem(activity: Activity) {
  return { ...activity, ...keys.activity(activity), entity: 'activity' };
}
