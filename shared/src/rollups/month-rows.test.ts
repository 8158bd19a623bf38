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
import { monthRange } from '../time/months.ts';
import { computeMonthRollup, mergeMonthRollups, type MonthRollup } from './month-rollup.ts';
import {
  addRowVectorInto,
  decodeRows,
  emptyRowsText,
  encodeRows,
  monthsOfQuarterSpan,
  rowRollup,
  rowVector,
  spansOfMonths,
  type RowVector,
} from './month-rows.ts';
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

/** The months a span covers. */
function monthsOf(span: string): string[] {
  return /^\d{4}-\d{2}$/.test(span) ? [span] : monthsOfQuarterSpan(span);
}

describe("the overview's rows", () => {
  it('give every row figure exactly as the full rollups do, for any run of months', () => {
    fc.assert(
      fc.property(fc.array(monthArb, { minLength: 1, maxLength: 4 }), fc.nat({ max: 9 }), (months, overdue) => {
        const full = months.map((m) => computeMonthRollup(m.activities, m.loops));
        const period: RowVector = [];
        for (const rollup of full) {
          const stored = decodeRows(encodeRows(new Map([['sig-a', rowVector(rollup)]])));
          addRowVectorInto(period, stored.get('sig-a') ?? []);
        }
        expect(rowFrom(rowRollup(period), overdue)).toEqual(rowFrom(mergeMonthRollups(full), overdue));
      }),
    );
  });

  it('read back as written, and write back the same', () => {
    fc.assert(
      fc.property(fc.array(monthArb, { maxLength: 5 }), (signatories) => {
        const rows = new Map(
          signatories.map((m, i) => [`sig-${i}`, rowVector(computeMonthRollup(m.activities, m.loops))]),
        );
        const text = encodeRows(rows);
        const read = decodeRows(text);
        const one = (vector: RowVector) => encodeRows(new Map([['one', vector]]));
        for (const [id, vector] of rows) expect(one(read.get(id) ?? []), id).toBe(one(vector));
        expect(encodeRows(read)).toBe(text);
      }),
    );
  });

  it('leave out signatories with nothing in the span', () => {
    expect(encodeRows(new Map([['sig-a', rowVector(computeMonthRollup([], []))]]))).toBe(emptyRowsText);
    expect(decodeRows(emptyRowsText).size).toBe(0);
  });
});

describe('the spans a run of months is read from', () => {
  it('are whole quarters, else months, covering each month once and in order', () => {
    const month = fc.integer({ min: 0, max: 60 }).map((n) => monthRange('2024-01', '2029-12')[n]!);
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 40 }), (from, length) => {
        const to = monthRange(from, '2034-12')[length]!;
        const spans = spansOfMonths(from, to);
        expect(spans.flatMap(monthsOf)).toEqual(monthRange(from, to));
      }),
    );
    expect(spansOfMonths('2025-11', '2026-10')).toEqual([
      '2025-11',
      '2025-12',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-10',
    ]);
    expect(spansOfMonths('2026-04', '2027-03')).toEqual(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
    expect(spansOfMonths('2026-02', '2026-12')).toEqual(['2026-02', '2026-03', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('make up a quarter from its months', () => {
    expect(monthsOfQuarterSpan('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09']);
  });
});
