/**
 * The metrics API: every figure for a signatory or the whole partnership over a
 * period, with the previous period and a monthly series, read from rollups only.
 *
 * - `/api/v1/metrics/...`: exact figures, for board admins (and a signatory's own editors
 *   for that signatory, and reviewers where the board allows it), as the role policy decides;
 * - `/api/v1/public/metrics/...`: the same figures for anyone, through disclosure control.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  audiences,
  channels,
  disclose,
  exactValues,
  monthOf,
  monthsPeriod,
  parsePeriod,
  rowSortKeys,
  sectors,
  sortRows,
  trailingMonths,
  type ActivityFilter,
  type Audience,
  type Channel,
  type Period,
  type RowSortKey,
} from '@equal-partners/shared';
import type { Principal } from '../../auth/principal.ts';
import { partnershipReport } from '../../metrics/partnership-report.ts';
import { signatoryReport, type SignatoryReport } from '../../metrics/signatory-report.ts';
import { getPartnership, type Store } from '../../store/index.ts';
import type { ApiEnv } from '../env.ts';
import { bearer, pick } from '../openapi-shared.ts';
import { ProblemError } from '../problem.ts';
import { requireAllowed } from '../resources/record-routes.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Enter a month as YYYY-MM');

const periodQuery = {
  period: z
    .string()
    .max(20)
    .optional()
    .openapi({
      description:
        'A month (`2026-05`), calendar quarter (`2026-Q2`), financial quarter (`FY2026-Q1`, April to June 2026), ' +
        'year (`2026`) or financial year (`FY2026`). Or give `from` and `to`. Default: the 12 months to this month.',
    }),
  from: month.optional().openapi({ description: 'First month of a custom period (with `to`)' }),
  to: month.optional().openapi({ description: 'Last month of a custom period' }),
  audience: z.enum(audiences).optional().openapi({ description: 'Only activities with this audience' }),
  channel: z.enum(channels).optional().openapi({ description: 'Only activities through this channel' }),
};

const signatoryQuery = z.object(periodQuery);
const partnershipQuery = z.object({
  ...periodQuery,
  sector: z.enum(sectors).optional().openapi({ description: 'Only signatories of this sector' }),
  sort: z.enum(rowSortKeys).default('participations').openapi({ description: 'The column the rows are sorted by' }),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: descending, ascending for `name`' }),
});
const signatoryParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const periodSchema = z
  .object({
    kind: z.string(),
    key: z.string(),
    label: z.string(),
    from: z.string(),
    to: z.string(),
    start: z.string(),
    end: z.string(),
    asOf: z.string().openapi({ description: 'The day overdue loops and latest scores are taken on' }),
    partial: z.boolean().openapi({ description: 'Today falls within the period' }),
  })
  .openapi('MetricPeriod');

const figures = (description: string) => z.any().openapi({ description: `${description} (see docs/metrics.md)` });
const reportFields = {
  period: periodSchema,
  previousPeriod: periodSchema,
  filter: z.record(z.string(), z.string()),
  baseline: z.object({ year: z.number(), source: z.string() }).nullable(),
  metrics: figures('Reach, inclusion, impact and principles for the period'),
  previous: figures('The same for the previous period of equal length'),
  series: figures('One point per month, empty months as zeros'),
};
const signatoryMeta = z.object({
  id: z.string(),
  name: z.string(),
  sector: z.string(),
  charterStatus: z.string().openapi({ description: 'As of today: an award past its expiry reads `lapsed`' }),
});
const charterStanding = z
  .object({
    status: z.string().openapi({ description: 'As of today: an award past its expiry reads `lapsed`' }),
    awardedOn: z.string().optional().openapi({ description: 'The day of the award, for an award or a lapsed one' }),
    expiresOn: z.string().optional().openapi({ description: 'The day the award lapses (or lapsed) unless renewed' }),
  })
  .openapi('CharterStanding');
const signatoryResponse = z
  .object({
    signatory: signatoryMeta,
    ...reportFields,
    charterStatus: figures('Status and award eligibility over the last 12 months'),
  })
  .openapi('SignatoryMetrics');
const partnershipResponse = z
  .object({
    partnership: z.object({ name: z.string(), area: z.string() }),
    ...reportFields,
    signatories: z.object({
      sort: z.string(),
      order: z.enum(['asc', 'desc']),
      rows: figures('One row per signatory'),
    }),
  })
  .openapi('PartnershipMetrics');
const disclosure = z.object({ threshold: z.number(), rounding: z.number() }).openapi({
  description: 'Counts of people below `threshold` show as "<threshold", others are rounded to `rounding`',
});
const publicSignatoryResponse = z
  .object({
    signatory: signatoryMeta,
    ...reportFields,
    charterStatus: charterStanding,
    disclosure,
  })
  .openapi('PublicSignatoryMetrics');
const publicPartnershipResponse = partnershipResponse.extend({ disclosure }).openapi('PublicPartnershipMetrics');

/** The period a request asks for; its default is the 12 months to this month. */
function requestedPeriod(
  query: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  now: Date,
): Period {
  const invalid = (pointer: string, message: string) =>
    new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      [{ pointer, message }],
    );
  if (query.period !== undefined && (query.from !== undefined || query.to !== undefined)) {
    throw invalid('/period', 'Give either a period or from and to, not both');
  }
  if (query.period !== undefined) {
    const result = parsePeriod(query.period);
    if (!result.ok) throw invalid('/period', result.message);
    return result.period;
  }
  const to = query.to ?? monthOf(now.toISOString());
  if (query.from === undefined) return trailingMonths(to, 12);
  const result = monthsPeriod(query.from, to);
  if (!result.ok) throw invalid('/from', result.message);
  return result.period;
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

