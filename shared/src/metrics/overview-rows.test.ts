import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclose, exactValues } from '../disclosure/disclose.ts';
import { breakdown, people, type PeopleCount } from '../disclosure/figures.ts';
import { metricFigures } from '../disclosure/metric-figures.ts';
import type { PopulationGroup, Principle } from '../records/charter.ts';
import { audiences, channels } from '../records/vocabulary.ts';
import { computeMonthRollup, filteredActivityTotals, type ActivityFilter } from '../rollups/month-rollup.ts';
import { activityFactsArb, loopArb, testGroupIds, testPrincipleIds } from '../testing/arbitraries.ts';
import { exampleSettings } from '../testing/worked-example.ts';
import { metricCatalogue } from './metric-catalogue.ts';
import { metricSet, type MetricContext, type MetricInput } from './metric-set.ts';
import { rowFiguresOf, rowMetricFigures, type RowMetricFigures } from './overview-rows.ts';
import type { PrincipleScores } from './principles.ts';

const principles: Principle[] = testPrincipleIds.map((id) => ({ id, title: id, summary: '' }));

/** A partnership's groups (some marginalised), with baseline shares that may be missing or zero. */
const contextArb: fc.Arbitrary<MetricContext> = fc
  .record({
    marginalised: fc.array(fc.boolean(), { minLength: testGroupIds.length, maxLength: testGroupIds.length }),
    shares: fc.dictionary(
      fc.constantFrom(...testGroupIds),
      fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })),
    ),
    withBaseline: fc.boolean(),
  })
  .map(({ marginalised, shares, withBaseline }) => ({
    principles,
    groups: testGroupIds.map((id, i): PopulationGroup => ({ id, label: id, marginalised: marginalised[i]! })),
    settings: exampleSettings,
    ...(withBaseline
      ? {
          baseline: {
            population: { children: 5000, 'young-people': 3000, 'parents-carers': 8000 },
            groupShares: shares,
          },
        }
      : {}),
  }));

const scoreArb = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null });
const scoresArb: fc.Arbitrary<Record<string, PrincipleScores>> = fc.dictionary(
  fc.constantFrom(...testPrincipleIds),
  fc.record({ self: scoreArb, reviewer: scoreArb }),
);

const filterArb: fc.Arbitrary<ActivityFilter> = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...channels).map((channel) => ({ channel })),
  fc.constantFrom(...audiences).map((audience) => ({ audience })),
);

/** What a report computes a period's figures from, filtered as asked (loops are left out under a filter). */
const inputArb: fc.Arbitrary<MetricInput> = fc
  .record({
    activities: fc.array(activityFactsArb, { maxLength: 15 }),
    loops: fc.array(loopArb(['sig-a']), { maxLength: 15 }),
    filter: filterArb,
    overdue: fc.nat({ max: 9 }),
    scores: scoresArb,
  })
  .map(({ activities, loops, filter, overdue, scores }) => {
    const rollup = computeMonthRollup(activities, loops);
    const filtered = filter.channel !== undefined || filter.audience !== undefined;
    return {
      activities: filteredActivityTotals(rollup, filter),
      loops: filtered ? null : rollup.loops,
      overdueLoops: filtered ? null : overdue,
      scores,
    };
  });

/** A row's figures picked from the whole figure tree, as the overview took them before. */
function fromTree(input: MetricInput, context: MetricContext) {
  return rowFiguresOf(metricFigures(metricSet(input, context), input.activities, context, []));
}

const peopleMetrics = metricCatalogue.filter((metric) => metric.unit === 'people').map((metric) => metric.id);

/** The row's figures, some of its counts of people declared in a breakdown beside a small cell. */
function withSmallCells(row: RowMetricFigures, beside: readonly (typeof peopleMetrics)[number][]) {
  const counts = beside.map((id) => row[id] as PeopleCount);
  return { figures: row, breakdowns: counts.map((count) => breakdown(people(count.value + 1), [count, people(1)])) };
}

describe("a row's figures computed on their own", () => {
  it('are the figures of the whole tree, in catalogue order, exact and published alike', () => {
    fc.assert(
      fc.property(
        inputArb,
        contextArb,
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom(1, 5, 10),
        fc.subarray(peopleMetrics),
        (input, context, threshold, rounding, beside) => {
          const own = rowMetricFigures(input, context);
          const tree = fromTree(input, context);
          expect(Object.keys(own)).toEqual(metricCatalogue.map((metric) => metric.id));
          // The exact values, to the last bit (JSON keeps every digit of a double).
          expect(JSON.stringify(exactValues({ figures: own, breakdowns: [] }))).toBe(
            JSON.stringify(exactValues({ figures: tree, breakdowns: [] })),
          );
          // Each share and score rests on the row's own counts of people, so disclosure control
          // gives the same, also where a small cell beside a count hides it (and what rests on it).
          const rules = { threshold, rounding };
          expect(disclose(withSmallCells(own, beside), rules)).toEqual(disclose(withSmallCells(tree, beside), rules));
        },
      ),
      { numRuns: 300 },
    );
  });
});
