/** Reading a cursor-paged API list a page at a time, up to a limit, knowing whether more was left. */

export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * The items of the first `maxPages` pages, and whether the list went on beyond them.
 * @example await firstPages((cursor) => fetchPage(cursor), 10) // { items: [...], more: false }
 */
export async function firstPages<T>(
  page: (cursor: string | undefined) => Promise<ListPage<T>>,
  maxPages: number,
): Promise<{ items: T[]; more: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let read = 0; read < maxPages; read += 1) {
    const body = await page(cursor);
    items.push(...body.items);
    if (!body.nextCursor) return { items, more: false };
    cursor = body.nextCursor;
  }
  return { items, more: true };
}
