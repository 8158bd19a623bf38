/**
 * The public publication grid (docs/disclosure.md): public figures exist only for
 * financial years and their quarters, built so that no combination of public answers
 * narrows a small count of people below what one published cell says.
 *
 * - A financial year's cells are published from exact data through `disclose`.
 * - A quarter's count is published only when its year's count is, and every quarter of
 *   that year is 0 or at least k; otherwise all four quarters show `"year-only"`. So a
 *   quarter never differences against its year or its sister quarters to a small count:
 *   a small quarter is never beside a published year or published sisters.
 * - Cells of a breakdown (participations by channel, setting, stage, level) are
 *   published for the year only, where complementary suppression protects them.
 * - A total over organisations (the partnership's year) is published only where the
 *   organisations' own published cells leave every small one at least `minimumWidth`
 *   possible values; its quarters are the sums of the organisations' published quarters.
 */
import {
  publicCounts,
  renderPublic,
  roundCount,
  type DisclosureRules,
  type Public,
  type PublicValue,
} from './disclose.ts';
import { figureTag, isFigure, type Disclosable, type PeopleCount } from './figures.ts';

/** What a quarter shows for a count that is published for the whole financial year only. */
export const yearOnlyMark = 'year-only';

/** The fewest values the public figures must leave possible for a small count (docs/disclosure.md). */
export const minimumWidth = 5;

