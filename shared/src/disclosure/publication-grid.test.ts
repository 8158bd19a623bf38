import { describe, expect, it } from 'vitest';
import { breakdown, people, share, type Disclosable, type PeopleCount } from './figures.ts';
import { knownIntervals, publishYear, sumOfPublished, totalsToHide, yearOnlyMark } from './publication-grid.ts';

const rules = { threshold: 10, rounding: 5 };

/** A tree of a total, two channels that add up to it, and a group count. */
function tree(total: number, a: number, b: number, group: number): Disclosable<Record<string, PeopleCount>> {
  const figures = { total: people(total), a: people(a), b: people(b), group: people(group) };
  return { figures, breakdowns: [breakdown(figures.total, [figures.a, figures.b])] };
}

describe('publishYear', () => {
  it('publishes quarters when the year is published and every quarter is 0 or at least k', () => {
    const quarters = [tree(12, 6, 6, 11), tree(0, 0, 0, 0), tree(23, 20, 3, 14), tree(40, 30, 10, 12)];
    const year = tree(75, 56, 19, 37);
    const published = publishYear(year, quarters, rules);
    expect(published.year).toEqual({ total: 75, a: 55, b: 20, group: 35 });
    expect(published.quarters.map((q) => q.total)).toEqual([10, 0, 25, 40]);
    expect(published.quarters.map((q) => q.group)).toEqual([10, 0, 15, 10]);
  });

  it('marks every quarter year-only when one quarter is small, so none can be taken from the year', () => {
    const quarters = [tree(12, 6, 6, 3), tree(30, 20, 10, 20), tree(30, 20, 10, 20), tree(30, 20, 10, 20)];
    const published = publishYear(tree(102, 66, 36, 63), quarters, rules);
    expect(published.year.group).toBe(65);
    expect(published.quarters.map((q) => q.group)).toEqual(Array(4).fill(yearOnlyMark));
    expect(published.quarters.map((q) => q.total)).toEqual([10, 30, 30, 30]);
  });

  it('publishes the cells of a breakdown for the year only', () => {
    const quarters = [tree(30, 20, 10, 10), tree(30, 20, 10, 10), tree(30, 20, 10, 10), tree(30, 20, 10, 10)];
    const published = publishYear(tree(120, 80, 40, 40), quarters, rules);
    expect(published.year).toMatchObject({ a: 80, b: 40 });
    for (const q of published.quarters) expect([q.a, q.b]).toEqual([yearOnlyMark, yearOnlyMark]);
  });

  it('keeps a small year as "<k" and its quarters year-only, and quarters of 0 as 0', () => {
    const small = publishYear(tree(4, 4, 0, 0), [tree(4, 4, 0, 0), tree(0, 0, 0, 0)], rules);
    expect(small.year.total).toBe('<10');
    expect(small.quarters.map((q) => q.total)).toEqual([yearOnlyMark, 0]);
    expect(small.quarters.map((q) => q.group)).toEqual([0, 0]);
  });
});

describe('countsByPath', () => {
  it('finds the counts a share is computed from, so the share is computed from their published values', () => {
    const agreed = people(23);
    const answers = people(41);
    const year = { figures: { answers, felt: share(agreed, answers) }, breakdowns: [] };
    const published = publishYear(year, [], rules);
    expect(published.year).toEqual({ answers: 40, felt: 0.625 });
  });
});

describe('sumOfPublished', () => {
  it('adds published values, and gives year-only where any part is not a number', () => {
    const parts = [
      new Map<string, string | number>([
        ['x', 10],
        ['y', 15],
      ]),
      new Map<string, string | number>([
        ['x', 20],
        ['y', yearOnlyMark],
      ]),
    ];
    expect(sumOfPublished(['x', 'y'], parts)).toEqual(
      new Map<string, string | number>([
        ['x', 30],
        ['y', yearOnlyMark],
      ]),
    );
  });
});

describe('knownIntervals', () => {
  it('narrows a complementary suppressed cell by its total less the other cells', () => {
    const part = {
      yearValues: new Map<string, string | number>([
        ['total', 50],
        ['a', '<10'],
        ['b', 'suppressed'],
        ['c', 30],
      ]),
      quarterValues: [],
      breakdowns: [{ total: 'total', cells: ['a', 'b', 'c'] }],
    };
    // b = total - a - c: 48..52 less 1..9 less 28..32.
    expect(knownIntervals(part, rules).get('b')).toEqual({ lo: 7, hi: 23 });
  });
});

describe('totalsToHide', () => {
  const part = (value: string | number) => ({
    yearValues: new Map<string, string | number>([['total', value]]),
    quarterValues: [],
    breakdowns: [],
  });
  const total = (value: number) => {
    const figures = { total: people(value) };
    return { figures, breakdowns: [] };
  };

  it('hides a total that, less the other organisations, would leave a small one fewer than five values', () => {
    // 41 -> 40 (38..42) against 38 -> 40 (38..42): the small one would be 1..4.
    expect(totalsToHide(total(41), [part(40), part('<10')], rules).size).toBe(1);
  });

  it('hides a total that would give away the cell hidden to protect a small one', () => {
    // The first organisation's b is hidden to protect its a (8); the second has no b, so the
    // partnership's b (68..72) is the first's, and its total (78..82) less b would leave a at 6..9.
    const first = publishYear(tree(78, 8, 70, 0), [], rules);
    const second = publishYear(tree(30, 30, 0, 0), [], rules);
    expect(first.year).toMatchObject({ total: 80, a: '<10', b: 'suppressed' });
    const partnership = tree(108, 38, 70, 0);
    const hidden = totalsToHide(partnership, [first, second], rules);
    expect(hidden.has(partnership.figures.b!)).toBe(true);
    expect(hidden.has(partnership.figures.group!)).toBe(false);
  });

  it('keeps a total that leaves every small organisation five values or more', () => {
    // 45 (43..47) less 40 (38..42): the small one is 1..9.
    expect(totalsToHide(total(44), [part(40), part('<10')], rules).size).toBe(0);
    expect(totalsToHide(total(30), [part(20), part(0)], rules).size).toBe(0);
  });
});
