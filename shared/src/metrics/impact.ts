/**
 * Impact: whether what people said came back to them and changed something.
 *
 * - `loopsRaised` = loops with `raisedOn` in the period; `loopsClosed` = of those, loops with `communicatedOn` set
 * - `closureRate` = `loopsClosed` / `loopsRaised`
 * - `medianDaysToClose` = median of `communicatedOn - raisedOn` over the closed loops (mean of the middle two for an even count)
 * - `overdueLoops` = loops open at the period end (`asOf`) whose age is more than `loopDueDays`
 * - `changeRate` = closed loops with an outcome other than `none` / `loopsClosed`
 * - `influenceRate` = activities meeting Lundy's Influence / activities
 * - `coProductionShare` = activities at `co-designing` or `co-producing` / activities
 * - `feltListened`, `knowWhatHappensNext` = sum agreed / sum responses
 */
import { daysBetween } from '../time/days.ts';
import { isCoProduction, type ActivityTotals } from './activity-totals.ts';
import type { LoopFacts, LoopTotals } from './loop-totals.ts';
import { medianOfHistogram, ratio } from './ratio.ts';
import { levels } from '../records/vocabulary.ts';

/** Loop figures are null when the figures are filtered by audience or channel: loops carry neither. */
export interface Impact {
  loopsRaised: number | null;
  loopsClosed: number | null;
  closureRate: number | null;
  medianDaysToClose: number | null;
  overdueLoops: number | null;
  changeRate: number | null;
  influenceRate: number | null;
  coProductionShare: number | null;
  experienceResponses: number;
  feltListened: number | null;
  knowWhatHappensNext: number | null;
}

/** Whether a loop raised by `asOf` is still open on `asOf` and older than `loopDueDays`. */
export function isOverdue(loop: Pick<LoopFacts, 'raisedOn' | 'communicatedOn'>, asOf: string, loopDueDays: number) {
  if (loop.raisedOn > asOf) return false;
  const openOnDay = !loop.communicatedOn || loop.communicatedOn > asOf;
  return openOnDay && daysBetween(loop.raisedOn, asOf) > loopDueDays;
}

/** Loops open on `asOf` for more than `loopDueDays` days, counted from the loops themselves. */
export function overdueLoopsAt(
  loops: Iterable<Pick<LoopFacts, 'raisedOn' | 'communicatedOn'>>,
  asOf: string,
  loopDueDays: number,
): number {
  let count = 0;
  for (const loop of loops) if (isOverdue(loop, asOf, loopDueDays)) count += 1;
  return count;
}

export function impact(loops: LoopTotals | null, activities: ActivityTotals, overdueLoops: number | null): Impact {
  const coProduced = levels
    .filter(isCoProduction)
    .reduce((sum, level) => sum + (activities.byLevel[level]?.activities ?? 0), 0);
  return {
    loopsRaised: loops ? loops.raised : null,
    loopsClosed: loops ? loops.closed : null,
    closureRate: loops ? ratio(loops.closed, loops.raised) : null,
    medianDaysToClose: loops ? medianOfHistogram(loops.daysToClose) : null,
    overdueLoops: loops ? overdueLoops : null,
    changeRate: loops ? ratio(loops.changed, loops.closed) : null,
    influenceRate: ratio(activities.lundy.influence, activities.activities),
    coProductionShare: ratio(coProduced, activities.activities),
    experienceResponses: activities.experience.responses,
    feltListened: ratio(activities.experience.feltListened, activities.experience.responses),
    knowWhatHappensNext: ratio(activities.experience.knowWhatHappensNext, activities.experience.responses),
  };
}
