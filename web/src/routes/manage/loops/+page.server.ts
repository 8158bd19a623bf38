import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { loadRecordList } from '#lib/server/record-list.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const { items, nameOf, page } = await loadRecordList(locals, url, loopQueries.list, 'loop');
  return {
    ...page,
    saved: url.searchParams.has('saved'),
    loops: items
      .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || b.id.localeCompare(a.id))
      .map((l) => ({
        id: l.id,
        raisedOn: l.raisedOn,
        youSaid: l.youSaid,
        organisation: nameOf(l.signatoryId),
        status: l.status,
        communicatedOn: l.communicatedOn,
      })),
  };
};
