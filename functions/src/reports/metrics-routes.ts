/**
 * The metrics API: every figure for a signatory or the whole partnership over a
 * period, with the previous period and a monthly series, read from rollups only.
 *
 * `/api/v1/metrics/...` gives exact figures, for board admins and commissioners (and a
 * signatory's own editors for that signatory, and reviewers where the board allows it), as
 * the role policy decides, for any period and filter (./report-queries.ts). The public
 * figures are on the publication grid (./public-metrics-routes.ts). The answers' schemas,
 * every figure typed, are in ./report-schemas.ts, and the routes' responses in
 * ./metrics-responses.ts, which only the OpenAPI document imports.
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import {
  csvHeaders,
  partnershipMetrics,
  partnershipMetricsFile,
  partnershipQuery,
  signatoryMetrics,
  signatoryMonthsFile,
  signatoryParam,
  signatoryQuery,
} from './report-queries.ts';

export const routes = {
  signatory: createRoute({
    method: 'get',
    path: '/metrics/signatories/{id}',
    summary: 'Every figure for a signatory (exact)',
    tags: ['Metrics'],
    security: bearer,
    request: { params: signatoryParam, query: signatoryQuery },
  }),
  partnership: createRoute({
    method: 'get',
    path: '/metrics/partnership',
    summary: 'Every figure for the partnership, with a row per signatory (exact)',
    tags: ['Metrics'],
    security: bearer,
    request: { query: partnershipQuery },
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
  }),
};

export function metricsRoutes(deps: Pick<QueryDeps, 'store' | 'today'>) {
  const app = new ApiRoutes<ApiEnv>()
    .openapi(routes.signatory, async (c) => {
      const input = { ...c.req.valid('query'), ...c.req.valid('param') };
      return c.json(await signatoryMetrics(deps, c.get('principal'), input), 200);
    })
    .openapi(routes.partnership, async (c) =>
      c.json(await partnershipMetrics(deps, c.get('principal'), c.req.valid('query')), 200),
    );
  app.openapi(routes.months, async (c) => {
    const input = { ...c.req.valid('query'), ...c.req.valid('param') };
    const file = await signatoryMonthsFile(deps, c.get('principal'), input);
    return c.body(file.text, 200, csvHeaders(file));
  });
  return app.openapi(routes.file, async (c) => {
    const file = await partnershipMetricsFile(deps, c.get('principal'), c.req.valid('query'));
    return c.body(file.text, 200, csvHeaders(file));
  });
}
