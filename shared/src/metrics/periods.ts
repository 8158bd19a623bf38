/**
 * Reporting periods: calendar months, calendar and financial (April to March)
 * quarters and years, and custom ranges of whole months. Every period is a run
 * of whole months because figures are kept in monthly rollups; every period has
 * a previous period of the same kind and length to compare with.
 */
import { addMonths, monthRange } from '../time/months.ts';
import { firstDayOf, lastDayOf } from '../time/days.ts';
import { brokenRule, type BrokenRule, type RuleCode } from '../records/rules.ts';

export const periodKinds = ['month', 'quarter', 'financial-quarter', 'year', 'financial-year', 'months'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  kind: PeriodKind;
  /** The canonical way to ask for it: `2026-05`, `2026-Q2`, `FY2026-Q1`, `2026`, `FY2026`, `2025-06..2026-05`. */
  key: string;
  /** How a person reads it: `May 2026`, `Apr to Jun 2026`, `2026-27 Q1 (Apr to Jun 2026)`. */
  label: string;
  /** First and last month, `YYYY-MM`, both included. */
  from: string;
  to: string;
  /** First and last day, `YYYY-MM-DD`, both included. */
  start: string;
  end: string;
}

/** A period, or the rule the text broke (its English `message`, `rule` code and `values`). */
export type PeriodResult = { ok: true; period: Period } | ({ ok: false } & BrokenRule);

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthLabel(month: string): string {
  return `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function spanLabel(from: string, to: string): string {
  if (from === to) return monthLabel(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? monthNames[Number(from.slice(5, 7)) - 1] : monthLabel(from)} to ${monthLabel(to)}`;
}

function make(kind: PeriodKind, key: string, label: string, from: string, to: string): Period {
  return { kind, key, label, from, to, start: firstDayOf(from), end: lastDayOf(to) };
}

/** Builds the period of `kind` that starts in month `from` (for `months`, ending in `to`). */
function periodStarting(kind: PeriodKind, from: string, to?: string): Period {
  const year = Number(from.slice(0, 4));
  const mon = Number(from.slice(5, 7));
  switch (kind) {
    case 'month':
      return make(kind, from, monthLabel(from), from, from);
    case 'quarter': {
      const last = addMonths(from, 2);
      return make(kind, `${year}-Q${Math.floor((mon - 1) / 3) + 1}`, spanLabel(from, last), from, last);
    }
    case 'financial-quarter': {
      const fy = mon >= 4 ? year : year - 1;
      const q = Math.floor(((mon + 8) % 12) / 3) + 1;
      const last = addMonths(from, 2);
      return make(
        kind,
        `FY${fy}-Q${q}`,
        `${fy}-${String((fy + 1) % 100).padStart(2, '0')} Q${q} (${spanLabel(from, last)})`,
        from,
        last,
      );
    }
    case 'year':
      return make(kind, String(year), String(year), from, addMonths(from, 11));
    case 'financial-year':
      return make(
        kind,
        `FY${year}`,
        `${year}-${String((year + 1) % 100).padStart(2, '0')} (Apr ${year} to Mar ${year + 1})`,
        from,
        addMonths(from, 11),
      );
    case 'months': {
      const last = to ?? from;
      return make(kind, `${from}..${last}`, spanLabel(from, last), from, last);
    }
  }
}

const rangePattern = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/;

/** Why a custom run of months from `from` to `to` cannot be a period, if it cannot. */
function rangeProblem(from: string, to: string): RuleCode | undefined {
  if (!monthPattern.test(from) || !monthPattern.test(to)) return 'monthsFormat';
  if (to < from) return 'periodEndsBeforeStart';
  if (monthRange(from, to).length > 120) return 'periodTooLong';
  return undefined;
}

/**
 * The period a text names, or `undefined`: `parsePeriod` without the reason, for code that
 * only needs the period (a page's period list), so it does not carry the rules' messages.
 */
export function readPeriod(text: string): Period | undefined {
  const value = text.trim();
  if (monthPattern.test(value)) return periodStarting('month', value);
  const quarter = value.match(/^(FY)?(\d{4})-Q([1-4])$/);
  if (quarter) {
    const financial = quarter[1] === 'FY';
    const first = addMonths(`${quarter[2]}-${financial ? '04' : '01'}`, (Number(quarter[3]) - 1) * 3);
    return periodStarting(financial ? 'financial-quarter' : 'quarter', first);
  }
  const year = value.match(/^(FY)?(\d{4})$/);
  if (year) {
    const financial = year[1] === 'FY';
    return periodStarting(financial ? 'financial-year' : 'year', `${year[2]}-${financial ? '04' : '01'}`);
  }
  const range = value.match(rangePattern);
  if (range && !rangeProblem(range[1]!, range[2]!)) return periodStarting('months', range[1]!, range[2]!);
  return undefined;
}

