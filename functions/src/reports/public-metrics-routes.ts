/**
 * The public figures (`/api/v1/public/metrics/...`): for anyone, on the publication grid
 * of docs/disclosure.md. Public periods are financial years and quarters; custom ranges,
 * months, calendar years and filters by channel or audience are refused here (signed-in
 * readers of exact figures have them), as their overlaps would difference down to small
 * counts of people (./public-report-queries.ts). The answers' schemas, every published
 * figure typed, are in ./report-schemas.ts, and the routes' responses in
 * ./public-metrics-responses.ts, which only the OpenAPI document imports.
 */
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import {
  publicPartnershipFile,
  publicPartnershipMetrics,
  publicPartnershipQuery as partnershipQuery,
  publicSignatoryMetrics,
  publicSignatoryQuartersFile,
  publicSignatoryQuery as signatoryQuery,
  signedInOnlyOf,
} from './public-report-queries.ts';
import { csvHeaders, signatoryParam } from './report-queries.ts';

const tag = 'Public metrics';
export const routes = {
  signatory: createRoute({
    method: 'get',
    path: '/public/metrics/signatories/{id}',
    summary: 'Every published figure for a signatory',
    tags: [tag],
    request: { params: signatoryParam, query: signatoryQuery },
  }),
  partnership: createRoute({
    method: 'get',
    path: '/public/metrics/partnership',
    summary: 'Every published figure for the partnership, with a row per signatory',
    tags: [tag],
    request: { query: partnershipQuery },
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
  }),
};

export function publicMetricsRoutes(deps: Pick<QueryDeps, 'store' | 'today'>) {
  const app = new ApiRoutes<ApiEnv>()
    .openapi(routes.signatory, async (c) => {
      const input = { ...signedInOnlyOf(c.req.query()), ...c.req.valid('query'), ...c.req.valid('param') };
      return c.json(await publicSignatoryMetrics(deps, c.get('principal'), input), 200);
    })
    .openapi(routes.partnership, async (c) => {
      const input = { ...signedInOnlyOf(c.req.query()), ...c.req.valid('query') };
      return c.json(await publicPartnershipMetrics(deps, c.get('principal'), input), 200);
    });
  app.openapi(routes.quarters, async (c) => {
    const input = { ...signedInOnlyOf(c.req.query()), ...c.req.valid('query'), ...c.req.valid('param') };
    const file = await publicSignatoryQuartersFile(deps, c.get('principal'), input);
    return c.body(file.text, 200, csvHeaders(file));
  });
  return app.openapi(routes.file, async (c) => {
    const input = { ...signedInOnlyOf(c.req.query()), ...c.req.valid('query') };
    const file = await publicPartnershipFile(deps, c.get('principal'), input);
    return c.body(file.text, 200, csvHeaders(file));
  });
}
