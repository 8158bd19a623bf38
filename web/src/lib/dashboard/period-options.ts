/**
 * The periods the pages offer in their period filter: the last 12 months (the
 * default), recent financial years and quarters (boards report April to March),
 * calendar years and the last few months. Each is a `period=` value the metrics API reads.
 */
import { addMonths, parsePeriod } from '@equal-partners/shared';
import type { Translator } from '#lib/i18n/dashboard.ts';

export interface PeriodOption {
  /** The `period=` value; empty for the default (the 12 months to this month). */
  value: string;
  label: string;
}

export interface PeriodGroup {
  label: string;
  options: PeriodOption[];
}

/** The financial year (starting in April) a month falls in, e.g. 2026 for 2027-02. */
function financialYearOf(month: string): number {
  const year = Number(month.slice(0, 4));
  return Number(month.slice(5, 7)) >= 4 ? year : year - 1;
}

function rangeLabel(tr: Translator, value: string): string {
  const result = parsePeriod(value);
  if (!result.ok) return value;
  const { from, to } = result.period;
  return from === to ? tr.monthLong(from) : tr.t('period.range', { from: tr.month(from), to: tr.month(to) });
}

/** The options for a month `thisMonth` (`YYYY-MM`), newest first within each group. */
export function periodOptions(tr: Translator, thisMonth: string): PeriodGroup[] {
  const fy = financialYearOf(thisMonth);
  const year = Number(thisMonth.slice(0, 4));
  const quarters: string[] = [];
  for (let back = 0; back < 4; back += 1) {
    const month = addMonths(thisMonth, -3 * back);
    const q = Math.floor(((Number(month.slice(5, 7)) + 8) % 12) / 3) + 1;
    quarters.push(`FY${financialYearOf(month)}-Q${q}`);
  }
  return [
    { label: tr.t('period.group.recent'), options: [{ value: '', label: tr.t('period.last12') }] },
    {
      label: tr.t('period.group.financialYears'),
      options: [fy, fy - 1].map((y) => ({
        value: `FY${y}`,
        label: tr.t('period.financialYear', { from: y, to: y + 1 }),
      })),
    },
    {
      label: tr.t('period.group.financialQuarters'),
      options: quarters.map((value) => ({ value, label: rangeLabel(tr, value) })),
    },
    {
      label: tr.t('period.group.years'),
      options: [year, year - 1].map((y) => ({ value: String(y), label: String(y) })),
    },
    {
      label: tr.t('period.group.months'),
      options: [0, 1, 2].map((back) => {
        const month = addMonths(thisMonth, -back);
        return { value: month, label: tr.monthLong(month) };
      }),
    },
  ];
}

/** The `period=` value to use: the one asked for if the API can read it, else the default. */
export function chosenPeriod(asked: string | null): string {
  if (!asked) return '';
  return parsePeriod(asked).ok ? asked : '';
}
