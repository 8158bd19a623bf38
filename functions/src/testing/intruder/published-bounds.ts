/**
 * What a published value tells an intruder about the true count behind it: the
 * interval of whole numbers that could have produced it under the rules the answer
 * states (threshold k and rounding), as `docs/disclosure.md` describes them.
 */

export interface Interval {
  lo: number;
  /** `Infinity` when nothing bounds the count from above. */
  hi: number;
}

export interface PublishedRules {
  threshold: number;
  rounding: number;
}

/**
 * The interval a published count of people leaves, or undefined when the value says
 * nothing (a figure that does not exist, or one not published at this level).
 * @example boundsOf(15, { threshold: 10, rounding: 5 }) // { lo: 13, hi: 17 }
 * @example boundsOf('<10', { threshold: 10, rounding: 5 }) // { lo: 1, hi: 9 }
 */
export function boundsOf(value: unknown, rules: PublishedRules): Interval | undefined {
  if (value === 0 || value === '0') return { lo: 0, hi: 0 };
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Rounded half up to a multiple of r, and never published below k.
    const r = rules.rounding;
    const lo = Math.ceil(value - r / 2);
    const hi = Math.ceil(value + r / 2) - 1;
    return { lo: Math.max(lo, rules.threshold), hi: Math.max(hi, rules.threshold) };
  }
  if (value === `<${rules.threshold}`) return { lo: 1, hi: rules.threshold - 1 };
  if (value === 'suppressed') return { lo: 0, hi: Infinity };
  return undefined;
}

/** The single number a least-squares fit takes a published value to stand for, if any. */
export function pointOf(value: unknown, rules: PublishedRules): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === `<${rules.threshold}`) return rules.threshold / 2;
  return undefined;
}

export function intersect(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

/** How many whole numbers an interval holds. */
export function widthOf(interval: Interval): number {
  return interval.hi - interval.lo + 1;
}
