/**
 * The public figures (`/api/v1/public/metrics/...`): for anyone, on the publication grid
 * of docs/disclosure.md. Public periods are financial years and quarters; custom ranges,
 * months, calendar years and filters by channel or audience are refused here (signed-in
 * readers of exact figures have them), as their overlaps would difference down to small
 * counts of people.
 */
import * as z from 'zod/mini';
import {
  dayOf,
  overviewCsv,
  quarterSeriesCsv,
  rowSortKeys,
  sectors,
  sortRows,
  type RowSortKey,
} from '@equal-partners/shared';
import { publicPartnershipReport, publicPeriod, publicSignatoryReport } from './public-reports.ts';
import type { Store } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { ProblemError } from '../http/problem.ts';
import {
  charterStanding,
  csvHeaders,
  figures,
  notFound,
  periodSchema,
  signatoryMeta,
  signatoryParam,
} from './metrics-routes.ts';

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
const signatoryQuery = z.object({ period });
const partnershipQuery = z.object({
  period,
  sector: z.optional(
    z.enum(sectors).check(z.describe('Only rows of signatories of this sector; the totals stay the partnership’s')),
  ),
  sort: z._default(z.enum(rowSortKeys).check(z.describe('The column the rows are sorted by')), 'participations'),
  order: z.optional(z.enum(['asc', 'desc']).check(z.describe('Default: descending, ascending for `name`'))),
});

const disclosure = z
  .object({ threshold: z.number(), rounding: z.number() })
  .check(
    z.describe(
      'Counts of people below `threshold` show as "<threshold", others are rounded to `rounding`; ' +
        '"year-only" marks a quarter’s count published for the financial year only (docs/disclosure.md)',
    ),
  );
const reportFields = {
  period: periodSchema,
  previousPeriod: periodSchema,
  filter: z.record(z.string(), z.string()),
  baseline: z.nullable(z.object({ year: z.number(), source: z.string() })),
  metrics: figures('Reach, inclusion, impact and principles for the period'),
  previous: figures('The same for the previous year or quarter'),
  series: figures('One point per quarter of this financial year and the one before, to the period’s end'),
  disclosure,
};
const publicSignatoryResponse = component(
  'PublicSignatoryMetrics',
  z.object({ signatory: signatoryMeta, ...reportFields, charterStatus: charterStanding }),
);
const publicPartnershipResponse = component(
  'PublicPartnershipMetrics',
  z.object({
    partnership: z.object({ name: z.string(), area: z.string() }),
    ...reportFields,
    scope: z.object({
      totals: z.literal('partnership').check(z.describe('The totals are the whole partnership’s, whatever the sector')),
    }),
    signatories: z.object({ sort: z.string(), order: z.enum(['asc', 'desc']), rows: figures('One row per signatory') }),
  }),
);

const tag = 'Public metrics';
const routes = {
  signatory: createRoute({
    method: 'get',
    path: '/public/metrics/signatories/{id}',
    summary: 'Every published figure for a signatory',
    tags: [tag],
    request: { params: signatoryParam, query: signatoryQuery },
    responses: {
      200: {
        description: 'The year or quarter, the one before, and the quarters of this year and the last',
        content: { 'application/json': { schema: publicSignatoryResponse } },
      },
      ...pick(400, 404),
    },
  }),
  partnership: createRoute({
    method: 'get',
    path: '/public/metrics/partnership',
    summary: 'Every published figure for the partnership, with a row per signatory',
    tags: [tag],
    request: { query: partnershipQuery },
    responses: {
      200: {
        description: 'The partnership’s figures and the signatories’ rows, sorted as asked',
        content: { 'application/json': { schema: publicPartnershipResponse } },
      },
      ...pick(400, 404),
    },
  }),
  file: createRoute({
    method: 'get',
    path: '/public/metrics/partnership.csv',
    summary: 'The overview as open data: a CSV row per signatory',
    description:
      'The rows of `GET /api/v1/public/metrics/partnership` for the same query, with the period on every row. ' +
      'Figures held back show as `<10`, `suppressed` or `year-only`; a figure that does not exist is an empty cell.',
    tags: [tag],
    request: { query: partnershipQuery },
    responses: {
      200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
      ...pick(400, 404),
    },
  }),
  quarters: createRoute({
    method: 'get',
    path: '/public/metrics/signatories/{id}/quarters.csv',
    summary: 'A signatory’s published figures quarter by quarter, as CSV (open data)',
    description:
      'The `series` of `GET /api/v1/public/metrics/signatories/{id}` for the same query, a row per quarter; ' +
      '`partial` is true for a quarter that is not over yet.',
    tags: [tag],
    request: { params: signatoryParam, query: signatoryQuery },
    responses: {
      200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
      ...pick(400, 404),
    },
  }),
};

