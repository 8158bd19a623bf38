import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectShare } from '../testing/assertions.ts';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import { exampleActivities, exampleLoops } from '../testing/worked-example.ts';
import { tallyActivities } from './activity-totals.ts';
import { impact, isOverdue, overdueLoopsAt } from './impact.ts';
import { tallyLoops, tallyLoopsRaisedIn } from './loop-totals.ts';
import { medianOfHistogram } from './ratio.ts';

describe('impact (worked example: five loops raised in Q1 2026)', () => {
  const figures = impact(tallyLoops(exampleLoops), tallyActivities(exampleActivities), 1);

  it('closes a loop only when communicatedOn is set', () => {
    expect(figures.loopsRaised).toBe(5);
    expect(figures.loopsClosed).toBe(4);
    expect(figures.closureRate).toBe(0.8);
  });

  it('takes the median of the days to close (10, 20, 30, 40 -> 25)', () => {
    expect(figures.medianDaysToClose).toBe(25);
  });

  it('counts as change only closed loops with an outcome other than none', () => {
    // service-change and policy-change of four closed loops; one "none", one without an outcome
    expect(figures.changeRate).toBe(0.5);
  });

  it('measures influence, co-production and the exit survey over the activities', () => {
    expect(figures.influenceRate).toBeCloseTo(2 / 3, 10);
    expect(figures.coProductionShare).toBeCloseTo(2 / 3, 10);
    expect(figures.experienceResponses).toBe(20);
    expect(figures.feltListened).toBe(0.5);
    expect(figures.knowWhatHappensNext).toBe(0.5);
  });

  it('reports no loop figures when loops cannot be filtered the same way', () => {
    const filtered = impact(null, tallyActivities(exampleActivities), 3);
    expect(filtered.loopsRaised).toBeNull();
    expect(filtered.overdueLoops).toBeNull();
    expect(filtered.influenceRate).toBeCloseTo(2 / 3, 10);
  });
});

describe('overdue loops', () => {
  it('counts a loop open for more than loopDueDays at the date asked about', () => {
    // the loop raised on 1 Feb is 88 days old on 30 Apr, 90 on 2 May and 91 on 3 May
    expect(overdueLoopsAt(exampleLoops, '2026-04-30', 90)).toBe(0);
    expect(overdueLoopsAt(exampleLoops, '2026-05-02', 90)).toBe(0);
    expect(overdueLoopsAt(exampleLoops, '2026-05-03', 90)).toBe(1);
  });

  it('treats a loop as open until the day its answer was communicated', () => {
    const loop = { raisedOn: '2026-01-01', communicatedOn: '2026-06-01' };
    expect(isOverdue(loop, '2026-05-31', 90)).toBe(true);
    expect(isOverdue(loop, '2026-06-01', 90)).toBe(false);
    expect(isOverdue({ raisedOn: '2026-07-01' }, '2026-06-30', 0)).toBe(false);
  });
});

describe('impact properties', () => {
  it('keeps every rate within 0..1', () => {
    fc.assert(
      fc.property(
        fc.array(loopArb(['sig-a']), { maxLength: 30 }),
        fc.array(activityFactsArb, { maxLength: 20 }),
        (loops, activities) => {
          const f = impact(tallyLoops(loops), tallyActivities(activities), 0);
          for (const share of [
            f.closureRate,
            f.changeRate,
            f.influenceRate,
            f.coProductionShare,
            f.feltListened,
            f.knowWhatHappensNext,
          ]) {
            expectShare(share);
          }
        },
      ),
    );
  });

  it('gives a closure rate that loops raised outside the period do not change', () => {
    const inside = loopArb(['sig-a'], '2026-01-01', 89);
    const outside = fc.oneof(loopArb(['sig-a'], '2024-01-01', 700), loopArb(['sig-a'], '2026-04-01', 300));
    fc.assert(
      fc.property(fc.array(inside, { maxLength: 20 }), fc.array(outside, { maxLength: 20 }), (mine, others) => {
        const alone = tallyLoopsRaisedIn(mine, '2026-01-01', '2026-03-31');
        const mixed = tallyLoopsRaisedIn([...others, ...mine, ...others], '2026-01-01', '2026-03-31');
        const rate = (t: typeof alone) => impact(t, tallyActivities([]), 0).closureRate;
        expect(rate(mixed)).toBe(rate(alone));
        expect(mixed.raised).toBe(mine.length);
      }),
    );
  });

  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), (days) => {
        const histogram: Record<string, number> = {};
        for (const d of days) histogram[d] = (histogram[d] ?? 0) + 1;
        const sorted = [...days].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        const expected = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(medianOfHistogram(histogram)).toBe(expected);
      }),
    );
    expect(medianOfHistogram({ 7: 1, 3: 1, 5: 1 })).toBe(5);
    expect(medianOfHistogram({ 3: 1, 4: 1 })).toBe(3.5);
    // Keys that are not whole numbers of days are listed in the order they were added, and still sorted.
    expect(medianOfHistogram({ '-2': 1, 5: 1, '-7': 1 })).toBe(-2);
    expect(medianOfHistogram({ 9: 1, '2.5': 2, '-1': 1, 0: 0 })).toBe(2.5);
    expect(medianOfHistogram({})).toBeNull();
  });
});
