/**
 * The additive summary of a set of feedback loops, all raised in the same period:
 * how many were raised, closed (answer communicated back) and led to a change, and
 * how long closing took. Loops are counted in the period they were raised in.
 */
import type { FeedbackLoop } from '../records/feedback-loop.ts';
import { daysBetween } from '../time/days.ts';
import { addCountsInto } from './ratio.ts';

export interface LoopTotals {
  raised: number;
  /** Loops with `communicatedOn` set. */
  closed: number;
  /** Closed loops whose recorded outcome is a change (any outcome but `none`). */
  changed: number;
  /** Days from `raisedOn` to `communicatedOn` -> closed loops taking that long. */
  daysToClose: Record<string, number>;
  /** Principle id -> closed loops tagged with it. */
  principles: Record<string, number>;
}

/** The fields of a loop the totals read. */
export type LoopFacts = Pick<FeedbackLoop, 'raisedOn' | 'communicatedOn' | 'outcome' | 'principles'>;

export function emptyLoopTotals(): LoopTotals {
  return { raised: 0, closed: 0, changed: 0, daysToClose: {}, principles: {} };
}

/** Whether the answer went back to the people who raised the point: this, and only this, closes a loop. */
export function isClosed(loop: Pick<FeedbackLoop, 'communicatedOn'>): boolean {
  return loop.communicatedOn !== undefined && loop.communicatedOn !== null && loop.communicatedOn !== '';
}

export function loopTotalsOf(loop: LoopFacts): LoopTotals {
  if (!isClosed(loop)) return { ...emptyLoopTotals(), raised: 1 };
  const principles: Record<string, number> = {};
  for (const id of new Set(loop.principles ?? [])) principles[id] = 1;
  return {
    raised: 1,
    closed: 1,
    changed: loop.outcome !== undefined && loop.outcome !== 'none' ? 1 : 0,
    daysToClose: { [String(daysBetween(loop.raisedOn, loop.communicatedOn!))]: 1 },
    principles,
  };
}

/** Adds `b` into `into` itself; `into` must be the caller's own (from `emptyLoopTotals()`). */
export function addLoopTotalsInto(into: LoopTotals, b: LoopTotals): void {
  into.raised += b.raised;
  into.closed += b.closed;
  into.changed += b.changed;
  addCountsInto(into.daysToClose, b.daysToClose);
  addCountsInto(into.principles, b.principles);
}

export function addLoopTotals(a: LoopTotals, b: LoopTotals): LoopTotals {
  const out = emptyLoopTotals();
  addLoopTotalsInto(out, a);
  addLoopTotalsInto(out, b);
  return out;
}

export function tallyLoops(loops: Iterable<LoopFacts>): LoopTotals {
  const totals = emptyLoopTotals();
  for (const loop of loops) addLoopTotalsInto(totals, loopTotalsOf(loop));
  return totals;
}

export function sumLoopTotals(parts: Iterable<LoopTotals>): LoopTotals {
  const totals = emptyLoopTotals();
  for (const part of parts) addLoopTotalsInto(totals, part);
  return totals;
}

/** The totals of the loops raised from `start` to `end` (dates, both included); when they closed does not matter. */
export function tallyLoopsRaisedIn(loops: Iterable<LoopFacts>, start: string, end: string): LoopTotals {
  const totals = emptyLoopTotals();
  for (const loop of loops) {
    if (loop.raisedOn >= start && loop.raisedOn <= end) addLoopTotalsInto(totals, loopTotalsOf(loop));
  }
  return totals;
}
