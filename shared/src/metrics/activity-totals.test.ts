import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import { exampleGroupShares, exampleGroups, examplePrinciples, exampleSettings } from '../testing/worked-example.ts';
import { addActivityTotals, tallyActivities } from './activity-totals.ts';
import { addLoopTotals, tallyLoops } from './loop-totals.ts';
import { metricSet } from './metric-set.ts';

const context = {
  principles: examplePrinciples,
  groups: exampleGroups,
  settings: exampleSettings,
  baseline: {
    population: { children: 1000, 'young-people': 1000, 'parents-carers': 1000 },
    groupShares: exampleGroupShares,
  },
};

describe('totals of a period split in two', () => {
  it('merge to the totals of the whole period, and so to the same figures', () => {
    fc.assert(
      fc.property(
        fc.array(activityFactsArb, { maxLength: 25 }),
        fc.array(loopArb(['sig-a']), { maxLength: 25 }),
        fc.nat(),
        fc.nat(),
        (activities, loops, cutA, cutL) => {
          const a = cutA % (activities.length + 1);
          const l = cutL % (loops.length + 1);
          const activityTotals = addActivityTotals(
            tallyActivities(activities.slice(0, a)),
            tallyActivities(activities.slice(a)),
          );
          const loopTotals = addLoopTotals(tallyLoops(loops.slice(0, l)), tallyLoops(loops.slice(l)));
          expect(activityTotals).toEqual(tallyActivities(activities));
          expect(loopTotals).toEqual(tallyLoops(loops));
          const whole = metricSet(
            { activities: tallyActivities(activities), loops: tallyLoops(loops), overdueLoops: 0, scores: {} },
            context,
          );
          const merged = metricSet(
            { activities: activityTotals, loops: loopTotals, overdueLoops: 0, scores: {} },
            context,
          );
          expect(merged).toEqual(whole);
        },
      ),
    );
  });

  it('do not depend on the order of the records', () => {
    fc.assert(
      fc.property(fc.array(activityFactsArb, { maxLength: 20 }), (activities) => {
        expect(tallyActivities([...activities].reverse())).toEqual(tallyActivities(activities));
      }),
    );
  });
});
