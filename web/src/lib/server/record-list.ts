/**
 * What the activity and feedback loop lists share: the signed-in editor or board admin,
 * their filters, the first pages of records, the organisations' names, and the banner
 * after a deletion.
 */
import { requireRole } from './guard.ts';
import { listFirst } from './api.ts';
import { listFilters, listQuery } from './list-filters.ts';
import { loadSignatories, signatoryOptions } from './partnership.ts';

export async function loadRecordList<T>(locals: App.Locals, url: URL, collection: string) {
  const user = requireRole(locals, ['board-admin', 'signatory-editor']);
  const filters = listFilters(url, user);
  const [{ items, more }, signatories] = await Promise.all([
    listFirst<T>(`${collection}?${listQuery(filters)}`),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    items,
    /** An organisation's name, or its id when it has none. */
    nameOf: (signatoryId: string) => names.get(signatoryId) ?? signatoryId,
    page: {
      filters,
      /** More records than the list reads: the page asks for a narrower choice. */
      more,
      deleted: url.searchParams.get('deleted'),
      organisations: user.role === 'board-admin' ? signatoryOptions(signatories) : undefined,
      organisation: user.signatoryId ? names.get(user.signatoryId) : undefined,
    },
  };
}
