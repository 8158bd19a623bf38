/**
 * The public figures as one use reads them: for anyone, on the publication grid of
 * docs/disclosure.md, and the same as open-data CSV files. Public periods are financial
 * years and quarters; custom ranges, months, calendar years and filters by channel or
 * audience are refused here (signed-in readers of exact figures have them,
 * ./report-queries.ts), as their overlaps would difference down to small counts of people.
 * The API's `/api/v1/public/metrics/...` (./public-metrics-routes.ts) and the public pages run these.
 */
import * as z from 'zod/mini';
import {
  dayOf,
  overviewCsv,
  quarterSeriesCsv,
  rowSortKeys,
  sectors,
  sortRows,
  type Principal,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { ProblemError } from '../http/problem.ts';
import { publicPartnershipReport, publicPeriod, publicSignatoryReport } from './public-reports.ts';
import {
  csvFile,
  notFound,
  orderOf,
  parsedInput,
  signatoryParam,
  type CsvFile,
  type KnownPartnership,
} from './report-queries.ts';

const period = z.optional(
  z
    .string()
    .check(
      z.maxLength(20),
      z.describe(
        'A financial year (`FY2026`, April 2026 to March 2027) or quarter (`FY2026-Q1`, or as a calendar ' +
          'quarter `2026-Q2`). Default: this financial year. Months, calendar years and custom periods are ' +
          'for signed-in readers of exact figures.',
      ),
    ),
);
/** What a signatory's published figures are asked for with, besides its id: the year or quarter. */
export const publicSignatoryQuery = z.object({ period });
/** What the partnership's published figures are asked for with: the year or quarter, a sector, and the rows' order. */
export const publicPartnershipQuery = z.object({
  period,
  sector: z.optional(
    z.enum(sectors).check(z.describe('Only rows of signatories of this sector; the totals stay the partnership’s')),
  ),
  sort: z._default(z.enum(rowSortKeys).check(z.describe('The column the rows are sorted by')), 'participations'),
  order: z.optional(z.enum(['asc', 'desc']).check(z.describe('Default: descending, ascending for `name`'))),
});

/** Query parameters the exact figures take and the public ones refuse, with why. */
const signedInOnly = ['from', 'to', 'channel', 'audience'] as const;

/** The forms of query only exact figures take: present, they are refused with why. */
type SignedInOnly = Partial<Record<(typeof signedInOnly)[number], string>>;

/** The forms of query in a query string that only exact figures take, to be refused. */
export function signedInOnlyOf(query: Record<string, string>): SignedInOnly {
  return Object.fromEntries(signedInOnly.flatMap((key) => (key in query ? [[key, query[key]!]] : [])));
}

export type PublicSignatoryInput = z.input<typeof signatoryParam> &
  z.input<typeof publicSignatoryQuery> &
  SignedInOnly &
  KnownPartnership;
export type PublicPartnershipInput = z.input<typeof publicPartnershipQuery> & SignedInOnly & KnownPartnership;

function refused(pointer: string, message: string) {
  return new ProblemError(
    400,
    'not-published',
    'Not published for the public',
    `${message}. Public figures are published for financial years and quarters, without filters, so that ` +
      'no combination of them can reveal a small number of people (docs/disclosure.md).',
    [{ pointer, message }],
  );
}

/** The public period a query asks for, refusing every other form of query. */
function requestedPeriod(input: SignedInOnly, asked: string | undefined, now: Date) {
  for (const key of signedInOnly) {
    if (input[key] !== undefined) throw refused(`/${key}`, `“${key}” is for signed-in readers of exact figures`);
  }
  const result = publicPeriod(asked, dayOf(now));
  if (!result.ok) throw refused('/period', result.message);
  return result.period;
}

async function signatoryReportFor(deps: Pick<QueryDeps, 'store' | 'today'>, input: PublicSignatoryInput) {
  const { partnership, id: rawId, ...rest } = input;
  const { id } = parsedInput(signatoryParam, { id: rawId }, 'path');
  const query = parsedInput(publicSignatoryQuery, rest);
  const today = deps.today();
  const report = await publicSignatoryReport(
    deps.store,
    id,
    requestedPeriod(rest, query.period, today),
    today,
    partnership,
  );
  if (!report) throw notFound(`signatory ${id}`);
  return report;
}

async function partnershipReportFor(deps: Pick<QueryDeps, 'store' | 'today'>, input: PublicPartnershipInput) {
  const { partnership, ...rest } = input;
  const query = parsedInput(publicPartnershipQuery, rest);
  const today = deps.today();
  const period = requestedPeriod(rest, query.period, today);
  const report = await publicPartnershipReport(deps.store, period, today, query.sector, partnership);
  if (!report) throw notFound('partnership');
  return { query, report };
}

/** Every published figure for a signatory: the year or quarter, the one before, and the quarters of this year and the last. */
export async function publicSignatoryMetrics(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicSignatoryInput,
) {
  const report = await signatoryReportFor(deps, input);
  const { standing } = report;
  return {
    signatory: { ...report.signatory, charterStatus: standing.status },
    period: report.period,
    previousPeriod: report.previousPeriod,
    filter: {} as Record<string, string>,
    baseline: report.baseline,
    metrics: report.metrics,
    previous: report.previous,
    series: report.series,
    charterStatus: {
      status: standing.status,
      ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
      ...(standing.expiresOn ? { expiresOn: standing.expiresOn } : {}),
    },
    participantFeedback: report.participantFeedback,
    disclosure: report.rules,
  };
}

/** Every published figure for the partnership, with a row per signatory (of one sector, if asked) sorted as asked. */
export async function publicPartnershipMetrics(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicPartnershipInput,
) {
  const { query, report } = await partnershipReportFor(deps, input);
  const order = orderOf(query);
  return {
    partnership: report.partnership,
    period: report.period,
    previousPeriod: report.previousPeriod,
    filter: (query.sector ? { sector: query.sector } : {}) as Record<string, string>,
    scope: { totals: 'partnership' as const },
    baseline: report.baseline,
    metrics: report.metrics,
    previous: report.previous,
    series: report.series,
    signatories: { sort: query.sort, order, rows: sortRows(report.rows, query.sort, order) },
    participantFeedback: report.participantFeedback,
    disclosure: report.rules,
  };
}

/** The overview's published rows as an open-data CSV file, with the period on every row. */
export async function publicPartnershipFile(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicPartnershipInput,
): Promise<CsvFile> {
  const { query, report } = await partnershipReportFor(deps, input);
  const text = overviewCsv(sortRows(report.rows, query.sort, orderOf(query)), report.period);
  return csvFile(`${report.partnership.name} ${report.period.key}`, text);
}

/** A signatory's published quarters as an open-data CSV file. */
export async function publicSignatoryQuartersFile(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  _principal: Principal,
  input: PublicSignatoryInput,
): Promise<CsvFile> {
  const report = await signatoryReportFor(deps, input);
  const { id } = report.signatory;
  return csvFile(`${id} ${report.period.key} by quarter`, quarterSeriesCsv(id, report.series));
}
