import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import { exampleActivities, exampleLoops } from '../testing/worked-example.ts';
import { canonicalJson } from './canonical-json.ts';
import { computeMonthRollup } from './month-rollup.ts';
import { decodeRollupBody, decodeSegments, encodeRollupBody, encodeSegments } from './rollup-codec.ts';

describe('the stored form of a rollup', () => {
  it('reads back exactly what was written, and writes it back the same', () => {
    fc.assert(
      fc.property(
        fc.array(activityFactsArb, { maxLength: 25 }),
        fc.array(loopArb(['sig-a']), { maxLength: 25 }),
        (activities, loops) => {
          const rollup = computeMonthRollup(activities, loops);
          const body = encodeRollupBody(rollup.activities, rollup.loops);
          const read = decodeRollupBody(body);
          expect(canonicalJson(read)).toBe(canonicalJson({ activities: rollup.activities, loops: rollup.loops }));
          expect(encodeRollupBody(read.activities, read.loops)).toBe(body);
          const segments = encodeSegments(rollup.segments);
          expect(canonicalJson(decodeSegments(segments))).toBe(canonicalJson(rollup.segments));
        },
      ),
    );
  });

  it('is compact', () => {
    const rollup = computeMonthRollup(exampleActivities, exampleLoops);
    const named = canonicalJson({ activities: rollup.activities, loops: rollup.loops });
    expect(encodeRollupBody(rollup.activities, rollup.loops).length).toBeLessThan(named.length / 2);
  });
});
