/**
 * What the activity and feedback loop lists share: the signed-in editor or board admin,
 * their filters, one page of records (newest first, 100 at a time, with links to the
 * next page and back to the first), the organisations' names, and the banner after a
 * deletion.
 */
import { isHttpError } from '@sveltejs/kit';
import type { Query } from '@equal-partners/functions/host';
import { requireAllowed } from './guard.ts';
import type { ListPage } from './list-pages.ts';
import { listFilters, listInput } from './list-filters.ts';
import { loadSignatories, signatoryOptions } from './partnership.ts';
import { ask } from './queries.ts';

/** How many records one page of a list shows: enough to scan, few enough for an old phone. */
export const recordsPerPage = 100;

/** What the lists ask of a record list query: dated records, of one organisation or all, a page at a time. */
interface PageInput {
  from?: string;
  signatoryId?: string;
  cursor?: string;
  limit?: number;
  order?: 'asc' | 'desc';
}

/** A page of the list; an address with a cursor the query no longer reads (edited or stale) shows the first page. */
async function readPage<T>(
  list: Query<PageInput, ListPage<T>>,
  input: PageInput,
  after: string | undefined,
): Promise<ListPage<T> & { first: boolean }> {
  try {
    return { ...(await ask(list, after ? { ...input, cursor: after } : input)), first: !after };
  } catch (caught) {
    if (after && isHttpError(caught, 400)) return readPage(list, input, undefined);
    throw caught;
  }
}

/** The list's address for another page, keeping its filters. */
export function pageHref(url: URL, page: number, after: string | undefined): string {
  const query = new URLSearchParams(url.searchParams);
  for (const name of ['after', 'page', 'saved', 'deleted']) query.delete(name);
  if (after) {
    query.set('page', String(page));
    query.set('after', after);
  }
  const search = query.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}

/**
 * The list page of a kind of record.
 * @example const { items, nameOf, page } = await loadRecordList(locals, url, activityQueries.list, 'activity');
 */
export async function loadRecordList<T>(
  locals: App.Locals,
  url: URL,
  list: Query<PageInput, ListPage<T>>,
  resource: 'activity' | 'loop',
) {
  const user = requireAllowed(locals, ['update', resource]);
  const filters = listFilters(url, user);
  const input = { ...listInput(filters), order: 'desc' as const, limit: recordsPerPage };
  const [{ items, nextCursor, first }, signatories] = await Promise.all([
    readPage(list, input, filters.after),
    loadSignatories(),
  ]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  const pageNumber = first ? 1 : filters.page;
  return {
    items,
    /** An organisation's name, or its id when it has none. */
    nameOf: (signatoryId: string) => names.get(signatoryId) ?? signatoryId,
    page: {
      filters,
      pages: {
        number: pageNumber,
        /** The first page, when this is a later one. */
        first: pageNumber > 1 ? pageHref(url, 1, undefined) : undefined,
        next: nextCursor ? pageHref(url, pageNumber + 1, nextCursor) : undefined,
      },
      deleted: url.searchParams.get('deleted'),
      organisations: user.role === 'board-admin' ? signatoryOptions(signatories) : undefined,
      organisation: user.signatoryId ? names.get(user.signatoryId) : undefined,
    },
  };
}