/**
 * Reads a period the way people write it.
 * @example parsePeriod('2026-Q2') // calendar April to June 2026
 * @example parsePeriod('FY2026-Q1') // financial year 2026-27, April to June 2026
 * @example parsePeriod('2026-05'), parsePeriod('2026'), parsePeriod('FY2026')
 */
export function parsePeriod(text: string): PeriodResult {
  const period = readPeriod(text);
  if (period) return { ok: true, period };
  const range = text.trim().match(rangePattern);
  return range ? monthsPeriod(range[1]!, range[2]!) : { ok: false, ...brokenRule('periodFormat') };
}

/** A custom run of whole months, `from` to `to` (`YYYY-MM`, both included). */
export function monthsPeriod(from: string, to: string): PeriodResult {
  const problem = rangeProblem(from, to);
  return problem ? { ok: false, ...brokenRule(problem) } : { ok: true, period: periodStarting('months', from, to) };
}

/** A custom period's bound as asked for: its month, or why it cannot be one. */
export type BoundResult =
  { ok: true; month: string } | ({ ok: false; dayInMonth: boolean; month?: string } & BrokenRule);

const dayPattern = /^(\d{4}-(?:0[1-9]|1[0-2]))-(\d{2})$/;

/**
 * The month a custom period's `from` or `to` names: a month (`2026-04`), or a day that
 * starts (`from`) or ends (`to`) a month, which names that whole month. Any other day is
 * refused with the month it falls in: figures are kept per month and cannot be cut at a day.
 * @example monthOfBound('2026-04-01', 'from') // { ok: true, month: '2026-04' }
 */
export function monthOfBound(value: string, bound: 'from' | 'to'): BoundResult {
  if (monthPattern.test(value)) return { ok: true, month: value };
  const day = dayPattern.exec(value);
  const month = day?.[1];
  if (!day || !month || Number(day[2]) < 1 || value > lastDayOf(month)) {
    return { ok: false, dayInMonth: false, ...brokenRule('monthFormat') };
  }
  const edge = bound === 'from' ? firstDayOf(month) : lastDayOf(month);
  if (value === edge) return { ok: true, month };
  return {
    ok: false,
    dayInMonth: true,
    month,
    ...brokenRule(bound === 'from' ? 'dayNotFirstOfMonth' : 'dayNotLastOfMonth', {
      day: value,
      month,
      monthName: monthLabel(month),
    }),
  };
}

/** The number of months a period covers. */
export function periodLength(period: Period): number {
  return monthRange(period.from, period.to).length;
}

/**
 * The period of the same kind and length that ends just before `period` starts:
 * the month before a month, the quarter before a quarter, the same number of months
 * before a custom range.
 */
export function previousPeriod(period: Period): Period {
  const length = periodLength(period);
  const from = addMonths(period.from, -length);
  return periodStarting(period.kind, from, addMonths(period.to, -length));
}

/** The last `months` months ending with `lastMonth`. */
export function trailingMonths(lastMonth: string, months: number): Period {
  return periodStarting('months', addMonths(lastMonth, 1 - months), lastMonth);
}

/** Whether `date` (`YYYY-MM-DD`) falls inside the period. */
export function periodContains(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}

/** The financial year (April to March) a month `YYYY-MM` falls in: 2026 for 2026-04 to 2027-03. */
export function financialYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? year : year - 1;
}

/**
 * The periods public figures are published for (docs/disclosure.md): financial years and
 * quarters (a calendar quarter is the same months as a financial one). Months, calendar
 * years and custom ranges are for signed-in readers of exact figures.
 */
export const publicPeriodKinds: readonly PeriodKind[] = ['financial-year', 'financial-quarter', 'quarter'];

/** A period as a report shows it: with the day its state figures are taken on and whether it is still running. */
export interface PeriodView extends Period {
  /** The day overdue loops and latest scores are taken on: the period's end, or today while it runs. */
  asOf: string;
  /** Today falls within the period, so its figures are still growing. */
  partial: boolean;
}
