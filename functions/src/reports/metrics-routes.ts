/**
 * The metrics API: every figure for a signatory or the whole partnership over a
 * period, with the previous period and a monthly series, read from rollups only.
 *
 * `/api/v1/metrics/...` gives exact figures, for board admins and commissioners (and a
 * signatory's own editors for that signatory, and reviewers where the board allows it), as
 * the role policy decides, for any period and filter. The public figures are on the
 * publication grid (public-metrics.ts).
 */
import * as z from 'zod/mini';
import {
  type ActivityFilter,
  type Audience,
  audiences,
  type BoundResult,
  type Channel,
  channels,
  exactValues,
  monthOf,
  monthOfBound,
  monthsPeriod,
  overviewCsv,
  parsePeriod,
  type Period,
  type Principal,
  type RowSortKey,
  rowSortKeys,
  sectors,
  seriesCsv,
  sortRows,
  trailingMonths,
} from '@equal-partners/shared';
import { partnershipReport } from './partnership-report.ts';
import { signatoryReport } from './signatory-report.ts';
import { type Store } from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { ProblemError, type FieldError } from '../http/problem.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';

// Checked in full by requestedPeriod, which can say which months to ask for instead of a day.
const bound = z.string().check(z.maxLength(20));

const periodQuery = {
  period: z.optional(
    z
      .string()
      .check(
        z.maxLength(20),
        z.describe(
          'A month (`2026-05`), calendar quarter (`2026-Q2`), financial quarter (`FY2026-Q1`, April to June 2026), ' +
            'year (`2026`) or financial year (`FY2026`). Or give `from` and `to`. Default: the 12 months to this month.',
        ),
      ),
  ),
  from: z.optional(
    bound.check(
      z.describe(
        'First month of a custom period (with `to`), `YYYY-MM`; or the first day of that month, `YYYY-MM-01`. ' +
          'Custom periods are whole months: another day is refused with the enclosing months to ask for instead.',
      ),
    ),
  ),
  to: z.optional(
    bound.check(z.describe('Last month of a custom period, `YYYY-MM`; or the last day of that month, `YYYY-MM-DD`')),
  ),
  audience: z.optional(z.enum(audiences).check(z.describe('Only activities with this audience'))),
  channel: z.optional(z.enum(channels).check(z.describe('Only activities through this channel'))),
};

const signatoryQuery = z.object(periodQuery);
type SignatoryQuery = z.output<typeof signatoryQuery>;

/** A CSV file's headers, named for what it holds, e.g. `demo-city-2026-q1-exact-figures.csv`. */
export function csvHeaders(title: string) {
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv"`,
  };
}
export const partnershipQuery = z.object({
  ...periodQuery,
  sector: z.optional(z.enum(sectors).check(z.describe('Only signatories of this sector'))),
  sort: z._default(z.enum(rowSortKeys).check(z.describe('The column the rows are sorted by')), 'participations'),
  order: z.optional(z.enum(['asc', 'desc']).check(z.describe('Default: descending, ascending for `name`'))),
});
export const signatoryParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

export const periodSchema = component(
  'MetricPeriod',
  z.object({
    kind: z.string(),
    key: z.string(),
    label: z.string(),
    from: z.string(),
    to: z.string(),
    start: z.string(),
    end: z.string(),
    asOf: z.string().check(z.describe('The day overdue loops and latest scores are taken on')),
    partial: z.boolean().check(z.describe('Today falls within the period')),
  }),
);

