/** Calendar-month arithmetic on `YYYY-MM` keys, the unit every time series and rollup is bucketed by. */

/** The `YYYY-MM` month a `YYYY-MM-DD` date falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `offset` months after `month` (negative goes back). */
export function addMonths(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (mon - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every month from `first` to `last`, both included.
 * @example monthRange('2025-11', '2026-02') // ['2025-11', '2025-12', '2026-01', '2026-02']
 */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

/**
 * Counts per month over a range, with months that have no entry filled with zero,
 * so a chart never joins two points across a silent gap.
 */
export function fillMonthlySeries(counts: ReadonlyMap<string, number>, first: string, last: string) {
  return monthRange(first, last).map((month) => ({ month, value: counts.get(month) ?? 0 }));
}
