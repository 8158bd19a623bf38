/**
 * Disclosure control: the one function every public figure goes through (public
 * pages, public API responses, open data files), so no exact small number about
 * people is ever published. In order:
 *
 * 1. primary suppression: a count of people c with 1 <= c < k is shown as `"<k"`; 0 is shown as 0;
 * 2. complementary suppression: where a breakdown with a published total has exactly one
 *    suppressed cell, the next smallest cell is suppressed too (`"suppressed"`): the smallest
 *    non-zero one, else a zero, else (a breakdown of one cell) the total; repeated until no
 *    breakdown has a lone suppressed cell;
 * 3. rounding: every other count of people is rounded to the nearest `rounding`
 *    (never below k, so a published count is never in 1..k-1);
 * 4. shares and other derived figures are shown only when each count they are computed
 *    from is published and their numerator and denominator are at least k, and are then
 *    computed from the published counts (labels such as flags from the published figure);
 * 5. counts of activities, loops and days are published exactly.
 */
import type { Breakdown, DependentLabel, DerivedFigure, Disclosable, ExactFigure, PeopleCount } from './figures.ts';
import { figureTag, isFigure } from './figures.ts';
import type { yearOnlyMark } from './publication-grid.ts';

export interface DisclosureRules {
  /** k: counts of people from 1 to k-1 are suppressed. */
  threshold: number;
  /** Published counts of people are rounded to the nearest multiple of this. */
  rounding: number;
}

/** What a suppressed share or a complementary suppressed count shows. */
export const suppressedMark = 'suppressed';

/** A published value: a number, `"<k"` or `"suppressed"`, or null when the figure is undefined. */
export type PublicValue = number | string | null;

/**
 * What a figure computed from counts of people shows in public when it is held back:
 * `"suppressed"`, or `"year-only"` when a count it is computed from is published for the
 * financial year only (publication-grid.ts).
 */
export type WithheldMark = typeof suppressedMark | typeof yearOnlyMark;

/** A count of people in public: its rounded value, or `"<k"` when it is small, or withheld. */
export type PublicCount = number | `<${number}` | WithheldMark;

/** A share or other figure computed from counts of people, in public: null when it is undefined. */
export type PublicDerived = number | null | WithheldMark;

/** The public shape of an output tree: every figure becomes its published value. */
export type Public<T> = T extends PeopleCount
  ? PublicCount
  : T extends ExactFigure
    ? number | null
    : T extends DerivedFigure
      ? PublicDerived
      : T extends DependentLabel<infer L>
        ? L | null | WithheldMark
        : T extends readonly (infer U)[]
          ? Public<U>[]
          : T extends object
            ? { [K in keyof T]: Public<T[K]> }
            : T;

/** The exact shape of an output tree, for readers allowed to see it: every figure becomes its exact value. */
export type Exact<T> = T extends PeopleCount
  ? number
  : T extends ExactFigure | DerivedFigure
    ? number | null
    : T extends DependentLabel<infer L>
      ? L | null
      : T extends readonly (infer U)[]
        ? Exact<U>[]
        : T extends object
          ? { [K in keyof T]: Exact<T[K]> }
          : T;

/** Rounds a count of at least k to the nearest multiple of `rounding`, never below k. */
export function roundCount(value: number, rules: DisclosureRules): number {
  const floor = Math.ceil(rules.threshold / rules.rounding) * rules.rounding;
  return Math.max(Math.round(value / rules.rounding) * rules.rounding, floor);
}

function isSmall(value: number, rules: DisclosureRules): boolean {
  return value >= 1 && value < rules.threshold;
}

/** Chooses which counts to suppress: the small ones, then complements until no breakdown has a lone suppressed cell. */
function chooseSuppressed(
  breakdowns: readonly Breakdown[],
  counts: readonly PeopleCount[],
  rules: DisclosureRules,
  forced: ReadonlySet<PeopleCount>,
) {
  const primary = new Set(counts.filter((c) => isSmall(c.value, rules)));
  const secondary = new Set<PeopleCount>([...forced].filter((c) => !primary.has(c)));
  const hidden = (c: PeopleCount) => primary.has(c) || secondary.has(c);
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, cells } of breakdowns) {
      if (hidden(total)) continue;
      if (cells.filter(hidden).length !== 1) continue;
      // The next smallest cell, preferring one that is not zero; with no other cell, the total itself.
      let next: PeopleCount | undefined;
      for (const cell of cells) {
        if (hidden(cell)) continue;
        const better = !next || (next.value === 0 && cell.value > 0) || (cell.value > 0 && cell.value < next.value);
        if (better) next = cell;
      }
      secondary.add(next ?? total);
      changed = true;
    }
  }
  return { primary, secondary };
}

