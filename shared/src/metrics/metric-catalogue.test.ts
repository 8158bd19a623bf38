import { describe, expect, it } from 'vitest';
import { overviewCsv, overviewCsvColumns } from '../csv/overview-csv.ts';
import { figureTag, isFigure, type Breakdown, type Figure } from '../disclosure/figures.ts';
import { metricFigures } from '../disclosure/metric-figures.ts';
import {
  exampleActivities,
  exampleGroupShares,
  exampleGroups,
  exampleLoops,
  examplePopulation,
  examplePrinciples,
  exampleSettings,
} from '../testing/worked-example.ts';
import { tallyActivities } from './activity-totals.ts';
import { tallyLoops } from './loop-totals.ts';
import { metricCatalogue, tableMetrics } from './metric-catalogue.ts';
import { metricSet } from './metric-set.ts';
import { overviewRag } from './overview-rag.ts';
import { rowBreakdowns, signatoryRowFigures } from './overview-rows.ts';
import { rowSortKeys, sortRows } from './overview-sorting.ts';
import { rateBases } from './rate-bases.ts';

/** The columns that say whose row it is: every other column of the overview is a metric of the catalogue. */
const identity = ['signatoryId', 'name', 'sector', 'charterStatus', 'awardedOn', 'expiresOn'];

const context = {
  principles: examplePrinciples,
  groups: exampleGroups,
  settings: exampleSettings,
  baseline: { population: examplePopulation, groupShares: exampleGroupShares },
};
const activities = tallyActivities(exampleActivities);
const set = metricSet({ activities, loops: tallyLoops(exampleLoops), overdueLoops: 1, scores: {} }, context);
const figures = metricFigures(set, activities, context, []);
const row = signatoryRowFigures(
  { id: 'oakfield', name: 'Oakfield', sector: 'education' },
  { status: 'awarded', awardedOn: '2025-06-14', expiresOn: '2027-06-13' },
  figures,
);
const ids = metricCatalogue.map((metric) => metric.id);

describe('the metric catalogue', () => {
  it('names each metric and its CSV column once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(metricCatalogue.map((metric) => metric.csvColumn)).size).toBe(ids.length);
  });

  it('finds every metric’s figure in the figure tree at its section and id, a count of people exactly where its unit says so', () => {
    for (const metric of metricCatalogue) {
      const figure = (figures[metric.section] as unknown as Record<string, unknown>)[metric.id];
      expect(isFigure(figure), metric.id).toBe(true);
      expect((figure as Figure)[figureTag] === 'people', metric.id).toBe(metric.unit === 'people');
    }
  });

  it('is the overview row: whose row it is, then every metric in catalogue order, each its figure', () => {
    expect(Object.keys(row)).toEqual([...identity, ...ids]);
    for (const metric of metricCatalogue) {
      expect(row[metric.id], metric.id).toBe(
        (figures[metric.section] as unknown as Record<string, unknown>)[metric.id],
      );
    }
  });

  it('is the overview CSV: whose row it is, then a column per metric reading the row’s figure', () => {
    expect(overviewCsvColumns).toEqual([...identity, ...metricCatalogue.map((metric) => metric.csvColumn)]);
    // Each metric's cell is its own value: number the metrics 1, 2, 3... and read them back.
    const published = Object.fromEntries(ids.map((id, i) => [id, i + 1]));
    const [header, line] = overviewCsv([{ signatoryId: 'oakfield', name: 'Oakfield', ...published }], {
      from: '2026-04',
      to: '2026-06',
    }).split('\n');
    const cells = Object.fromEntries(header!.split(',').map((column, i) => [column, line!.split(',')[i]]));
    for (const [i, metric] of metricCatalogue.entries()) expect(cells[metric.csvColumn], metric.id).toBe(String(i + 1));
  });

  it('is what the overview sorts by: the name, then every sortable metric', () => {
    expect(rowSortKeys).toEqual(['name', ...metricCatalogue.filter((m) => m.sortable).map((m) => m.id)]);
    for (const key of rowSortKeys.slice(1)) {
      const rows = [
        { name: 'A', [key]: 1 },
        { name: 'B', [key]: 2 },
      ];
      expect(
        sortRows(rows, key, 'desc').map((r) => r.name),
        key,
      ).toEqual(['B', 'A']);
    }
  });

  it('declares the rows’ counts of people as adding up to the partnership’s', () => {
    const breakdowns: Breakdown[] = rowBreakdowns([row], figures);
    const people = metricCatalogue.filter((metric) => metric.unit === 'people');
    expect(breakdowns.map((b) => b.cells[0])).toEqual(people.map((metric) => row[metric.id]));
    expect(breakdowns.map((b) => b.total)).toEqual(people.map((metric) => row[metric.id]));
  });

  it('gives every rate its base, and nothing else a base', () => {
    expect(Object.entries(rateBases)).toEqual(
      metricCatalogue.flatMap((metric) => ('rateBase' in metric ? [[metric.id, metric.rateBase]] : [])),
    );
  });

  it('rates every metric it marks rated, and compares each rated metric with the previous period', () => {
    const settings = { minRecordedShare: 0, minRateBase: 1 };
    const values = { activities: 3, participations: 100, recordedShare: 1, loopsRaised: 10 };
    for (const metric of metricCatalogue.filter((m) => m.rated)) {
      const rated = overviewRag(
        metric.id,
        { ...values, [metric.id]: metric.id === 'participations' ? 100 : 0 },
        {
          participations: 100,
        },
        settings,
      );
      expect(rated, metric.id).not.toBeNull();
      expect(metric.change, metric.id).not.toBeNull();
    }
  });

  it('puts a metric in an overview table only if the overview can sort by it', () => {
    for (const id of [...tableMetrics('board'), ...tableMetrics('public')]) {
      expect((rowSortKeys as readonly string[]).includes(id), id).toBe(true);
    }
    expect(tableMetrics('board')).toEqual([
      'participations',
      'inclusionScore',
      'closureRate',
      'overdueLoops',
      'principlesGreen',
    ]);
    expect(tableMetrics('public')).toEqual([
      'activities',
      'participations',
      'closureRate',
      'overdueLoops',
      'principlesGreen',
    ]);
  });
});
