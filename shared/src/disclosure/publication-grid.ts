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

/**
 * Every count of people in a figure tree, by its path (`reach.participations`,
 * `inclusion.groups.3.participants`), including the counts a share is computed from
 * (`impact.feltListened.0`), which may appear nowhere else.
 */
export function countsByPath(figures: unknown): Map<string, PeopleCount> {
  const out = new Map<string, PeopleCount>();
  const walk = (value: unknown, path: string) => {
    if (isFigure(value)) {
      if (value[figureTag] === 'people') out.set(path, value);
      // A derived figure's own counts, not those of figures it combines, whose number varies with the data.
      if (value[figureTag] === 'derived') {
        value.inputs.forEach((input, i) => input[figureTag] === 'people' && walk(input, `${path}.${i}`));
      }
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
    // A quarter's 0 is published whatever the rule: it is no small count, and the cells still
    // hidden beside it are either two or more, or one equal to a published total.
    inQuarters.forEach((v, i) => {
      quarterValues[i]!.set(path, v === 0 ? 0 : !publishable ? yearOnlyMark : roundCount(v, rules));
    });
  }
  const pathOf = new Map([...yearByPath].map(([path, count]) => [count, path]));
  return {
    yearValues,
    breakdowns: year.breakdowns.map((b) => ({
      total: pathOf.get(b.total)!,
      cells: b.cells.map((c) => pathOf.get(c)!),
    })),
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
      own.lo = Math.max(
        own.lo,
        sums.reduce((a, s) => a + s.lo, 0),
      );
      own.hi = Math.min(
        own.hi,
        sums.reduce((a, s) => a + s.hi, 0),
      );
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

type Interval = { lo: number; hi: number };

/**
 * Narrows intervals by signed sums (`Σ sign × x in bounds`) until nothing moves: what a
 * reader can work out by setting published totals against their parts.
 */
function narrowBySums(
  intervals: Interval[],
  sums: readonly { terms: readonly number[]; signs: readonly number[]; bounds: Interval }[],
): void {
  for (let round = 0; round < 20; round += 1) {
    let moved = false;
    for (const { terms, signs, bounds } of sums) {
      const ranges = terms.map((t, i) =>
        signs[i]! > 0 ? intervals[t]! : { lo: -intervals[t]!.hi, hi: -intervals[t]!.lo },
      );
      const low = ranges.reduce((a, r) => a + r.lo, 0);
      const high = ranges.reduce((a, r) => a + r.hi, 0);
      terms.forEach((t, i) => {
        const r = ranges[i]!;
        const restLow = low - r.lo;
        const restHigh = high - r.hi;
        // The term's signed value is the sum less the rest; infinite rests say nothing.
        const signedLo = Number.isFinite(restHigh) ? bounds.lo - restHigh : -Infinity;
        const signedHi = Number.isFinite(restLow) && Number.isFinite(bounds.hi) ? bounds.hi - restLow : Infinity;
        const own = intervals[t]!;
        const lo = signs[i]! > 0 ? signedLo : -signedHi;
        const hi = signs[i]! > 0 ? signedHi : -signedLo;
        if (lo > own.lo) [own.lo, moved] = [Math.ceil(lo), true];
        if (hi < own.hi) [own.hi, moved] = [Math.floor(hi), true];
      });
    }
    if (!moved) break;
  }
}

/**
 * The counts of a total over organisations that must be hidden: set against everything
 * the organisations publish (their years, narrowed by their quarters and breakdowns),
 * every published count of the total, its breakdowns and theirs are solved together,
 * and while any organisation's small count is left fewer than `minimumWidth` values,
 * the total's counts of that measure and of the breakdowns it belongs to are hidden.
 */
export function totalsToHide<T>(
  total: Disclosable<T>,
  parts: readonly Pick<PublishedYear<unknown>, 'yearValues' | 'quarterValues' | 'breakdowns'>[],
  rules: DisclosureRules,
): Set<PeopleCount> {
  const totalByPath = countsByPath(total.figures);
  const paths = [...totalByPath.keys()];
  const own = parts.map((part) => knownIntervals(part, rules));
  const totalBreakdowns = total.breakdowns.map((b) => {
    const pathOf = new Map([...totalByPath].map(([path, count]) => [count, path]));
    return { total: pathOf.get(b.total)!, cells: b.cells.map((c) => pathOf.get(c)!) };
  });
  const small = `<${rules.threshold}`;
  const hide = new Set<PeopleCount>();
  for (let attempt = 0; attempt <= paths.length; attempt += 1) {
    const values = publicCounts(total, rules, hide);
    // Variables: each organisation's count of each measure, then the total's.
    const index = (org: number, path: string) => org * paths.length + paths.indexOf(path);
    const totalIndex = (path: string) => parts.length * paths.length + paths.indexOf(path);
    const intervals: Interval[] = [
      ...parts.flatMap((_, org) => paths.map((path) => ({ ...own[org]!.get(path)! }))),
      ...paths.map((path) => publishedInterval(values.get(totalByPath.get(path)!)!, rules)),
    ];
    const sums = [
      ...paths.map((path) => {
        const terms = [totalIndex(path), ...parts.map((_, org) => index(org, path))];
        return { terms, signs: terms.map((_, i) => (i === 0 ? 1 : -1)), bounds: { lo: 0, hi: 0 } };
      }),
      ...parts.flatMap((part, org) =>
        part.breakdowns.map((b) => {
          const terms = [index(org, b.total), ...b.cells.map((c) => index(org, c))];
          return { terms, signs: terms.map((_, i) => (i === 0 ? 1 : -1)), bounds: { lo: 0, hi: 0 } };
        }),
      ),
      ...totalBreakdowns.map((b) => {
        const terms = [totalIndex(b.total), ...b.cells.map(totalIndex)];
        return { terms, signs: terms.map((_, i) => (i === 0 ? 1 : -1)), bounds: { lo: 0, hi: 0 } };
      }),
    ];
    narrowBySums(intervals, sums);
    let added = false;
    parts.forEach((part, org) => {
      for (const path of paths) {
        if (part.yearValues.get(path) !== small) continue;
        const interval = intervals[index(org, path)]!;
        if (interval.hi - interval.lo + 1 >= minimumWidth) continue;
        // Hide the total's count of this measure and of every breakdown it is in.
        const related = new Set([path]);
        for (const b of part.breakdowns) {
          if (b.total === path || b.cells.includes(path)) for (const p of [b.total, ...b.cells]) related.add(p);
        }
        for (const p of related) {
          const count = totalByPath.get(p)!;
          if (!hide.has(count) && typeof values.get(count) === 'number' && values.get(count) !== 0) {
            hide.add(count);
            added = true;
          }
        }
      }
    });
    if (!added) break;
  }
  return hide;
}