export const figures = (description: string) => z.any().check(z.describe(`${description} (see docs/metrics.md)`));
const reportFields = {
  period: periodSchema,
  previousPeriod: periodSchema,
  filter: z.record(z.string(), z.string()),
  baseline: z.nullable(z.object({ year: z.number(), source: z.string() })),
  metrics: figures('Reach, inclusion, impact and principles for the period'),
  previous: figures('The same for the previous period of equal length'),
  series: figures('One point per month, empty months as zeros'),
};
export const signatoryMeta = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  charterStatus: z.string().check(z.describe('As of today: an award past its expiry reads `lapsed`')),
});
export const charterStanding = component(
  'CharterStanding',
  z.object({
    status: z.string().check(z.describe('As of today: an award past its expiry reads `lapsed`')),
    awardedOn: z.optional(z.string().check(z.describe('The day of the award, for an award or a lapsed one'))),
    expiresOn: z.optional(z.string().check(z.describe('The day the award lapses (or lapsed) unless renewed'))),
  }),
);
const signatoryResponse = component(
  'SignatoryMetrics',
  z.object({
    signatory: signatoryMeta,
    ...reportFields,
    charterStatus: figures('Status and award eligibility over the last 12 months'),
  }),
);
const partnershipResponse = component(
  'PartnershipMetrics',
  z.object({
    partnership: z.object({ name: z.string(), area: z.string() }),
    ...reportFields,
    signatories: z.object({
      sort: z.string(),
      order: z.enum(['asc', 'desc']),
      rows: figures('One row per signatory'),
    }),
  }),
);
/** The period a request asks for; its default is the 12 months to this month. */
function requestedPeriod(
  query: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
): Period {
  const invalid = (errors: FieldError[]) =>
    new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      errors,
    );
  if (query.period !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw invalid([{ pointer: '/period', message: 'Give either a period or from and to, not both' }]);
  }
  if (query.period !== undefined) {
    const result = parsePeriod(query.period);
    if (!result.ok) throw invalid([{ pointer: '/period', message: result.message }]);
    return result.period;
  }
  const from = query.from === undefined ? undefined : monthOfBound(query.from, 'from');
  const to = query.to === undefined ? undefined : monthOfBound(query.to, 'to');
  const errors: FieldError[] = [];
  if (from && !from.ok) errors.push({ pointer: '/from', message: from.message });
  if (to && !to.ok) errors.push({ pointer: '/to', message: to.message });
  if (errors.length > 0) {
    const refused = [from, to].flatMap((b) => (b && !b.ok ? [b] : []));
    if (refused.every((b) => b.dayInMonth)) throw wholeMonthsOnly(from, to, errors);
    throw invalid(errors);
  }
  const lastMonth = to?.ok ? to.month : monthOf(now.toISOString());
  if (!from?.ok) return trailingMonths(lastMonth, 12);
  const result = monthsPeriod(from.month, lastMonth);
  if (!result.ok) throw invalid([{ pointer: '/from', message: result.message }]);
  return result.period;
}

/**
 * Days that do not start or end a month: figures are kept per month (decision 0105), so
 * the problem names the enclosing months, as `suggested`, for the client to ask for.
 */
function wholeMonthsOnly(from: BoundResult | undefined, to: BoundResult | undefined, errors: FieldError[]) {
  const suggested = { from: from?.month, to: to?.month };
  const query = Object.entries(suggested)
    .flatMap(([key, value]) => (value ? [`${key}=${value}`] : []))
    .join('&');
  return new ProblemError(
    400,
    'period-not-whole-months',
    'Custom periods are whole months',
    'Figures are kept per month, so a custom period cannot start or end partway through a month. ' +
      `The whole months around the days you asked for are ${query}.`,
    errors,
  ).with({ suggested });
}

/** The activity filter a request asks for: one channel or one audience. */
function requestedFilter(query: { audience?: Audience | undefined; channel?: Channel | undefined }): ActivityFilter {
  if (query.audience && query.channel) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      [{ pointer: '/channel', message: 'Filter by a channel or by an audience, not both' }],
    );
  }
  return { audience: query.audience, channel: query.channel };
}

/** Refuses exact figures to anyone the policy does not allow them, under the partnership's settings. */
async function requireExactFigures(store: Store, principal: Principal, signatoryId?: string): Promise<void> {
  // Only a reviewer's answer depends on a setting; everyone else is decided without a read.
  const settings =
    principal.kind === 'user' && principal.role === 'reviewer' ? (await getPartnership(store))?.settings : {};
  requireAllowed(principal, 'read', 'metrics', signatoryId === undefined ? {} : { signatoryId }, settings);
}

type PartnershipQuery = z.output<typeof partnershipQuery>;

/** The partnership report a query asks for; 404 before the partnership is set up. */
async function partnershipReportFor(store: Store, query: PartnershipQuery, now: Date) {
  const report = await partnershipReport(store, {
    period: requestedPeriod(query, now),
    filter: requestedFilter(query),
    sector: query.sector,
    now,
  });
  if (!report) throw notFound('partnership');
  return report;
}

/** Rows are sorted descending, names ascending, unless the query says otherwise. */
export const orderOf = (query: PartnershipQuery) => query.order ?? (query.sort === 'name' ? 'asc' : 'desc');

export const notFound = (what: string) =>
  new ProblemError(404, 'not-found', 'Not found', `There is no ${what}, or the partnership is not set up yet.`);

