/**
 * Solves published bounds on sums of consecutive months as a difference-constraint
 * system: with prefix sums P, "lo <= months a..b <= hi" is P[b+1] - P[a] in [lo, hi],
 * and every month is at least 0. The tightest bounds any combination of the
 * constraints implies on any run of months are shortest paths (Floyd–Warshall).
 */
import type { Interval } from './published-bounds.ts';

export interface RangeConstraint {
  /** First and last month, as indices into the chain's months, both included. */
  first: number;
  last: number;
  bounds: Interval;
}

export interface ChainBounds {
  /** The tightest bounds on the sum of months `first..last`. */
  range(first: number, last: number): Interval;
}

export class InfeasibleError extends Error {}

/**
 * The bounds implied by `constraints` on a chain of `months` non-negative monthly counts.
 * Throws InfeasibleError when the constraints contradict each other (the published
 * values cannot all be true under the stated rules).
 */
export function solveChain(months: number, constraints: readonly RangeConstraint[]): ChainBounds {
  const n = months + 1;
  // dist[u][v]: the largest P[v] - P[u] can be.
  const dist = Array.from({ length: n }, (_, u) => {
    const row = new Float64Array(n).fill(Infinity);
    row[u] = 0;
    return row;
  });
  const tighten = (u: number, v: number, w: number) => {
    if (w < dist[u]![v]!) dist[u]![v] = w;
  };
  for (let i = 0; i < months; i += 1) tighten(i + 1, i, 0);
  for (const { first, last, bounds } of constraints) {
    if (bounds.hi !== Infinity) tighten(first, last + 1, bounds.hi);
    tighten(last + 1, first, -bounds.lo);
  }
  for (let k = 0; k < n; k += 1) {
    const dk = dist[k]!;
    for (let u = 0; u < n; u += 1) {
      const du = dist[u]!;
      const uk = du[k]!;
      if (uk === Infinity) continue;
      for (let v = 0; v < n; v += 1) {
        const through = uk + dk[v]!;
        if (through < du[v]!) du[v] = through;
      }
    }
  }
  for (let u = 0; u < n; u += 1) if (dist[u]![u]! < 0) throw new InfeasibleError('the published bounds contradict');
  return {
    // `+ 0` turns -0 into 0.
    range: (first, last) => ({ lo: -dist[last + 1]![first]! + 0, hi: dist[first]![last + 1]! }),
  };
}
