/**
 * The differencing attack on published figures: every public observation bounds a
 * sum of monthly counts (one organisation's, or several added up); the attack solves
 * those bounds per measure as a difference-constraint system, carries them across
 * organisations and breakdowns by interval propagation, fits least squares, and
 * compares what it learnt with the true monthly counts.
 */
import { channels, levels, monthRange, settings, stages } from '@equal-partners/shared';
import { solveChain, type ChainBounds, type RangeConstraint } from './difference-bounds.ts';
import { leastSquares, type SumEquation } from './least-squares.ts';
import type { Observation } from './observations.ts';
import { propagate, type SumConstraint } from './propagate.ts';
import { boundsOf, intersect, pointOf, widthOf, type Interval } from './published-bounds.ts';

/** The true count of a measure for one organisation in one month. */
export type Truth = (org: string, chain: string, month: string) => number;

export interface Target {
  org: string;
  chain: string;
  from: string;
  to: string;
  truth: number;
  bounds: Interval;
  estimate?: number;
}

export interface AttackReport {
  /** Small true counts (1..k-1) of single months the public figures bear on. */
  months: Target[];
  /** Small true counts of published single-organisation cells (a period of a measure). */
  cells: Target[];
  pinned: Target[];
  /** Targets whose bounds leave fewer than `minimumWidth` values. */
  narrowed: Target[];
  /** Month targets whose rounded least-squares estimate is the true count. */
  estimated: Target[];
}

/** Measures that add up to another, for every organisation and month: participations by channel, and so on. */
function partitionFamilies(chainsOfOrg: ReadonlySet<string>): { total: string; parts: string[] }[] {
  const families = [
    { total: 'participations', parts: channels.map((c) => `channel:${c}`) },
    { total: 'participations', parts: settings.map((s) => `setting:${s}`) },
    { total: 'participations', parts: stages.map((s) => `stage:${s}`) },
    { total: 'participations', parts: levels.map((l) => `level:${l}`) },
  ];
  // A measure filtered by each channel in turn adds up to the measure.
  const filtered = new Set([...chainsOfOrg].filter((c) => c.startsWith('channel=')).map((c) => c.split('|')[1]!));
  for (const measure of filtered) {
    families.push({ total: measure, parts: channels.map((c) => `channel=${c}|${measure}`) });
  }
  return families.filter((f) => [f.total, ...f.parts].some((c) => chainsOfOrg.has(c)));
}

interface Cell {
  orgs: string[];
  chain: string;
  from: string;
  to: string;
  bounds: Interval;
  points: number[];
}

