/**
 * Interval propagation over signed sums: each constraint "sum of ±x_i in [lo, hi]"
 * narrows every x_i it holds, given the others' current bounds, until nothing moves.
 * This is how an intruder combines answers across organisations (a partnership total
 * against its signatories) and across a breakdown (channels against the total).
 */
import type { Interval } from './published-bounds.ts';

export interface SumConstraint {
  terms: readonly number[];
  /** +1 or -1 per term. */
  signs: readonly number[];
  bounds: Interval;
}

export function propagate(bounds: Interval[], constraints: readonly SumConstraint[], rounds = 30): Interval[] {
  const b = bounds.map((x) => ({ ...x }));
  for (let round = 0; round < rounds; round += 1) {
    let moved = false;
    for (const { terms, signs, bounds: total } of constraints) {
      const signedRange = (j: number, s: number) =>
        s > 0 ? { lo: b[j]!.lo, hi: b[j]!.hi } : { lo: -b[j]!.hi, hi: -b[j]!.lo };
      terms.forEach((j, i) => {
        const s = signs[i]!;
        // The rest of the sum's least and most, from the other terms' current bounds.
        let restLow = 0;
        let restHigh = 0;
        terms.forEach((k, n) => {
          if (n === i) return;
          const range = signedRange(k, signs[n]!);
          restLow += range.lo;
          restHigh += range.hi;
        });
        const signedLo = restHigh === Infinity ? -Infinity : total.lo - restHigh;
        const signedHi = total.hi === Infinity || restLow === -Infinity ? Infinity : total.hi - restLow;
        const lo = s > 0 ? signedLo : -signedHi;
        const hi = s > 0 ? signedHi : -signedLo;
        const own = b[j]!;
        if (Number.isFinite(lo) && Math.ceil(lo - 1e-9) > own.lo) {
          own.lo = Math.ceil(lo - 1e-9);
          moved = true;
        }
        if (Number.isFinite(hi) && Math.floor(hi + 1e-9) < own.hi) {
          own.hi = Math.floor(hi + 1e-9);
          moved = true;
        }
      });
    }
    if (!moved) break;
  }
  return b;
}