function collectCounts(value: unknown, into: Set<PeopleCount>): void {
  if (isFigure(value)) {
    if (value[figureTag] === 'people') into.add(value);
    if (value[figureTag] === 'derived') for (const input of value.inputs) collectCounts(input, into);
    if (value[figureTag] === 'label') collectCounts(value.on, into);
    return;
  }
  if (Array.isArray(value)) for (const item of value) collectCounts(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collectCounts(item, into);
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * The published value of every count of people in an output tree, after primary and
 * complementary suppression and rounding. `forced` counts are hidden whatever their value
 * (shown as `"suppressed"`, e.g. a total that would difference a small count elsewhere),
 * and complementary suppression then protects them like any other hidden count.
 */
export function publicCounts<T>(
  output: Disclosable<T>,
  rules: DisclosureRules,
  forced: ReadonlySet<PeopleCount> = new Set(),
): Map<PeopleCount, PublicValue> {
  const counts = new Set<PeopleCount>();
  collectCounts(output.figures, counts);
  for (const { total, cells } of output.breakdowns) for (const c of [total, ...cells]) counts.add(c);
  const { primary, secondary } = chooseSuppressed(output.breakdowns, [...counts], rules, forced);
  const values = new Map<PeopleCount, PublicValue>();
  for (const c of counts) {
    if (primary.has(c)) values.set(c, `<${rules.threshold}`);
    else if (secondary.has(c)) values.set(c, suppressedMark);
    else values.set(c, c.value === 0 ? 0 : roundCount(c.value, rules));
  }
  return values;
}

/**
 * Renders an output tree with the given published value for each count of people:
 * exact figures as they are, derived figures computed from the published counts (or
 * hidden with the first count they cannot be computed from), labels from those.
 */
export function renderPublic<T>(
  figures: T,
  rules: DisclosureRules,
  publicCount: (count: PeopleCount) => PublicValue,
): Public<T> {
  // Derived figures are computed from the published counts; figures computed from other
  // derived figures use their unrounded public value, and only what is shown is rounded.
  const derivedValues = new Map<DerivedFigure, number | null | string>();
  const publicDerived = (d: DerivedFigure): number | null | string => {
    const known = derivedValues.get(d);
    if (known !== undefined) return known;
    let result: number | null | string;
    if (d.value === null) result = null;
    else if (d.atLeastK.some((c) => c.value < rules.threshold)) result = suppressedMark;
    else {
      const inputs = d.inputs.map((input) =>
        input[figureTag] === 'people' ? publicCount(input) : publicDerived(input),
      );
      const missing = inputs.find((v) => typeof v !== 'number');
      result = missing === undefined ? d.compute(inputs as number[]) : missing === null ? null : withheldMark(missing);
    }
    derivedValues.set(d, result);
    return result;
  };
  const shownDerived = (d: DerivedFigure): PublicValue => {
    const value = publicDerived(d);
    return typeof value === 'number' ? roundTo(value, d.digits) : value;
  };

  const render = (value: unknown): unknown => {
    if (isFigure(value)) {
      switch (value[figureTag]) {
        case 'people':
          return publicCount(value);
        case 'exact':
          return value.value;
        case 'derived':
          return shownDerived(value);
        case 'label': {
          const on = publicDerived(value.on);
          return typeof on === 'number' ? value.classify(on) : on === null ? null : withheldMark(on);
        }
      }
    }
    if (Array.isArray(value)) return value.map(render);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, render(item)]));
    }
    return value;
  };
  return render(figures) as Public<T>;
}

/** What a figure computed from a withheld value shows: the same mark, except that a small count hides it as suppressed. */
function withheldMark(value: string): string {
  return value.startsWith('<') ? suppressedMark : value;
}

/**
 * Applies disclosure control to an output tree. Pure: the same input always gives the same output.
 * @example disclose({ figures: { taking_part: people(7), meetings: exact(3) }, breakdowns: [] }, { threshold: 10, rounding: 5 })
 * // { taking_part: '<10', meetings: 3 }
 */
export function disclose<T>(
  output: Disclosable<T>,
  rules: DisclosureRules,
  forced: ReadonlySet<PeopleCount> = new Set(),
): Public<T> {
  const values = publicCounts(output, rules, forced);
  return renderPublic(output.figures, rules, (c) => values.get(c)!);
}

/** The exact values of an output tree, for readers allowed to see them. */
export function exactValues<T>(output: Disclosable<T>): Exact<T> {
  // A plain loop over the keys: an overview answers some 20 thousand figures.
  const render = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (isFigure(value)) return value.value;
    if (Array.isArray(value)) return value.map(render);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = render((value as Record<string, unknown>)[key]);
    return out;
  };
  return render(output.figures) as Exact<T>;
}
