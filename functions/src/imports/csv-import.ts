/**
 * `/api/v1/{activities,loops}:import-template` and `:import`: a resource's CSV template,
 * and the preview or commit of a file (./csv-import-queries.ts); `/api/v1/imports/{id}`:
 * where a committed file's import stands (./import-job.ts).
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
import { importStatus } from './import-queries.ts';

component('CsvRowError', csvRowError);
const preview = component('CsvImportPreview', csvImportPreview);
const importStatusSchema = component('ImportStatus', csvImportCommitted);

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
      'Without `commit=true`, checks the file and reports every row’s errors (a preview). With `commit=true`, refuses the file when any row has an error; otherwise starts an import that writes every row or none, and answers where it stands: follow `GET /api/v1/imports/{id}` (the `Location`) until its state is `complete` or `failed`. UTF-8 with or without a byte order mark.',
    security: bearer,
    request: {
      query: z.object({ commit: z._default(z.enum(['true', 'false']), 'false') }),
      body: { content: { 'text/csv': { schema: z.string() } }, required: true },
    },
    responses: {
      200: { description: 'The preview', content: { 'application/json': { schema: preview } } },
      202: {
        description: 'Started: where the import stands',
        content: { 'application/json': { schema: importStatusSchema } },
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
      if (commit === 'true') {
        const started = await queries.commit(deps, principal, input);
        c.header('Location', `/api/v1/imports/${started.id}`);
        return c.json(started, 202);
      }
      return c.json(await queries.preview(deps, principal, input), 200);
    });
}

const importStatusRoute = createRoute({
  method: 'get',
  path: '/imports/{id}',
  tags: ['Imports'],
  summary: 'Where an import stands',
  description:
    'An import started by `POST /api/v1/{activities,loops}:import?commit=true`: `pending` and `writing` while its rows are written, `undoing` while a failed import is taken back, then `complete` (every row written) or `failed` (nothing of it kept; `failure` says why). Only whoever started it, and the board’s admins, can read it.',
  security: bearer,
  request: { params: z.object({ id: z.string().check(z.maxLength(64)) }) },
  responses: {
    200: { description: 'Where the import stands', content: { 'application/json': { schema: importStatusSchema } } },
    ...pick(401, 404),
  },
});

/** `GET /api/v1/imports/{id}`: where an import stands (./import-job.ts). */
export function importStatusRoutes(deps: Pick<QueryDeps, 'store'>) {
  return new ApiRoutes<ApiEnv>().openapi(importStatusRoute, async (c) =>
    c.json(await importStatus(deps, c.get('principal'), c.req.valid('param')), 200),
  );
}
