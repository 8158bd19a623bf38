import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { loadRecordList } from '#lib/server/record-list.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const { items, nameOf, page } = await loadRecordList(locals, url, activityQueries.list, 'activity');
  return {
    ...page,
    saved: url.searchParams.get('saved'),
    activities: items
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
      .map((a) => ({
        id: a.id,
        date: a.date,
        title: a.title,
        organisation: nameOf(a.signatoryId),
        channel: a.channel,
        participants: a.participants.total,
      })),
  };
};
