/**
 * The minimum-norm least-squares fit of sums of unknowns to published values (CGLS
 * from zero, which converges to the minimum-norm solution): what an intruder gets
 * by treating each published value as the sum it stands for.
 */

export interface SumEquation {
  /** Indices of the unknowns added up, each with coefficient `signs[i]` (default +1). */
  terms: readonly number[];
  signs?: readonly number[];
  value: number;
}

export function leastSquares(unknowns: number, equations: readonly SumEquation[], iterations = 400): Float64Array {
  const x = new Float64Array(unknowns);
  const m = equations.length;
  const multiply = (v: Float64Array) => {
    const out = new Float64Array(m);
    equations.forEach((eq, row) => {
      let sum = 0;
      eq.terms.forEach((j, i) => (sum += (eq.signs?.[i] ?? 1) * v[j]!));
      out[row] = sum;
    });
    return out;
  };
  const multiplyTransposed = (v: Float64Array) => {
    const out = new Float64Array(unknowns);
    equations.forEach((eq, row) => eq.terms.forEach((j, i) => (out[j]! += (eq.signs?.[i] ?? 1) * v[row]!)));
    return out;
  };
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
  const r = Float64Array.from(equations, (eq) => eq.value);
  let s = multiplyTransposed(r);
  const p = Float64Array.from(s);
  let gamma = dot(s, s);
  for (let k = 0; k < iterations && gamma > 1e-12; k += 1) {
    const q = multiply(p);
    const alpha = gamma / dot(q, q);
    for (let j = 0; j < unknowns; j += 1) x[j]! += alpha * p[j]!;
    for (let i = 0; i < m; i += 1) r[i]! -= alpha * q[i]!;
    s = multiplyTransposed(r);
    const next = dot(s, s);
    const beta = next / gamma;
    gamma = next;
    for (let j = 0; j < unknowns; j += 1) p[j] = s[j]! + beta * p[j]!;
  }
  return x;
}