const routes = {
  signatory: createRoute({
    method: 'get',
    path: '/metrics/signatories/{id}',
    summary: 'Every figure for a signatory (exact)',
    tags: ['Metrics'],
    security: bearer,
    request: { params: signatoryParam, query: signatoryQuery },
    responses: {
      200: {
        description: 'The period, the previous period of equal length, and a monthly series',
        content: { 'application/json': { schema: signatoryResponse } },
      },
      ...pick(400, 401, 403, 404),
    },
  }),
  partnership: createRoute({
    method: 'get',
    path: '/metrics/partnership',
    summary: 'Every figure for the partnership, with a row per signatory (exact)',
    tags: ['Metrics'],
    security: bearer,
    request: { query: partnershipQuery },
    responses: {
      200: {
        description: 'The period, the previous period, a monthly series and the signatories sorted as asked',
        content: { 'application/json': { schema: partnershipResponse } },
      },
      ...pick(400, 401, 403, 404),
    },
  }),
  /** The overview's rows as a file of exact figures, for those who may see them. */
  file: createRoute({
    method: 'get',
    path: '/metrics/partnership.csv',
    summary: 'The overview as a CSV row per signatory (exact figures)',
    description:
      'The rows of `GET /api/v1/metrics/partnership` for the same query, with the period on every row. ' +
      'For board members, commissioners and (where the board allows) reviewers: not for publication.' +
      ' A figure that does not exist is an empty cell.',
    tags: ['Metrics'],
    security: bearer,
    request: { query: partnershipQuery },
    responses: {
      200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
      ...pick(400, 401, 403, 404),
    },
  }),
  /** One signatory's monthly series as a file, over the period asked for. */
  months: createRoute({
    method: 'get',
    path: '/metrics/signatories/{id}/months.csv',
    summary: 'A signatory’s figures month by month, as CSV (exact figures)',
    description:
      'The `series` of `GET /api/v1/metrics/signatories/{id}` for the same query, a row per month; ' +
      '`partial` is true for a month that is not over yet. A figure that does not exist is an empty cell.',
    tags: ['Metrics'],
    security: bearer,
    request: { params: signatoryParam, query: signatoryQuery },
    responses: {
      200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
      ...pick(400, 401, 403, 404),
    },
  }),
};

export function metricsRoutes(store: Store, now: () => Date) {
  /** A signatory's report for the query, once the caller may read its exact figures. */
  const signatoryReportFor = async (principal: Principal, id: string, query: SignatoryQuery) => {
    await requireExactFigures(store, principal, id);
    const report = await signatoryReport(store, id, {
      period: requestedPeriod(query, now()),
      filter: requestedFilter(query),
      now: now(),
    });
    if (!report) throw notFound(`signatory ${id}`);
    return report;
  };
  const app = new ApiRoutes<ApiEnv>()
    .openapi(routes.signatory, async (c) => {
      const { id } = c.req.valid('param');
      const report = await signatoryReportFor(c.get('principal'), id, c.req.valid('query'));
      return c.json(
        {
          signatory: report.signatory,
          period: report.period,
          previousPeriod: report.previousPeriod,
          filter: { ...report.filter } as Record<string, string>,
          baseline: report.baseline,
          ...exactValues(report.figures),
          charterStatus: report.charterStatus,
        },
        200,
      );
    })
    .openapi(routes.partnership, async (c) => {
      const query = c.req.valid('query');
      await requireExactFigures(store, c.get('principal'));
      const report = await partnershipReportFor(store, query, now());
      const order = orderOf(query);
      const { rows, ...figures } = exactValues(report.figures);
      return c.json(
        {
          partnership: report.partnership,
          period: report.period,
          previousPeriod: report.previousPeriod,
          filter: { ...report.filter } as Record<string, string>,
          baseline: report.baseline,
          ...figures,
          signatories: { sort: query.sort as RowSortKey, order, rows: sortRows(rows, query.sort, order) },
        },
        200,
      );
    });
  app.openapi(routes.months, async (c) => {
    const { id } = c.req.valid('param');
    const report = await signatoryReportFor(c.get('principal'), id, c.req.valid('query'));
    const { series } = exactValues(report.figures);
    return c.body(seriesCsv(id, series), 200, csvHeaders(`${id} ${report.period.key} by month exact figures`));
  });
  return app.openapi(routes.file, async (c) => {
    const query = c.req.valid('query');
    await requireExactFigures(store, c.get('principal'));
    const report = await partnershipReportFor(store, query, now());
    const { rows } = exactValues(report.figures);
    const file = overviewCsv(sortRows(rows, query.sort, orderOf(query)), report.period);
    return c.body(file, 200, csvHeaders(`${report.partnership.name} ${report.period.key} exact figures`));
  });
}
