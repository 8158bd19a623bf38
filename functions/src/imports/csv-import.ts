/**
 * `/api/v1/{activities,loops}:import-template` and `:import`: a resource's CSV template,
 * and the preview or commit of a file (./csv-import-queries.ts).
 */
import * as z from 'zod/mini';
import type { QueryDeps } from '../host.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import {
  csvImportCommitted,
  csvImportPreview,
  csvImportQueries,
  csvRowError,
  type CsvImport,
} from './csv-import-queries.ts';

component('CsvRowError', csvRowError);
const preview = component('CsvImportPreview', csvImportPreview);

export function csvImportRoutes(deps: Pick<QueryDeps, 'store' | 'today' | 'now'>, spec: CsvImport) {
  const queries = csvImportQueries(spec);

  const template = createRoute({
    method: 'get',
    path: `/${spec.path}:import-template`,
    tags: [spec.tag],
    summary: `The CSV template for importing ${spec.path}`,
    description: 'UTF-8 CSV with one column per field; lists are separated by semicolons, yes/no for booleans.',
    responses: { 200: { description: 'The header row', content: { 'text/csv': { schema: z.string() } } } },
  });

  const importRoute = createRoute({
    method: 'post',
    path: `/${spec.path}:import`,
    tags: [spec.tag],
    summary: `Import ${spec.path} from CSV`,
    description:
      'Without `commit=true`, checks the file and reports every row’s errors (a preview). With `commit=true`, writes every row, or nothing when any row has an error. UTF-8 with or without a byte order mark.',
    security: bearer,
    request: {
      query: z.object({ commit: z._default(z.enum(['true', 'false']), 'false') }),
      body: { content: { 'text/csv': { schema: z.string() } }, required: true },
    },
    responses: {
      200: { description: 'The preview', content: { 'application/json': { schema: preview } } },
      201: {
        description: 'Committed: every row written',
        content: { 'application/json': { schema: csvImportCommitted } },
      },
      ...pick(400, 401, 403, 413, 415, 422),
    },
  });

  return new ApiRoutes<ApiEnv>()
    .openapi(template, async (c) => {
      const { fileName, csv } = await queries.template(deps, c.get('principal'));
      c.header('Content-Disposition', `attachment; filename="${fileName}"`);
      return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    })
    .openapi(importRoute, async (c) => {
      const principal = c.get('principal');
      const { commit } = c.req.valid('query');
      const input = { csv: await c.req.text() };
      if (commit === 'true') return c.json(await queries.commit(deps, principal, input), 201);
      return c.json(await queries.preview(deps, principal, input), 200);
    });
}
