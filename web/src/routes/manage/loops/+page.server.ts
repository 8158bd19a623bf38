import type { FeedbackLoop } from '@equal-partners/shared';
import { listFirst } from '#lib/server/api.ts';
import { requireRole } from '#lib/server/guard.ts';
import { listFilters, listQuery } from '#lib/server/list-filters.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireRole(locals, ['board-admin', 'signatory-editor']);
  const filters = listFilters(url, user);
  const [{ items: loops, more }, signatories] = await Promise.all([
    listFirst<FeedbackLoop>(`/api/v1/loops?${listQuery(filters)}`),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    filters,
    /** More records than the list reads: the page asks for a narrower choice. */
    more,
    saved: url.searchParams.has('saved'),
    deleted: url.searchParams.get('deleted'),
    organisations: user.role === 'board-admin' ? signatoryOptions(signatories) : undefined,
    organisation: user.signatoryId ? names.get(user.signatoryId) : undefined,
    loops: loops
      .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn) || b.id.localeCompare(a.id))
      .map((l) => ({
        id: l.id,
        raisedOn: l.raisedOn,
        youSaid: l.youSaid,
        organisation: names.get(l.signatoryId) ?? l.signatoryId,
        status: l.status,
        communicatedOn: l.communicatedOn,
      })),
  };
};
