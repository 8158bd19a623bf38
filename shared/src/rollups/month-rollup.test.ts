import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import { exampleActivities, exampleLoops } from '../testing/worked-example.ts';
import { tallyActivities } from '../metrics/activity-totals.ts';
import { tallyLoops } from '../metrics/loop-totals.ts';
import { audiences, channels } from '../records/vocabulary.ts';
import { canonicalJson } from './canonical-json.ts';
import { computeMonthRollup, filteredActivityTotals, mergeMonthRollups, segmentKeys } from './month-rollup.ts';

describe('monthly rollup', () => {
  it('holds the totals of its activities and loops, and of each channel and audience', () => {
    const rollup = computeMonthRollup(exampleActivities, exampleLoops);
    expect(rollup.activities).toEqual(tallyActivities(exampleActivities));
    expect(rollup.loops).toEqual(tallyLoops(exampleLoops));
    expect(Object.keys(rollup.segments).sort()).toEqual([
      'audience:children',
      'audience:parents-carers',
      'audience:young-people',
      'channel:face-to-face-meeting',
      'channel:online-survey',
    ]);
  });

  it('gives the figures for one channel or one audience, but not both at once', () => {
    const rollup = computeMonthRollup(exampleActivities, []);
    expect(filteredActivityTotals(rollup, { channel: 'face-to-face-meeting' }).participations).toBe(50);
    expect(filteredActivityTotals(rollup, { audience: 'parents-carers' }).participations).toBe(50);
    expect(filteredActivityTotals(rollup, { channel: 'workshop' }).activities).toBe(0);
    expect(() => filteredActivityTotals(rollup, { audience: 'children', channel: 'online-survey' })).toThrow();
  });

  it('counts an activity once in each of its distinct audiences', () => {
    expect(segmentKeys({ channel: 'workshop', audience: ['families', 'children', 'families'] })).toEqual([
      'channel:workshop',
      'audience:families',
      'audience:children',
    ]);
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
    const filterArb = fc.oneof(
      fc.constantFrom(...channels).map((channel) => ({ channel, audience: undefined })),
      fc.constantFrom(...audiences).map((audience) => ({ channel: undefined, audience })),
    );
    fc.assert(
      fc.property(fc.array(activityFactsArb, { maxLength: 20 }), filterArb, (activities, { channel, audience }) => {
        const expected = tallyActivities(
          activities.filter((a) => (!channel || a.channel === channel) && (!audience || a.audience.includes(audience))),
        );
        const actual = filteredActivityTotals(computeMonthRollup(activities, []), { channel, audience });
        expect(canonicalJson(actual)).toBe(canonicalJson(expected));
      }),
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