/** Every count of people in a figure tree, by its path (`reach.participations`, `inclusion.groups.3.participants`). */
export function countsByPath(figures: unknown): Map<string, PeopleCount> {
  const out = new Map<string, PeopleCount>();
  const walk = (value: unknown, path: string) => {
    if (isFigure(value)) {
      if (value[figureTag] === 'people') out.set(path, value);
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  walk(figures, '');
  return out;
}

/** The values a published count leaves possible, given the rules it was published under. */
export function publishedInterval(value: PublicValue, rules: DisclosureRules): { lo: number; hi: number } {
  if (value === 0) return { lo: 0, hi: 0 };
  if (typeof value === 'number') {
    const lo = Math.ceil(value - rules.rounding / 2);
    const hi = Math.ceil(value + rules.rounding / 2) - 1;
    return { lo: Math.max(lo, rules.threshold), hi: Math.max(hi, rules.threshold) };
  }
  if (value === `<${rules.threshold}`) return { lo: 1, hi: rules.threshold - 1 };
  return { lo: 0, hi: Infinity };
}

/** A breakdown by path: the cells add up to the total. */
export interface PathBreakdown {
  total: string;
  cells: string[];
}

export interface PublishedYear<T> {
  /** Each count's published value in the year, by path. */
  yearValues: Map<string, PublicValue>;
  /** The year's breakdowns, by path. */
  breakdowns: PathBreakdown[];
  /** Each count's published value in each quarter, by path. */
  quarterValues: Map<string, PublicValue>[];
  year: Public<T>;
  quarters: Public<T>[];
}

/**
 * Publishes a financial year and its quarters (up to four; a year still running may have fewer).
 * The trees must have the same shape (the same figures computed over different months).
 */
export function publishYear<T>(
  year: Disclosable<T>,
  quarters: readonly Disclosable<T>[],
  rules: DisclosureRules,
): PublishedYear<T> {
  const yearCounts = publicCounts(year, rules);
  const yearByPath = countsByPath(year.figures);
  const yearValues = new Map([...yearByPath].map(([path, count]) => [path, yearCounts.get(count)!]));
  const quarterByPath = quarters.map((q) => countsByPath(q.figures));
  const breakdownCells = new Set(year.breakdowns.flatMap((b) => b.cells));
  const quarterValues = quarters.map(() => new Map<string, PublicValue>());
  for (const [path, count] of yearByPath) {
    const inQuarters = quarterByPath.map((q) => q.get(path)!.value);
    const value = yearValues.get(path)!;
    const publishable =
      !breakdownCells.has(count) &&
      (value === 0 || (typeof value === 'number' && inQuarters.every((v) => v === 0 || v >= rules.threshold)));
    inQuarters.forEach((v, i) => {
      quarterValues[i]!.set(path, !publishable ? yearOnlyMark : v === 0 ? 0 : roundCount(v, rules));
    });
  }
  const pathOf = new Map([...yearByPath].map(([path, count]) => [count, path]));
  return {
    yearValues,
    breakdowns: year.breakdowns.map((b) => ({ total: pathOf.get(b.total)!, cells: b.cells.map((c) => pathOf.get(c)!) })),
    quarterValues,
    year: renderFromPaths(year, rules, yearValues),
    quarters: quarters.map((q, i) => renderFromPaths(q, rules, quarterValues[i]!)),
  };
}

/** Renders a tree whose counts' published values are given by path. */
export function renderFromPaths<T>(
  output: Disclosable<T>,
  rules: DisclosureRules,
  values: ReadonlyMap<string, PublicValue>,
) {
  const byCount = new Map([...countsByPath(output.figures)].map(([path, count]) => [count, values.get(path)!]));
  return renderPublic(output.figures, rules, (count) => byCount.get(count)!);
}

/**
 * The published values of a total over organisations, by path, from the organisations'
 * published values: a number only where every organisation's is a number (their sum),
 * else `"year-only"`. Used for quarters, so a quarter's total tells nothing its
 * organisations' quarters do not.
 */
export function sumOfPublished(
  paths: Iterable<string>,
  parts: readonly ReadonlyMap<string, PublicValue>[],
): Map<string, PublicValue> {
  const out = new Map<string, PublicValue>();
  for (const path of paths) {
    const values = parts.map((p) => p.get(path));
    out.set(
      path,
      values.every((v) => typeof v === 'number') ? (values as number[]).reduce((a, b) => a + b, 0) : yearOnlyMark,
    );
  }
  return out;
}

/**
 * What a reader can work out about each count of one organisation's year from its own
 * published figures: the year's value, narrowed by the sum of its published quarters and
 * by its breakdowns (a hidden cell is its total less the other cells).
 */
export function knownIntervals(
  part: Pick<PublishedYear<unknown>, 'yearValues' | 'quarterValues' | 'breakdowns'>,
  rules: DisclosureRules,
): Map<string, { lo: number; hi: number }> {
  const known = new Map<string, { lo: number; hi: number }>();
  for (const [path, value] of part.yearValues) {
    const own = publishedInterval(value, rules);
    const quarters = part.quarterValues.map((q) => q.get(path)!);
    if (quarters.length > 0 && quarters.every((q) => typeof q === 'number')) {
      const sums = quarters.map((q) => publishedInterval(q, rules));
      own.lo = Math.max(own.lo, sums.reduce((a, s) => a + s.lo, 0));
      own.hi = Math.min(own.hi, sums.reduce((a, s) => a + s.hi, 0));
    }
    known.set(path, own);
  }
  for (let round = 0; round < 10; round += 1) {
    let moved = false;
    const narrow = (path: string, lo: number, hi: number) => {
      const own = known.get(path)!;
      if (lo > own.lo) [own.lo, moved] = [lo, true];
      if (hi < own.hi) [own.hi, moved] = [hi, true];
    };
    for (const { total, cells } of part.breakdowns) {
      const sumLo = cells.reduce((a, c) => a + known.get(c)!.lo, 0);
      const sumHi = cells.reduce((a, c) => a + known.get(c)!.hi, 0);
      const t = known.get(total)!;
      narrow(total, sumLo, sumHi);
      for (const cell of cells) {
        const own = known.get(cell)!;
        narrow(cell, t.lo - (sumHi - own.hi), t.hi - (sumLo - own.lo));
      }
    }
    if (!moved) break;
  }
  return known;
}

/**
 * The counts of a total over organisations that must be hidden: those whose published
 * value, set against what the organisations' own published figures tell (knownIntervals),
 * would leave a small organisation's count fewer than `minimumWidth` possible values.
 */
export function totalsToHide<T>(
  total: Disclosable<T>,
  parts: readonly Pick<PublishedYear<unknown>, 'yearValues' | 'quarterValues' | 'breakdowns'>[],
  rules: DisclosureRules,
): Set<PeopleCount> {
  const hide = new Set<PeopleCount>();
  const totalValues = publicCounts(total, rules);
  const known = parts.map((part) => ({ values: part.yearValues, intervals: knownIntervals(part, rules) }));
  for (const [path, count] of countsByPath(total.figures)) {
    const published = totalValues.get(count)!;
    if (typeof published !== 'number' || published === 0) continue;
    const sum = publishedInterval(published, rules);
    const intervals = known.map((k) => k.intervals.get(path)!);
    // Each organisation's count that is small, against the total less what the others can be.
    const exposed = known.some((k, i) => {
      if (k.values.get(path) !== `<${rules.threshold}`) return false;
      const othersLo = intervals.reduce((a, x, j) => (j === i ? a : a + x.lo), 0);
      const othersHi = intervals.reduce((a, x, j) => (j === i ? a : a + x.hi), 0);
      const lo = Math.max(intervals[i]!.lo, sum.lo - othersHi);
      const hi = Math.min(intervals[i]!.hi, sum.hi - othersLo);
      return hi - lo + 1 < minimumWidth;
    });
    if (exposed) hide.add(count);
  }
  return hide;
}
