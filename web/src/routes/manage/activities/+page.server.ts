import type { Activity } from '@equal-partners/shared';
import { listFirst } from '#lib/server/api.ts';
import { requireRole } from '#lib/server/guard.ts';
import { listFilters, listQuery } from '#lib/server/list-filters.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireRole(locals, ['board-admin', 'signatory-editor']);
  const filters = listFilters(url, user);
  const [{ items: activities, more }, signatories] = await Promise.all([
    listFirst<Activity>(`/api/v1/activities?${listQuery(filters)}`),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    filters,
    /** More records than the list reads: the page asks for a narrower choice. */
    more,
    saved: url.searchParams.get('saved'),
    deleted: url.searchParams.get('deleted'),
    organisations: user.role === 'board-admin' ? signatoryOptions(signatories) : undefined,
    organisation: user.signatoryId ? names.get(user.signatoryId) : undefined,
    activities: activities
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
      .map((a) => ({
        id: a.id,
        date: a.date,
        title: a.title,
        organisation: names.get(a.signatoryId) ?? a.signatoryId,
        channel: a.channel,
        participants: a.participants.total,
      })),
  };
};
