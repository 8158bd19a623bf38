/**
 * Sorting the partnership overview's rows: by organisation name, or by any metric of the
 * catalogue marked sortable (metric-catalogue.ts), in its order.
 */
import { metricCatalogue, type Metric, type SortableMetricId } from './metric-catalogue.ts';

/** The overview columns rows can be sorted by: the name, then the sortable metrics. */
export const rowSortKeys: readonly ['name', ...SortableMetricId[]] = [
  'name',
  ...metricCatalogue
    .filter((metric): metric is Extract<Metric, { sortable: true }> => metric.sortable)
    .map((metric) => metric.id),
];
export type RowSortKey = (typeof rowSortKeys)[number];

/** Sorts rendered rows by a column: numbers in order, then anything not a number (suppressed, undefined), then by name. */
export function sortRows<R extends { name: string }>(rows: readonly R[], key: RowSortKey, order: 'asc' | 'desc'): R[] {
  const direction = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      const xn = typeof x === 'number';
      const yn = typeof y === 'number';
      if (xn && yn && x !== y) return (x - y) * direction;
      if (xn !== yn) return xn ? -1 : 1;
    }
    return a.name.localeCompare(b.name, 'en-GB') * (key === 'name' ? direction : 1);
  });
}
