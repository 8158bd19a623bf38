/**
 * The figures a public output is built from, each tagged with what it counts, so
 * disclosure control knows how to treat it: counts of people are suppressed and
 * rounded, counts of activities, loops and days are exact, shares of people are
 * shown only when both their parts are large enough.
 */

/** Marks a figure inside an output tree; never appears in JSON. */
export const figureTag: unique symbol = Symbol('figure');

/** A count of people (participations, people in a group, survey answers). */
export interface PeopleCount {
  readonly [figureTag]: 'people';
  readonly value: number;
}

/** A figure that is not a count of people (activities, loops, days, scores): published as it is. */
export interface ExactFigure {
  readonly [figureTag]: 'exact';
  readonly value: number | null;
}

/**
 * A figure computed from counts of people, published only when every count it is
 * computed from is published and each of `atLeastK` is at least the threshold.
 * The public value is computed from the *published* (rounded) counts, so it tells
 * nothing the counts do not.
 */
export interface DerivedFigure {
  readonly [figureTag]: 'derived';
  readonly inputs: readonly (PeopleCount | DerivedFigure)[];
  readonly atLeastK: readonly PeopleCount[];
  /** Computes the public value from the public values of `inputs` (unrounded), in order. */
  readonly compute: (inputs: readonly number[]) => number | null;
  /** Decimal places of the public value. */
  readonly digits: number;
  /** The exact value, for signed-in readers; never published. */
  readonly value: number | null;
}

/**
 * A label derived from a figure (e.g. an under-representation flag): in public it is
 * worked out from the published figure, and hidden when that figure is.
 */
export interface DependentLabel<T extends string | boolean> {
  readonly [figureTag]: 'label';
  readonly on: DerivedFigure;
  readonly classify: (value: number) => T | null;
  /** The label of the exact figure, for signed-in readers. */
  readonly value: T | null;
}

export type Figure = PeopleCount | ExactFigure | DerivedFigure | DependentLabel<string | boolean>;

/** Cells of people counts that add up to a published total (a breakdown). */
export interface Breakdown {
  readonly total: PeopleCount;
  readonly cells: readonly PeopleCount[];
}

/** An output tree of figures and plain values, with the breakdowns among its counts. */
export interface Disclosable<T> {
  figures: T;
  breakdowns: readonly Breakdown[];
}

export function people(value: number): PeopleCount {
  return { [figureTag]: 'people', value };
}

export function exact(value: number | null): ExactFigure {
  return { [figureTag]: 'exact', value };
}

/**
 * A share of people: `numerator / denominator` x `scale`, shown only when both counts are at least k.
 * @example share(people(12), people(40)) // 0.3 in public once rounded counts allow
 */
export function share(
  numerator: PeopleCount,
  denominator: PeopleCount,
  options: { scale?: number; digits?: number } = {},
): DerivedFigure {
  const scale = options.scale ?? 1;
  const divide = (n: number, d: number) => (d > 0 ? (n / d) * scale : null);
  return {
    [figureTag]: 'derived',
    inputs: [numerator, denominator],
    atLeastK: [numerator, denominator],
    compute: ([n, d]) => divide(n!, d!),
    digits: options.digits ?? 4,
    value: divide(numerator.value, denominator.value),
  };
}

/** A rate of people against a known population (not itself a count from our data), e.g. per 1,000. */
export function rate(numerator: PeopleCount, population: number, per: number, digits = 1): DerivedFigure {
  const compute = (n: number) => (population > 0 ? (n / population) * per : null);
  return {
    [figureTag]: 'derived',
    inputs: [numerator],
    atLeastK: [numerator],
    compute: ([n]) => compute(n!),
    digits,
    value: compute(numerator.value),
  };
}

/** A figure computed from other derived figures, e.g. a score over several groups' representation. */
export function combine(
  inputs: readonly DerivedFigure[],
  compute: (values: readonly number[]) => number | null,
  value: number | null,
  digits = 0,
): DerivedFigure {
  return { [figureTag]: 'derived', inputs, atLeastK: [], compute, digits, value };
}

/** A derived figure scaled by a constant (e.g. a share divided by a baseline share). */
export function scaled(figure: DerivedFigure, factor: number | null, digits = 3): DerivedFigure {
  return combine(
    [figure],
    ([v]) => (factor === null ? null : v! * factor),
    figure.value === null || factor === null ? null : figure.value * factor,
    digits,
  );
}

export function label<T extends string | boolean>(
  on: DerivedFigure,
  classify: (value: number) => T | null,
): DependentLabel<T> {
  return { [figureTag]: 'label', on, classify, value: on.value === null ? null : classify(on.value) };
}

export function breakdown(total: PeopleCount, cells: readonly PeopleCount[]): Breakdown {
  return { total, cells };
}

export function isFigure(value: unknown): value is Figure {
  return typeof value === 'object' && value !== null && figureTag in value;
}
