/**
 * A signatory's standing: the figures that depend on its whole history rather than
 * on one month, kept small enough to read for every signatory at once. Overdue loops
 * at a date depend on every loop raised before it, and the latest assessment scores
 * on every earlier quarter. A pure function of the signatory's loops and assessments,
 * the loop due days and the day it was computed (`asOf`).
 *
 * Overdue loops are kept as the count at the end of each month before `asOf` (for
 * periods that have ended), plus the open loops by the day they were raised (for
 * any day from `asOf` on, such as today) and the day the oldest of them was raised, so
 * the exceptions count each signatory's loops not communicated back, and the longest any
 * has waited, without listing the loops (docs/decisions/0115).
 */
import { overdueLoopsAt } from '../metrics/impact.ts';
import { isClosed, type LoopFacts } from '../metrics/loop-totals.ts';
import type { AssessmentFacts } from '../metrics/principles.ts';
import { addDays, firstDayOf, lastDayOf } from '../time/days.ts';
import { addMonths, monthOf, monthRange } from '../time/months.ts';

export interface Standing {
  /** The day it was computed. */
  asOf: string;
  loopDueDays: number;
  /** `YYYY-MM` -> loops overdue at the end of that month, for months before `asOf`'s; zeros left out. */
  overdueAtMonthEnd: Record<string, number>;
  /** Loops never closed are counted by raised day from `openFrom`, and in one number before it. */
  openFrom: string;
  openBefore: number;
  openByDay: Record<string, number>;
  /**
   * The day the oldest loop never closed was raised; null when every loop is closed. Absent
   * from standings computed before it was kept (decision 0115): those cannot answer
   * `notCommunicatedFromStanding` until they are recomputed (the reconcile job does).
   */
  oldestOpen?: string | null;
  /** Loops closed after `asOf`, as `[raisedOn, communicatedOn, count]`. */
  closingLater: [string, string, number][];
  /** The assessments, without narratives, for the latest scores as of any date. */
  assessments: AssessmentFacts[];
}

export interface StandingOptions {
  asOf: string;
  loopDueDays: number;
}

function compactAssessment(a: AssessmentFacts): AssessmentFacts {
  return {
    id: a.id,
    period: a.period,
    by: a.by,
    ...(a.updatedAt ? { updatedAt: a.updatedAt } : {}),
    scores: a.scores.map((s) => ({ principleId: s.principleId, score: s.score, narrative: '' })),
  };
}

export function computeStanding(
  loops: readonly LoopFacts[],
  assessments: readonly AssessmentFacts[],
  { asOf, loopDueDays }: StandingOptions,
): Standing {
  const openFrom = firstDayOf(monthOf(addDays(asOf, -loopDueDays - 1)));
  const overdueAtMonthEnd: Record<string, number> = {};
  const firstRaised = loops.reduce<string | undefined>(
    (min, l) => (!min || l.raisedOn < min ? l.raisedOn : min),
    undefined,
  );
  if (firstRaised) {
    for (const month of monthRange(monthOf(firstRaised), addMonths(monthOf(asOf), -1))) {
      const count = overdueLoopsAt(loops, lastDayOf(month), loopDueDays);
      if (count > 0) overdueAtMonthEnd[month] = count;
    }
  }
  let openBefore = 0;
  let oldestOpen: string | null = null;
  const openByDay: Record<string, number> = {};
  const closingLater = new Map<string, number>();
  for (const loop of loops) {
    if (!isClosed(loop)) {
      if (oldestOpen === null || loop.raisedOn < oldestOpen) oldestOpen = loop.raisedOn;
      if (loop.raisedOn < openFrom) openBefore += 1;
      else openByDay[loop.raisedOn] = (openByDay[loop.raisedOn] ?? 0) + 1;
    } else if (loop.communicatedOn! > asOf) {
      const key = `${loop.raisedOn}|${loop.communicatedOn}`;
      closingLater.set(key, (closingLater.get(key) ?? 0) + 1);
    }
  }
  return {
    asOf,
    loopDueDays,
    overdueAtMonthEnd,
    openFrom,
    openBefore,
    openByDay,
    oldestOpen,
    closingLater: [...closingLater]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => [...(key.split('|') as [string, string]), count]),
    assessments: [...assessments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(compactAssessment),
  };
}

export function emptyStanding(options: StandingOptions): Standing {
  return computeStanding([], [], options);
}

/**
 * Loops overdue on `day`, from the standing alone; undefined when the standing cannot
 * answer (it was kept for other loop due days, or `day` is before `asOf` and not a month end),
 * in which case the caller counts from the loops themselves.
 */
export function overdueFromStanding(standing: Standing, day: string, loopDueDays: number): number | undefined {
  if (loopDueDays !== standing.loopDueDays) return undefined;
  if (day >= standing.asOf) {
    const lastRaised = addDays(day, -loopDueDays - 1);
    let count = standing.openBefore;
    for (const [raisedOn, n] of Object.entries(standing.openByDay)) if (raisedOn <= lastRaised) count += n;
    for (const [raisedOn, communicatedOn, n] of standing.closingLater) {
      if (raisedOn <= lastRaised && communicatedOn > day) count += n;
    }
    return count;
  }
  if (day === lastDayOf(monthOf(day))) return standing.overdueAtMonthEnd[monthOf(day)] ?? 0;
  return undefined;
}

/** A signatory's loops not communicated back that were raised on or before a day, and the day the oldest was raised. */
export interface NotCommunicated {
  count: number;
  /** Null when `count` is 0. */
  oldestRaisedOn: string | null;
}

/**
 * The signatory's loops with no `communicatedOn` raised on or before `lastRaised`
 * (YYYY-MM-DD), from the standing alone: what listing its loops would find, since the
 * standing counts every loop not closed by the day it was raised (whatever day it was
 * computed on). Undefined when the standing cannot answer: it was computed before it kept
 * `oldestOpen`, or it counts some loops only as raised before `openFrom`, and `openFrom`
 * is after the day after `lastRaised` (some of those could be raised after it).
 */
export function notCommunicatedFromStanding(standing: Standing, lastRaised: string): NotCommunicated | undefined {
  if (standing.oldestOpen === undefined) return undefined;
  if (standing.openBefore > 0 && addDays(standing.openFrom, -1) > lastRaised) return undefined;
  let count = standing.openBefore;
  for (const [raisedOn, n] of Object.entries(standing.openByDay)) if (raisedOn <= lastRaised) count += n;
  return { count, oldestRaisedOn: count > 0 ? standing.oldestOpen : null };
}
