/** The intruder's solvers on small systems whose answers are known by hand. */
import { describe, expect, it } from 'vitest';
import { InfeasibleError, solveChain } from './difference-bounds.ts';
import { leastSquares } from './least-squares.ts';
import { propagate } from './propagate.ts';
import { boundsOf } from './published-bounds.ts';

const rules = { threshold: 10, rounding: 5 };

describe('boundsOf', () => {
  it('reads rounded counts, small counts, zeros and complements as the values that could give them', () => {
    expect(boundsOf(15, rules)).toEqual({ lo: 13, hi: 17 });
    expect(boundsOf(10, rules)).toEqual({ lo: 10, hi: 12 });
    expect(boundsOf('<10', rules)).toEqual({ lo: 1, hi: 9 });
    expect(boundsOf(0, rules)).toEqual({ lo: 0, hi: 0 });
    expect(boundsOf('suppressed', rules)).toEqual({ lo: 0, hi: Infinity });
    expect(boundsOf(null, rules)).toBeUndefined();
    expect(boundsOf(20, { threshold: 10, rounding: 10 })).toEqual({ lo: 15, hi: 24 });
  });
});

describe('solveChain', () => {
  it('pins a month that two overlapping ranges differ by', () => {
    // months 0..1 sum to exactly 12, month 1 is exactly 9: month 0 is 3.
    const chain = solveChain(2, [
      { first: 0, last: 1, bounds: { lo: 12, hi: 12 } },
      { first: 1, last: 1, bounds: { lo: 9, hi: 9 } },
    ]);
    expect(chain.range(0, 0)).toEqual({ lo: 3, hi: 3 });
  });

  it('narrows a small month from rounded ranges as the differencing attack does', () => {
    // "<10" for month 0; months 0..1 published 20 (18..22); month 1 published 20 (18..22).
    const chain = solveChain(2, [
      { first: 0, last: 0, bounds: { lo: 1, hi: 9 } },
      { first: 0, last: 1, bounds: { lo: 18, hi: 22 } },
      { first: 1, last: 1, bounds: { lo: 18, hi: 22 } },
    ]);
    expect(chain.range(0, 0)).toEqual({ lo: 1, hi: 4 });
  });

  it('keeps months at or above zero and leaves unbounded what nothing bounds', () => {
    const chain = solveChain(3, [{ first: 0, last: 2, bounds: { lo: 5, hi: 7 } }]);
    expect(chain.range(1, 1)).toEqual({ lo: 0, hi: 7 });
    expect(solveChain(1, []).range(0, 0)).toEqual({ lo: 0, hi: Infinity });
  });

  it('refuses bounds that contradict each other', () => {
    expect(() =>
      solveChain(2, [
        { first: 0, last: 1, bounds: { lo: 0, hi: 3 } },
        { first: 0, last: 0, bounds: { lo: 5, hi: 5 } },
      ]),
    ).toThrow(InfeasibleError);
  });
});

describe('leastSquares', () => {
  it('solves a determined system and spreads an underdetermined sum evenly', () => {
    const exact = leastSquares(2, [
      { terms: [0, 1], value: 10 },
      { terms: [1], value: 4 },
    ]);
    expect(exact[0]).toBeCloseTo(6, 6);
    expect(exact[1]).toBeCloseTo(4, 6);
    const spread = leastSquares(3, [{ terms: [0, 1, 2], value: 12 }]);
    expect([...spread].map((v) => Math.round(v * 1000) / 1000)).toEqual([4, 4, 4]);
  });

  it('takes signed terms', () => {
    const x = leastSquares(2, [
      { terms: [0, 1], signs: [1, -1], value: 2 },
      { terms: [0, 1], value: 8 },
    ]);
    expect(x[0]).toBeCloseTo(5, 6);
    expect(x[1]).toBeCloseTo(3, 6);
  });
});

describe('propagate', () => {
  it('finds a small cell from a total and the other cells', () => {
    // total 40..44 = a + b, a is 38..42: b is 0..6, and "<10" makes it 1..6.
    const [, b] = propagate(
      [
        { lo: 38, hi: 42 },
        { lo: 1, hi: 9 },
      ],
      [{ terms: [0, 1], signs: [1, 1], bounds: { lo: 40, hi: 44 } }],
    );
    expect(b).toEqual({ lo: 1, hi: 6 });
  });

  it('follows an identity with a negative term and leaves unbounded cells alone', () => {
    // total - a - b = 0, total 20..22, a unbounded above: nothing narrows b below its own bounds.
    const out = propagate(
      [
        { lo: 20, hi: 22 },
        { lo: 0, hi: Infinity },
        { lo: 1, hi: 9 },
      ],
      [{ terms: [0, 1, 2], signs: [1, -1, -1], bounds: { lo: 0, hi: 0 } }],
    );
    expect(out[2]).toEqual({ lo: 1, hi: 9 });
    expect(out[1]).toEqual({ lo: 11, hi: 21 });
  });
});
