import type { Activity } from '@equal-partners/shared';
import { loadRecordList } from '#lib/server/record-list.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const { items, nameOf, page } = await loadRecordList<Activity>(locals, url, '/api/v1/activities', 'activity');
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
