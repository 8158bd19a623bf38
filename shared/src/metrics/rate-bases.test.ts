import { describe, expect, it } from 'vitest';
import { emptyActivityTotals } from './activity-totals.ts';
import { impact } from './impact.ts';
import { reach } from './reach.ts';
import { isFewCases, rateBase, rateBaseCounts, rateBases, rateStanding, type RateBaseFigures } from './rate-bases.ts';

/** A report's figures with the given bases (the rest as a report would carry them). */
function figures(counts: {
  activities?: number | string;
  community?: number;
  organisation?: number;
  loopsRaised?: number | null;
  loopsClosed?: number | null;
  experienceResponses?: number | string;
}): RateBaseFigures {
  return {
    reach: {
      activities: counts.activities ?? 0,
      bySetting: {
        community: { activities: counts.community ?? 0 },
        organisation: { activities: counts.organisation ?? 0 },
      },
    },
    impact: {
      loopsRaised: counts.loopsRaised === undefined ? 0 : counts.loopsRaised,
      loopsClosed: counts.loopsClosed === undefined ? 0 : counts.loopsClosed,
      experienceResponses: counts.experienceResponses ?? 0,
    },
  };
}

describe('the base of each rate', () => {
  it('divides closure by loops raised, change by loops closed, and answers by the people who answered', () => {
    const counts = rateBaseCounts(figures({ loopsRaised: 6, loopsClosed: 2, experienceResponses: 40 }));
    expect(rateBase('closureRate', counts)).toBe(6);
    expect(rateBase('changeRate', counts)).toBe(2);
    expect(rateBase('feltListened', counts)).toBe(40);
    expect(rateBase('knowWhatHappensNext', counts)).toBe(40);
  });

  it('divides influence, co-production and adjustments by activities, and outreach by in-person activities only', () => {
    const counts = rateBaseCounts(figures({ activities: 9, community: 1, organisation: 2 }));
    expect(rateBase('influenceRate', counts)).toBe(9);
    expect(rateBase('coProductionShare', counts)).toBe(9);
    expect(rateBase('adjustmentRate', counts)).toBe(9);
    expect(rateBase('outreachShare', counts)).toBe(3);
  });

  it('reads the bases of a real report, so each base is the denominator its rate was computed with', () => {
    const totals = emptyActivityTotals();
    totals.activities = 3;
    totals.bySetting = {
      community: { activities: 1, participations: 5 },
      online: { activities: 2, participations: 9 },
    };
    totals.lundy.influence = 2;
    const set = {
      reach: reach(totals),
      impact: impact({ raised: 2, closed: 1, changed: 1, daysToClose: { 30: 1 }, principles: {} }, totals, 0),
    };
    const counts = rateBaseCounts(set);
    expect(set.impact.closureRate! * rateBase('closureRate', counts)!).toBe(1);
    expect(set.impact.changeRate! * rateBase('changeRate', counts)!).toBe(1);
    expect(set.impact.influenceRate! * rateBase('influenceRate', counts)!).toBeCloseTo(2);
    expect(set.reach.outreachShare! * rateBase('outreachShare', counts)!).toBe(1);
  });

  it('does not know a base that is not published, or that a row or a series point does not carry', () => {
    const counts = rateBaseCounts(figures({ experienceResponses: '<10', loopsRaised: null }));
    expect(rateBase('feltListened', counts)).toBeNull();
    expect(rateBase('closureRate', counts)).toBeNull();
    expect(rateBase('outreachShare', { activities: 4, loopsRaised: 3 })).toBeNull();
  });

  it('names a base for every rate of activities, loops and answers', () => {
    expect(Object.keys(rateBases).sort()).toEqual(
      [
        'adjustmentRate',
        'changeRate',
        'closureRate',
        'coProductionShare',
        'feltListened',
        'influenceRate',
        'knowWhatHappensNext',
        'outreachShare',
      ].sort(),
    );
  });
});

describe('few cases', () => {
  it('are from 1 to one below the partnership’s minRateBase', () => {
    expect(isFewCases(1, 5)).toBe(true);
    expect(isFewCases(4, 5)).toBe(true);
    expect(isFewCases(5, 5)).toBe(false);
    expect(isFewCases(9, 10)).toBe(true);
    expect(isFewCases(2, 1)).toBe(false);
  });

  it('are not none (the rate is then not defined) nor a base that is not known', () => {
    expect(isFewCases(0, 5)).toBe(false);
    expect(isFewCases(null, 5)).toBe(false);
  });

  it('use the default of 5 for a partnership stored before the setting', () => {
    expect(isFewCases(4, undefined)).toBe(true);
    expect(isFewCases(5, undefined)).toBe(false);
  });

  it('give a rate’s standing: what it rests on and whether that is too few', () => {
    expect(rateStanding('changeRate', { loopsClosed: 2 }, 5)).toEqual({ kind: 'loopsClosed', base: 2, few: true });
    expect(rateStanding('closureRate', { loopsRaised: 12 }, 5)).toEqual({ kind: 'loopsRaised', base: 12, few: false });
  });
});
