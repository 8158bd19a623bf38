/**
 * The periods the pages offer in their period filter: the last 12 months (the
 * default), recent financial years and quarters (boards report April to March),
 * calendar years and the last few months. Each is a `period=` value the metrics API reads.
 */
import { addMonths, financialYearOf, publicPeriodKinds, readPeriod } from '@equal-partners/shared';
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

function rangeLabel(tr: Translator, value: string): string {
  const period = readPeriod(value);
  if (!period) return value;
  const { from, to } = period;
  return from === to ? tr.monthLong(from) : tr.t('period.range', { from: tr.month(from), to: tr.month(to) });
}

/** The options for a month `thisMonth` (`YYYY-MM`), newest first within each group. */
export function periodOptions(tr: Translator, thisMonth: string): PeriodGroup[] {
  const fy = financialYearOf(thisMonth);
  const year = Number(thisMonth.slice(0, 4));
  const quarters = recentQuarters(thisMonth, 4);
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

/** The last `count` financial quarters to `thisMonth`, newest first, as `period=` values. */
function recentQuarters(thisMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, back) => {
    const month = addMonths(thisMonth, -3 * back);
    return `FY${financialYearOf(month)}-Q${Math.floor(((Number(month.slice(5, 7)) + 8) % 12) / 3) + 1}`;
  });
}

/**
 * The options public pages offer: financial years (this one is the default) and quarters,
 * the only periods public figures are published for (docs/disclosure.md).
 */
export function publicPeriodOptions(tr: Translator, thisMonth: string): PeriodGroup[] {
  const fy = financialYearOf(thisMonth);
  return [
    {
      label: tr.t('period.group.financialYears'),
      options: [fy, fy - 1, fy - 2].map((y, i) => ({
        value: i === 0 ? '' : `FY${y}`,
        label: tr.t('period.financialYear', { from: y, to: y + 1 }),
      })),
    },
    {
      label: tr.t('period.group.financialQuarters'),
      options: recentQuarters(thisMonth, 8).map((value) => ({ value, label: rangeLabel(tr, value) })),
    },
  ];
}

/**
 * The `period=` value to use: the one asked for if the API can read it, else the default.
 * Public pages read only the periods public figures are published for.
 */
export function chosenPeriod(asked: string | null, visibility: 'public' | 'exact' = 'exact'): string {
  if (!asked) return '';
  const period = readPeriod(asked);
  if (!period) return '';
  return visibility === 'exact' || publicPeriodKinds.includes(period.kind) ? asked : '';
}
