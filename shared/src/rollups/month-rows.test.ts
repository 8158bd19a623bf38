import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactValues } from '../disclosure/disclose.ts';
import { metricFigures } from '../disclosure/metric-figures.ts';
import { metricSet } from '../metrics/metric-set.ts';
import { signatoryRowFigures } from '../metrics/overview-rows.ts';
import { activityFactsArb, loopArb } from '../testing/arbitraries.ts';
import {
  exampleGroupShares,
  exampleGroups,
  examplePopulation,
  examplePrinciples,
  exampleSettings,
} from '../testing/worked-example.ts';
import { canonicalJson } from './canonical-json.ts';
import { computeMonthRollup, mergeMonthRollups, type MonthRollup } from './month-rollup.ts';
import { decodeMonthRows, emptyMonthRowsText, encodeMonthRows, rowRollup } from './month-rows.ts';

const context = {
  principles: examplePrinciples,
  groups: exampleGroups,
  settings: exampleSettings,
  baseline: { population: examplePopulation, groupShares: exampleGroupShares },
};

/** A signatory's overview row computed from a rollup, as the partnership report does. */
function rowFrom(rollup: MonthRollup, overdueLoops: number) {
  const set = metricSet({ activities: rollup.activities, loops: rollup.loops, overdueLoops, scores: {} }, context);
  const row = signatoryRowFigures(
    { id: 'oakfield', name: 'Oakfield', sector: 'education' },
    { status: 'signed' },
    metricFigures(set, rollup.activities, context, []),
  );
  return exactValues({ figures: row, breakdowns: [] });
}

const monthArb = fc.record({
  activities: fc.array(activityFactsArb, { maxLength: 12 }),
  loops: fc.array(loopArb(['sig-a']), { maxLength: 12 }),
});

describe("a month's overview rows", () => {
  it('give every row figure exactly as the full rollups do, for any run of months', () => {
    fc.assert(
      fc.property(fc.array(monthArb, { minLength: 1, maxLength: 4 }), fc.nat({ max: 9 }), (months, overdue) => {
        const full = months.map((m) => computeMonthRollup(m.activities, m.loops));
        const fromRows = full.map((rollup) => decodeMonthRows(encodeMonthRows(new Map([['sig-a', rollup]]))));
        const period = mergeMonthRollups(fromRows.map((rows) => rows.get('sig-a') ?? mergeMonthRollups([])));
        expect(rowFrom(period, overdue)).toEqual(rowFrom(mergeMonthRollups(full), overdue));
      }),
    );
  });

  it('read back as the row rollups written, and write back the same', () => {
    fc.assert(
      fc.property(fc.array(monthArb, { maxLength: 5 }), (signatories) => {
        const rollups = new Map(signatories.map((m, i) => [`sig-${i}`, computeMonthRollup(m.activities, m.loops)]));
        const text = encodeMonthRows(rollups);
        const read = decodeMonthRows(text);
        for (const [id, rollup] of rollups) {
          const empty = rollup.activities.activities === 0 && rollup.loops.raised === 0;
          expect(read.has(id), id).toBe(!empty);
          if (!empty) expect(canonicalJson(read.get(id))).toBe(canonicalJson(rowRollup(rollup)));
        }
        expect(encodeMonthRows(read)).toBe(text);
      }),
    );
  });

  it('leave out signatories with nothing in the month', () => {
    expect(encodeMonthRows(new Map([['sig-a', computeMonthRollup([], [])]]))).toBe(emptyMonthRowsText);
    expect(decodeMonthRows(emptyMonthRowsText).size).toBe(0);
  });
});