/** Query parameters the exact figures take and the public ones refuse, with why. */
const signedInOnly = ['from', 'to', 'channel', 'audience'];

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

/** The public period a request asks for, refusing every other form of query. */
function requestedPeriod(query: Record<string, string>, asked: string | undefined, now: Date) {
  for (const key of signedInOnly) {
    if (key in query) throw refused(`/${key}`, `“${key}” is for signed-in readers of exact figures`);
  }
  const result = publicPeriod(asked, dayOf(now));
  if (!result.ok) throw refused('/period', result.message);
  return result.period;
}

const orderOf = (query: { sort: RowSortKey; order?: 'asc' | 'desc' | undefined }) =>
  query.order ?? (query.sort === 'name' ? 'asc' : 'desc');

export function publicMetricsRoutes(store: Store, now: () => Date) {
  const signatoryReportFor = async (id: string, raw: Record<string, string>, asked: string | undefined) => {
    const today = now();
    const report = await publicSignatoryReport(store, id, requestedPeriod(raw, asked, today), today);
    if (!report) throw notFound(`signatory ${id}`);
    return report;
  };
  const partnershipReportFor = async (raw: Record<string, string>, query: z.output<typeof partnershipQuery>) => {
    const today = now();
    const report = await publicPartnershipReport(store, requestedPeriod(raw, query.period, today), today, query.sector);
    if (!report) throw notFound('partnership');
    return report;
  };
  const app = new ApiRoutes<ApiEnv>()
    .openapi(routes.signatory, async (c) => {
      const { id } = c.req.valid('param');
      const report = await signatoryReportFor(id, c.req.query(), c.req.valid('query').period);
      const { standing } = report;
      return c.json(
        {
          signatory: { ...report.signatory, charterStatus: standing.status },
          period: report.period,
          previousPeriod: report.previousPeriod,
          filter: {},
          baseline: report.baseline,
          metrics: report.metrics,
          previous: report.previous,
          series: report.series,
          charterStatus: {
            status: standing.status,
            ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
            ...(standing.expiresOn ? { expiresOn: standing.expiresOn } : {}),
          },
          disclosure: report.rules,
        },
        200,
      );
    })
    .openapi(routes.partnership, async (c) => {
      const query = c.req.valid('query');
      const report = await partnershipReportFor(c.req.query(), query);
      const order = orderOf(query);
      return c.json(
        {
          partnership: report.partnership,
          period: report.period,
          previousPeriod: report.previousPeriod,
          filter: query.sector ? { sector: query.sector } : {},
          scope: { totals: 'partnership' as const },
          baseline: report.baseline,
          metrics: report.metrics,
          previous: report.previous,
          series: report.series,
          signatories: { sort: query.sort, order, rows: sortRows(report.rows, query.sort, order) },
          disclosure: report.rules,
        },
        200,
      );
    });
  app.openapi(routes.quarters, async (c) => {
    const { id } = c.req.valid('param');
    const report = await signatoryReportFor(id, c.req.query(), c.req.valid('query').period);
    return c.body(quarterSeriesCsv(id, report.series), 200, csvHeaders(`${id} ${report.period.key} by quarter`));
  });
  return app.openapi(routes.file, async (c) => {
    const query = c.req.valid('query');
    const report = await partnershipReportFor(c.req.query(), query);
    const file = overviewCsv(sortRows(report.rows, query.sort, orderOf(query)), report.period);
    return c.body(file, 200, csvHeaders(`${report.partnership.name} ${report.period.key}`));
  });
}
