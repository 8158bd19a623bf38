import { describe, expect, it } from 'vitest';
import { firstPages, type ListPage } from './list-pages.ts';

/** A list of `total` numbers served `size` at a time, with the offset as the cursor. */
const served = (total: number, size: number) => {
  const cursors: (string | undefined)[] = [];
  const page = async (cursor: string | undefined): Promise<ListPage<number>> => {
    cursors.push(cursor);
    const start = Number(cursor ?? 0);
    const items = Array.from({ length: Math.max(0, Math.min(size, total - start)) }, (_, i) => start + i);
    return { items, ...(start + size < total ? { nextCursor: String(start + size) } : {}) };
  };
  return { page, cursors };
};

describe('reading the first pages of a list', () => {
  it('reads every page when the list ends within the limit, following the cursors', async () => {
    const list = served(450, 200);
    await expect(firstPages(list.page, 10)).resolves.toEqual({
      items: Array.from({ length: 450 }, (_, i) => i),
      more: false,
    });
    expect(list.cursors).toEqual([undefined, '200', '400']);
  });

  it('says there is more when the list goes on past the limit', async () => {
    const list = served(2001, 200);
    const { items, more } = await firstPages(list.page, 10);
    expect(items).toHaveLength(2000);
    expect(more).toBe(true);
    expect(list.cursors).toHaveLength(10);
  });

  it('knows a list of exactly the limit is complete', async () => {
    await expect(firstPages(served(2000, 200).page, 10)).resolves.toMatchObject({ more: false });
  });
});
