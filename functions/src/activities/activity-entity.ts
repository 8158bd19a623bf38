/**
 * The activity item: in a partition of its own, listed per signatory (gsi1) and across
 * the partnership (gsi2) by date. See docs/data-model.md.
 */
import type { Activity, Stage } from '@equal-partners/shared';
import { getItems } from '../table/batch-get.ts';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import { byId } from '../table/record-kinds.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** The lists' kind name: one signatory's activities on gsi1, all of them on gsi2. */
export const activityList = keyWord('ACTIVITIES', layout);
const activityWord = keyWord('ACTIVITY', layout);

export const activityKeys = (a: Pick<Activity, 'id' | 'signatoryId' | 'date'>): ItemKeys => ({
  pk: `${activityWord}#${a.id}`,
  sk: activityWord,
  gsi1pk: signatoryRecords(a.signatoryId, activityList),
  gsi1sk: `${a.date}#${a.id}`,
  gsi2pk: activityList,
  gsi2sk: `${a.date}#${a.id}`,
});

export const activityKind = byId<Activity>('activity', activityWord, activityKeys);

export function activityItem(activity: Activity) {
  return { ...activity, ...activityKeys(activity), entity: 'activity' };
}

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
      ':pk': activityKeys({ id: '', signatoryId, date: '' }).gsi1pk,
      ':from': range.from,
      // '~' sorts after '#' and every id character, so the whole of the last day is included.
      ':to': `${range.to}~`,
    },
  });
  return items.map((item) => withoutKeys(item));
}

/**
 * The lifecycle stage of each activity of `ids` that exists, in one batched read of those
 * two fields only (never an activity's notes): id -> stage.
 */
export async function stagesOfActivities(store: Store, ids: readonly string[]): Promise<Map<string, Stage>> {
  const items = await getItems(
    store,
    ids.map((id) => activityKind.keyOf(id)),
    { projection: '#id, #stage', names: { '#id': 'id', '#stage': 'stage' } },
  );
  return new Map(items.map((item) => [item.id as string, item.stage as Stage]));
}

/** What families' feedback figures select and attribute an activity's answers by (docs/decisions/0111). */
export type ActivityFeedbackFields = Pick<
  Activity,
  'id' | 'signatoryId' | 'date' | 'channel' | 'audience' | 'principles'
> & {
  participants: number;
};

/**
 * The fields feedback figures need of each live activity of `ids`, in one batched read of
 * those fields only: id -> fields. A deleted activity's answers count nowhere.
 */
export async function feedbackFieldsOfActivities(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, ActivityFeedbackFields>> {
  const fields = ['id', 'signatoryId', 'date', 'channel', 'audience', 'principles', 'participants', 'deletedAt'];
  const items = await getItems(
    store,
    ids.map((id) => activityKind.keyOf(id)),
    {
      projection: fields.map((_, i) => `#f${i}`).join(', '),
      names: Object.fromEntries(fields.map((field, i) => [`#f${i}`, field])),
    },
  );
  const live = items.filter((item) => item.deletedAt === undefined) as unknown as Activity[];
  return new Map(
    live.map((a) => [
      a.id,
      {
        id: a.id,
        signatoryId: a.signatoryId,
        date: a.date,
        channel: a.channel,
        audience: a.audience,
        principles: a.principles ?? [],
        participants: a.participants.total,
      },
    ]),
  );
}
