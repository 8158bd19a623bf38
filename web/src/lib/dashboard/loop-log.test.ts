import { describe, expect, it } from 'vitest';
import type { PublicLoop } from '@equal-partners/shared';
import { filterLoops, logFilterFrom, loopFunnel, loopsRaisedIn, pageOf } from './loop-log.ts';

const loop = (id: string, overrides: Partial<PublicLoop> = {}): PublicLoop => ({
  id,
  raisedOn: '2026-03-01',
  youSaid: 'Meetings are always in the day',
  weDid: '',
  status: 'open',
  principles: [],
  overdue: false,
  publication: { status: 'published' },
  ...overrides,
});

const loops = [
  loop('a', { status: 'done', outcome: 'service-change', weDid: 'Evening sessions', communicatedOn: '2026-04-01' }),
  loop('b', { youSaid: 'Letters are full of jargon', status: 'in-progress', respondedOn: '2026-03-20' }),
  loop('c', { raisedOn: '2025-12-01', status: 'not-taken-forward', outcome: 'none', reason: 'No budget' }),
];

describe('the "you said, we did" log', () => {
  it('reads its filter from the query string, ignoring values it does not know', () => {
    expect(logFilterFrom(new URLSearchParams('q=+jargon+&status=done&outcome=nonsense&page=2'))).toEqual({
      q: 'jargon',
      status: 'done',
      outcome: '',
      page: 2,
    });
    expect(logFilterFrom(new URLSearchParams('page=-3')).page).toBe(1);
  });

  it('searches every word in what was said, done and why', () => {
    const none = { status: '', outcome: '', page: 1 } as const;
    expect(filterLoops(loops, { ...none, q: 'JARGON' }).map((l) => l.id)).toEqual(['b']);
    expect(filterLoops(loops, { ...none, q: 'evening sessions' }).map((l) => l.id)).toEqual(['a']);
    expect(filterLoops(loops, { ...none, q: 'budget' }).map((l) => l.id)).toEqual(['c']);
    expect(filterLoops(loops, { ...none, q: 'evening jargon' })).toEqual([]);
  });

  it('filters by status and by outcome', () => {
    expect(filterLoops(loops, { q: '', status: 'done', outcome: '', page: 1 }).map((l) => l.id)).toEqual(['a']);
    expect(filterLoops(loops, { q: '', status: '', outcome: 'none', page: 1 }).map((l) => l.id)).toEqual(['c']);
  });

  it('keeps the loops raised in the period', () => {
    expect(loopsRaisedIn(loops, '2026-01-01', '2026-03-31').map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('pages, keeping a page past the end on the last page', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 3)).toMatchObject({ items: [40, 41, 42, 43, 44], page: 3, pages: 3, total: 45 });
    expect(pageOf(items, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ items: [], page: 1, pages: 1 });
  });

  it('counts the funnel: raised, then decided, then answered back', () => {
    expect(loopFunnel(loops)).toEqual({ raised: 3, responded: 2, communicated: 1 });
  });
});