/** The charter status without award eligibility, which is for the board. */
function publicStanding({ status, awardedOn, expiresOn }: SignatoryReport['charterStatus']) {
  return { status, ...(awardedOn ? { awardedOn } : {}), ...(expiresOn ? { expiresOn } : {}) };
}

/** Refuses exact figures to anyone the policy does not allow them, under the partnership's settings. */
async function requireExactFigures(store: Store, principal: Principal, signatoryId?: string): Promise<void> {
  // Only a reviewer's answer depends on a setting; everyone else is decided without a read.
  const settings =
    principal.kind === 'user' && principal.role === 'reviewer' ? (await getPartnership(store))?.settings : {};
  requireAllowed(principal, 'read', 'metrics', signatoryId === undefined ? {} : { signatoryId }, settings);
}

const notFound = (what: string) =>
  new ProblemError(404, 'not-found', 'Not found', `There is no ${what}, or the partnership is not set up yet.`);

function routes(visibility: 'exact' | 'public') {
  const base = visibility === 'public' ? '/public/metrics' : '/metrics';
  const tag = visibility === 'public' ? 'Public metrics' : 'Metrics';
  const exact = visibility === 'exact';
  return {
    signatory: createRoute({
      method: 'get',
      path: `${base}/signatories/{id}`,
      summary: exact ? 'Every figure for a signatory (exact)' : 'Every figure for a signatory (disclosure-controlled)',
      tags: [tag],
      ...(exact ? { security: bearer } : {}),
      request: { params: signatoryParam, query: signatoryQuery },
      responses: {
        200: {
          description: 'The period, the previous period of equal length, and a monthly series',
          content: { 'application/json': { schema: exact ? signatoryResponse : publicSignatoryResponse } },
        },
        ...pick(400, 404, ...(exact ? ([401, 403] as const) : [])),
      },
    }),
    partnership: createRoute({
      method: 'get',
      path: `${base}/partnership`,
      summary: exact
        ? 'Every figure for the partnership, with a row per signatory (exact)'
        : 'Every figure for the partnership, with a row per signatory (disclosure-controlled)',
      tags: [tag],
      ...(exact ? { security: bearer } : {}),
      request: { query: partnershipQuery },
      responses: {
        200: {
          description: 'The period, the previous period, a monthly series and the signatories sorted as asked',
          content: { 'application/json': { schema: exact ? partnershipResponse : publicPartnershipResponse } },
        },
        ...pick(400, 404, ...(exact ? ([401, 403] as const) : [])),
      },
    }),
  };
}

export function metricsRoutes(store: Store, now: () => Date, visibility: 'exact' | 'public') {
  const route = routes(visibility);
  const exact = visibility === 'exact';
  return new OpenAPIHono<ApiEnv>()
    .openapi(route.signatory, async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      if (exact) await requireExactFigures(store, c.get('principal'), id);
      const report = await signatoryReport(store, id, {
        period: requestedPeriod(query, now()),
        filter: requestedFilter(query),
        now: now(),
      });
      if (!report) throw notFound(`signatory ${id}`);
      const meta = {
        signatory: report.signatory,
        period: report.period,
        previousPeriod: report.previousPeriod,
        filter: { ...report.filter } as Record<string, string>,
        baseline: report.baseline,
      };
      if (exact) return c.json({ ...meta, ...exactValues(report.figures), charterStatus: report.charterStatus }, 200);
      return c.json(
        {
          ...meta,
          ...disclose(report.figures, report.rules),
          charterStatus: publicStanding(report.charterStatus),
          disclosure: report.rules,
        },
        200,
      );
    })
    .openapi(route.partnership, async (c) => {
      const query = c.req.valid('query');
      if (exact) await requireExactFigures(store, c.get('principal'));
      const report = await partnershipReport(store, {
        period: requestedPeriod(query, now()),
        filter: requestedFilter(query),
        sector: query.sector,
        now: now(),
      });
      if (!report) throw notFound('partnership');
      const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
      const { rows, ...figures } = exact ? exactValues(report.figures) : disclose(report.figures, report.rules);
      return c.json(
        {
          partnership: report.partnership,
          period: report.period,
          previousPeriod: report.previousPeriod,
          filter: { ...report.filter } as Record<string, string>,
          baseline: report.baseline,
          ...figures,
          signatories: { sort: query.sort as RowSortKey, order, rows: sortRows(rows, query.sort, order) },
          ...(exact ? {} : { disclosure: report.rules }),
        },
        200,
      );
    });
}
