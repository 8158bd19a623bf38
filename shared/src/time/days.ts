/** Calendar-day arithmetic on `YYYY-MM-DD` dates, in UTC so a date never shifts with the server's time zone. */

const dayMs = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * dayMs);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-01-30', '2026-03-01') // 30
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}

/** The first day of a `YYYY-MM` month. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(month: string): string {
  const year = Number(month.slice(0, 4));
  const mon = Number(month.slice(5, 7));
  return fromUtc(Date.UTC(year, mon, 0));
}

/** The `YYYY-MM-DD` date of an instant, in UTC. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
