import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import { exampleActivities, exampleLoops } from '../testing/worked-example.ts';
import { tallyActivities } from '../metrics/activity-totals.ts';
import { tallyLoops } from '../metrics/loop-totals.ts';
import { audiences, channels } from '../records/vocabulary.ts';
import { canonicalJson } from './canonical-json.ts';
import { computeMonthRollup, filteredActivityTotals, mergeMonthRollups, segmentKey } from './month-rollup.ts';

describe('monthly rollup', () => {
  it('holds the totals of its activities and loops, split by channel and audience', () => {
    const rollup = computeMonthRollup(exampleActivities, exampleLoops);
    expect(rollup.activities).toEqual(tallyActivities(exampleActivities));
    expect(rollup.loops).toEqual(tallyLoops(exampleLoops));
    expect(Object.keys(rollup.segments).sort()).toEqual([
      'face-to-face-meeting|children+parents-carers',
      'face-to-face-meeting|parents-carers',
      'online-survey|young-people',
    ]);
  });

  it('gives the figures for one channel or one audience', () => {
    const rollup = computeMonthRollup(exampleActivities, []);
    expect(filteredActivityTotals(rollup, { channel: 'face-to-face-meeting' }).participations).toBe(50);
    expect(filteredActivityTotals(rollup, { audience: 'parents-carers' }).participations).toBe(50);
    expect(filteredActivityTotals(rollup, { audience: 'children', channel: 'online-survey' }).activities).toBe(0);
  });

  it('names a segment the same whatever the order or repetition of audiences', () => {
    expect(segmentKey({ channel: 'workshop', audience: ['families', 'children', 'families'] })).toBe(
      'workshop|children+families',
    );
  });

  it('merges to the rollup of all the records together, so buckets add up to periods and to the partnership', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(activityFactsArb, { maxLength: 6 }), fc.array(loopArb(['sig-a']), { maxLength: 6 })),
          {
            maxLength: 5,
          },
        ),
        (buckets) => {
          const merged = mergeMonthRollups(buckets.map(([a, l]) => computeMonthRollup(a, l)));
          const whole = computeMonthRollup(
            buckets.flatMap(([a]) => a),
            buckets.flatMap(([, l]) => l),
          );
          expect(canonicalJson(merged)).toBe(canonicalJson(whole));
        },
      ),
    );
  });

  it('filters to the same totals as tallying only the matching activities', () => {
    fc.assert(
      fc.property(
        fc.array(activityFactsArb, { maxLength: 20 }),
        fc.option(fc.constantFrom(...channels), { nil: undefined }),
        fc.option(fc.constantFrom(...audiences), { nil: undefined }),
        (activities, channel, audience) => {
          const expected = tallyActivities(
            activities.filter(
              (a) => (!channel || a.channel === channel) && (!audience || a.audience.includes(audience)),
            ),
          );
          const actual = filteredActivityTotals(computeMonthRollup(activities, []), { channel, audience });
          expect(canonicalJson(actual)).toBe(canonicalJson(expected));
        },
      ),
    );
  });
});

describe('canonical JSON', () => {
  it('writes equal values the same way whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