export function attack(
  observations: readonly Observation[],
  truth: Truth,
  options: { threshold: number; minimumWidth?: number; rounds?: number },
): AttackReport {
  const minimumWidth = options.minimumWidth ?? 5;
  // 1. One cell per distinct sum, with every published value of it intersected.
  const cells = new Map<string, Cell>();
  for (const o of observations) {
    const bounds = boundsOf(o.value, o.rules);
    if (!bounds) continue;
    const orgs = [...o.orgs].sort();
    const key = `${orgs.join(',')}|${o.chain}|${o.from}|${o.to}`;
    const cell = cells.get(key) ?? { orgs, chain: o.chain, from: o.from, to: o.to, bounds, points: [] };
    cell.bounds = intersect(cell.bounds, bounds);
    if (cell.bounds.lo > cell.bounds.hi) throw new Error(`Published values of ${key} contradict each other`);
    const point = pointOf(o.value, o.rules);
    if (point !== undefined) cell.points.push(point);
    cells.set(key, cell);
  }
  const all = [...cells.values()];
  if (all.length === 0) return { months: [], cells: [], pinned: [], narrowed: [], estimated: [] };
  const first = all.map((c) => c.from).sort()[0]!;
  const last = all
    .map((c) => c.to)
    .sort()
    .at(-1)!;
  const months = monthRange(first, last);
  const index = new Map(months.map((m, i) => [m, i]));

  // 2. Per organisation and measure, the constraints on its own months.
  const chainKey = (org: string, chain: string) => `${org}\u0000${chain}`;
  const constraints = new Map<string, RangeConstraint[]>();
  const chainsOf = new Map<string, Set<string>>();
  const note = (org: string, chain: string) => {
    const set = chainsOf.get(org) ?? new Set<string>();
    set.add(chain);
    chainsOf.set(org, set);
    if (!constraints.has(chainKey(org, chain))) constraints.set(chainKey(org, chain), []);
  };
  for (const cell of all) {
    for (const org of cell.orgs) note(org, cell.chain);
    if (cell.orgs.length === 1) {
      constraints.get(chainKey(cell.orgs[0]!, cell.chain))!.push({
        first: index.get(cell.from)!,
        last: index.get(cell.to)!,
        bounds: cell.bounds,
      });
    }
  }
  for (const [org, chains] of chainsOf) {
    for (const family of partitionFamilies(chains)) for (const c of [family.total, ...family.parts]) note(org, c);
  }
  const solve = () => {
    const solved = new Map<string, ChainBounds>();
    for (const [key, list] of constraints) solved.set(key, solveChain(months.length, list));
    return solved;
  };
  let solved = solve();

  // 3. Across organisations and breakdowns: interval propagation over period cells, fed back into the chains.
  const ranges = new Map<string, { first: number; last: number }>();
  for (const cell of all)
    ranges.set(`${cell.from}..${cell.to}`, { first: index.get(cell.from)!, last: index.get(cell.to)! });
  for (let round = 0; round < (options.rounds ?? 2); round += 1) {
    const variables: { org: string; chain: string; first: number; last: number }[] = [];
    const variableIndex = new Map<string, number>();
    const variable = (org: string, chain: string, first: number, last: number) => {
      const key = `${chainKey(org, chain)}\u0000${first}\u0000${last}`;
      let i = variableIndex.get(key);
      if (i === undefined) {
        i = variables.length;
        variables.push({ org, chain, first, last });
        variableIndex.set(key, i);
      }
      return i;
    };
    const sums: SumConstraint[] = [];
    for (const cell of all) {
      if (cell.orgs.length < 2) continue;
      const first = index.get(cell.from)!;
      const lastIndex = index.get(cell.to)!;
      const terms = cell.orgs.map((org) => variable(org, cell.chain, first, lastIndex));
      sums.push({ terms, signs: terms.map(() => 1), bounds: cell.bounds });
    }
    for (const [org, chains] of chainsOf) {
      for (const family of partitionFamilies(chains)) {
        for (const { first: a, last: b } of ranges.values()) {
          const terms = [variable(org, family.total, a, b), ...family.parts.map((p) => variable(org, p, a, b))];
          sums.push({ terms, signs: terms.map((_, i) => (i === 0 ? 1 : -1)), bounds: { lo: 0, hi: 0 } });
        }
      }
    }
    const start = variables.map((v) => solved.get(chainKey(v.org, v.chain))!.range(v.first, v.last));
    const narrowed = propagate(start, sums);
    let changed = false;
    narrowed.forEach((bounds, i) => {
      if (bounds.lo > start[i]!.lo || bounds.hi < start[i]!.hi) {
        const v = variables[i]!;
        constraints.get(chainKey(v.org, v.chain))!.push({ first: v.first, last: v.last, bounds });
        changed = true;
      }
    });
    if (!changed) break;
    solved = solve();
  }

  // 4. Least squares over every month of every measure in play.
  const unknown = new Map<string, number>();
  let count = 0;
  for (const key of constraints.keys()) {
    for (let i = 0; i < months.length; i += 1) unknown.set(`${key}\u0000${i}`, count++);
  }
  const equations: SumEquation[] = [];
  for (const cell of all) {
    if (cell.points.length === 0) continue;
    const terms: number[] = [];
    for (const org of cell.orgs) {
      for (let i = index.get(cell.from)!; i <= index.get(cell.to)!; i += 1) {
        terms.push(unknown.get(`${chainKey(org, cell.chain)}\u0000${i}`)!);
      }
    }
    equations.push({ terms, value: cell.points.reduce((a, b) => a + b, 0) / cell.points.length });
  }
  for (const [org, chains] of chainsOf) {
    for (const family of partitionFamilies(chains)) {
      for (let i = 0; i < months.length; i += 1) {
        const terms = [family.total, ...family.parts].map((c) => unknown.get(`${chainKey(org, c)}\u0000${i}`)!);
        equations.push({ terms, signs: terms.map((_, n) => (n === 0 ? 1 : -1)), value: 0 });
      }
    }
  }
  const estimate = leastSquares(count, equations, 200);

  // 5. What was learnt about each small count.
  const small = (value: number) => value >= 1 && value < options.threshold;
  const monthTargets: Target[] = [];
  for (const [key, chain] of solved) {
    const [org, name] = key.split('\u0000') as [string, string];
    months.forEach((month, i) => {
      const value = truth(org, name, month);
      if (!small(value)) return;
      monthTargets.push({
        org,
        chain: name,
        from: month,
        to: month,
        truth: value,
        bounds: chain.range(i, i),
        estimate: estimate[unknown.get(`${key}\u0000${i}`)!]!,
      });
    });
  }
  const cellTargets: Target[] = [];
  for (const cell of all) {
    if (cell.orgs.length !== 1) continue;
    const org = cell.orgs[0]!;
    const span = monthRange(cell.from, cell.to);
    const value = span.reduce((sum, m) => sum + truth(org, cell.chain, m), 0);
    if (!small(value)) continue;
    const bounds = solved.get(chainKey(org, cell.chain))!.range(index.get(cell.from)!, index.get(cell.to)!);
    cellTargets.push({ org, chain: cell.chain, from: cell.from, to: cell.to, truth: value, bounds });
  }
  const targets = [...monthTargets, ...cellTargets];
  for (const t of targets) {
    if (t.truth < t.bounds.lo || t.truth > t.bounds.hi) {
      throw new Error(`The attack's bounds exclude the truth for ${t.org} ${t.chain} ${t.from}..${t.to}`);
    }
  }
  return {
    months: monthTargets,
    cells: cellTargets,
    pinned: targets.filter((t) => t.bounds.lo === t.bounds.hi),
    narrowed: targets.filter((t) => widthOf(t.bounds) < minimumWidth),
    estimated: monthTargets.filter((t) => Math.round(t.estimate!) === t.truth),
  };
}
