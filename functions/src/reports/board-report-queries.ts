/**
 * The board report for a quarter (calendar or financial): the partnership's summary first
 * (its headline figures with their change on the previous quarter, and the exceptions:
 * loops and challenges overdue, marginalised groups under-represented, self and reviewer
 * scores 2 or more apart, awards expiring within `awardNoticeDays`), then a section for
 * each signatory with an exception (every signatory when asked): its reach, inclusion,
 * impact and principles figures for the quarter and the previous one, and its exceptions.
 *
 * Assembled from the queries the overview and the "Your work" page run, as the caller, so
 * the same rules decide who may produce it (those who read every signatory's exact
 * figures and the exceptions: board admins, commissioners, reviewers where the board
 * allows): the overview's figures and rows of both quarters (one batched read, decision
 * 0108) and the partnership's exceptions. A board of 300 signatories reads the summary
 * and the signatories that need it, not 300 pages.
 */
import * as z from 'zod/mini';
import {
  metricCatalogue,
  type Exact,
  type MetricFigures,
  type MetricSection,
  type Principal,
  type RowMetricFigures,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import type { KnownPartnership } from './report-queries.ts';
import { parsedInput, partnershipMetrics } from './report-queries.ts';
import { partnershipExceptions, type SignatoryExceptions } from './exception-queries.ts';

/** How the quarters of a report's year are counted: January to March, or April to June first. */
export const reportYears = ['financial', 'calendar'] as const;
export type ReportYear = (typeof reportYears)[number];

/** Which signatories have a section: those with an exception, or every one. */
export const reportScopes = ['exceptions', 'all'] as const;
export type ReportScope = (typeof reportScopes)[number];

/** What a board report is asked for with. */
export const boardReportQuery = z.object({
  quarter: z.optional(
    z
      .string()
      .check(
        z.maxLength(8),
        z.regex(/^\d{4}-Q[1-4]$/, 'Give a quarter as a year and its number, e.g. 2026-Q3'),
        z.describe(
          'The quarter, `YYYY-Qn`: of the calendar year, or of the financial year starting in April of `YYYY`. ' +
            'Default: the last quarter ended.',
        ),
      ),
  ),
  year: z._default(z.enum(reportYears).check(z.describe('How the quarter is counted')), 'financial'),
  signatories: z._default(
    z.enum(reportScopes).check(z.describe('A section for each signatory with an exception, or for all')),
    'exceptions',
  ),
});

export type BoardReportInput = z.input<typeof boardReportQuery> & KnownPartnership;

/** The sections of a signatory's figures, in the order the report gives them. */
export const reportSections: readonly MetricSection[] = ['reach', 'inclusion', 'impact', 'principles'];

/** The metrics of each section, in the catalogue's order. */
export const sectionMetrics = Object.fromEntries(
  reportSections.map((section) => [section, metricCatalogue.filter((m) => m.section === section).map((m) => m.id)]),
) as Record<MetricSection, RowMetricId[]>;

type RowMetricId = keyof RowMetricFigures;

/** The partnership's headline figures, as the overview's cards show them. */
export const headlineMetrics = [
  'participations',
  'activities',
  'inclusionScore',
  'closureRate',
  'overdueLoops',
  'principlesGreen',
] as const satisfies readonly RowMetricId[];

/**
 * The quarter the report is of: its period key (`2026-Q3`, or `FY2026-Q3` for October to
 * December 2026), the last quarter ended on `today` when none is asked for.
 */
export function reportQuarter(quarter: string | undefined, year: ReportYear, today: Date): string {
  if (quarter) return year === 'financial' ? `FY${quarter}` : quarter;
  const month = today.getUTCMonth(); // 0..11
  const calendarYear = today.getUTCFullYear();
  if (year === 'calendar') {
    const current = Math.floor(month / 3) + 1;
    return current === 1 ? `${calendarYear - 1}-Q4` : `${calendarYear}-Q${current - 1}`;
  }
  const financialYear = month >= 3 ? calendarYear : calendarYear - 1;
  const current = Math.floor(((month + 9) % 12) / 3) + 1;
  return current === 1 ? `FY${financialYear - 1}-Q4` : `FY${financialYear}-Q${current - 1}`;
}

/** A figure tree's metrics (exact) as one row, as the overview's rows hold a signatory's. */
export function rowOfFigures(figures: Exact<MetricFigures>): Exact<RowMetricFigures> {
  return Object.fromEntries(
    metricCatalogue.map((m) => [m.id, (figures[m.section] as unknown as Record<string, unknown>)[m.id]]),
  ) as Exact<RowMetricFigures>;
}

/** The exceptions of the summary: the partnership's totals of each, and the awards expiring. */
function summaryOf(exceptions: Awaited<ReturnType<typeof partnershipExceptions>>) {
  const flagged = exceptions.exceptions;
  const sum = (count: (row: SignatoryExceptions) => number) => flagged.reduce((total, row) => total + count(row), 0);
  return {
    asOf: exceptions.asOf,
    window: exceptions.window,
    loopDueDays: exceptions.loopDueDays,
    challengeDueDays: exceptions.challengeDueDays,
    awardNoticeDays: exceptions.awardNoticeDays,
    totals: {
      signatories: flagged.length,
      overdueLoops: sum((row) => row.overdueLoops.count),
      overdueChallenges: sum((row) => row.overdueChallenges.count),
      underRepresented: sum((row) => row.underRepresented.length),
      gaps: sum((row) => row.gaps.length),
      awardsExpiring: exceptions.awards.filter((award) => award.reason === 'expiring').length,
    },
    /** Each signatory with an exception, most overdue first. */
    signatories: flagged,
    awardsExpiring: exceptions.awards.flatMap((award) =>
      award.reason === 'expiring' && award.charter.expiresOn
        ? [{ signatoryId: award.signatoryId, name: award.name, expiresOn: award.charter.expiresOn }]
        : [],
    ),
  };
}

/**
 * The board report for a quarter. Refuses (403) anyone who may not read every signatory's
 * exact figures and the exceptions, and bad input with a 400 problem naming each field.
 */
export async function boardReport(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: BoardReportInput,
) {
  const { partnership, ...rest } = input;
  const query = parsedInput(boardReportQuery, rest);
  const period = reportQuarter(query.quarter, query.year, deps.today());
  const known = { partnership };
  const [figures, exceptions] = await Promise.all([
    partnershipMetrics(deps, principal, { period, sort: 'name', order: 'asc', ...known }),
    partnershipExceptions(deps, principal, known),
  ]);
  const flagged = new Map(exceptions.exceptions.map((row) => [row.signatoryId, row]));
  const standing = new Map(exceptions.signatories.map((row) => [row.signatoryId, row]));
  const { rows, previousRows } = figures.signatories;
  const sections = rows.flatMap((row, i) => {
    const own = standing.get(row.signatoryId);
    if (!own || (query.signatories === 'exceptions' && !flagged.has(row.signatoryId))) return [];
    return [{ row, previousRow: previousRows[i]!, exceptions: own, flagged: flagged.has(row.signatoryId) }];
  });
  return {
    partnership: figures.partnership,
    quarter: { key: query.quarter ?? period.replace(/^FY/, ''), year: query.year },
    scope: query.signatories,
    period: figures.period,
    previousPeriod: figures.previousPeriod,
    baseline: figures.baseline,
    headline: { row: rowOfFigures(figures.metrics), previousRow: rowOfFigures(figures.previous) },
    summary: summaryOf(exceptions),
    signatoryCount: rows.length,
    signatories: sections,
  };
}

export type BoardReport = Awaited<ReturnType<typeof boardReport>>;
export type BoardReportSection = BoardReport['signatories'][number];
