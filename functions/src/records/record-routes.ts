/**
 * The five routes every record resource has (list, get, create, replace, delete),
 * built from the record's schema so that the OpenAPI document is the same for all of
 * them. Each handler reads the request, calls its query or command in
 * ./record-queries.ts (validation, authorisation, reference checks, idempotent creates,
 * optimistic concurrency) and answers with its result. Each resource only says how to
 * list it and who it belongs to.
 */
import * as z from 'zod/mini';
import type { CursorSigner } from '../http/cursors.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, idParam, ifMatch, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError } from '../http/problem.ts';
import {
  createRecordCommand,
  deleteRecordCommand,
  listInputSchema,
  listRecordsQuery,
  readRecordQuery,
  replaceRecordCommand,
  type ListInput,
  type RecordResource,
  type ResourceDeps,
} from './record-queries.ts';

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an `If-Match` header names, if it was sent; a 400 problem if it is not an ETag. */
export function expectedVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!match)
    throw new ProblemError(400, 'validation', 'Invalid If-Match', 'If-Match must be the ETag you read, e.g. "3".');
  return Number(match[1]);
}

export function recordRoutes<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  cursors: CursorSigner,
) {
  const { path, tag, noun, schema, record: recordResponse } = resource;
  const recordSchema = schema as z.ZodMiniType;
  const security = bearer;
  const listDeps = { ...deps, cursors };

  const app = new ApiRoutes<ApiEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: `/${path}`,
      tags: [tag],
      summary: `List ${path}`,
      security,
      request: { query: listInputSchema(resource) },
      responses: {
        200: {
          description: `A page of ${path}; pass \`nextCursor\` back as \`cursor\` for the next`,
          content: {
            'application/json': {
              schema: z.object({ items: z.array(recordResponse), nextCursor: z.optional(z.string()) }),
            },
          },
        },
        ...pick(400, 401, 403),
      },
    }),
    async (c) => {
      const page = await listRecordsQuery(listDeps, resource, c.get('principal'), c.req.valid('query') as ListInput<Q>);
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `/${path}/{id}`,
      tags: [tag],
      summary: `Get one ${noun}`,
      security,
      request: { params: idParam },
      responses: {
        200: {
          description: `The ${noun}, with its version as the ETag`,
          content: { 'application/json': { schema: recordResponse } },
        },
        ...pick(401, 403, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { record, version } = await readRecordQuery(deps, resource, c.get('principal'), { id });
      c.header('ETag', etagOf(version));
      return c.json(record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `/${path}`,
      tags: [tag],
      summary: `Create a ${noun}`,
      description: `Creating with an id that exists and identical content returns the original (200), so a retry is safe; with different content, 409. Send \`Idempotency-Key\` to make any retry safe.`,
      security,
      request: {
        body: { content: { 'application/json': { schema: recordSchema } }, required: true },
        bodyCheck: 'handler',
      },
      responses: {
        201: { description: `Created`, content: { 'application/json': { schema: recordResponse } } },
        200: {
          description: `Already created with identical content: the original`,
          content: { 'application/json': { schema: recordResponse } },
        },
        ...pick(400, 401, 403, 409, 413, 415, 422),
      },
    }),
    async (c) => {
      const { id, record, version, created } = await createRecordCommand(deps, resource, c.get('principal'), {
        body: c.req.valid('json'),
      });
      c.header('ETag', etagOf(version));
      c.header('Location', `/api/v1/${path}/${encodeURIComponent(id)}`);
      return c.json(record, created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: `/${path}/{id}`,
      tags: [tag],
      summary: `Replace a ${noun}`,
      description: 'Send the ETag you read as If-Match; if the record changed since, 412.',
      security,
      request: {
        params: idParam,
        headers: ifMatch,
        body: { content: { 'application/json': { schema: recordSchema } }, required: true },
        bodyCheck: 'handler',
      },
      responses: {
        200: {
          description: 'Replaced; the new version is the ETag',
          content: { 'application/json': { schema: recordResponse } },
        },
        ...pick(400, 401, 403, 404, 412, 413, 415, 422, 428),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { record, version } = await replaceRecordCommand(deps, resource, c.get('principal'), {
        id,
        expectedVersion: expectedVersion(c.req.header('if-match')),
        body: c.req.valid('json'),
      });
      c.header('ETag', etagOf(version));
      return c.json(record, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: `/${path}/{id}`,
      tags: [tag],
      summary: `Delete a ${noun}`,
      description: 'If-Match is optional; when sent, the delete happens only if the record is still at that version.',
      security,
      request: { params: idParam, headers: ifMatch },
      responses: { 204: { description: 'Deleted' }, ...pick(401, 403, 404, 409, 412) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await deleteRecordCommand(deps, resource, c.get('principal'), {
        id,
        expectedVersion: expectedVersion(c.req.header('if-match')),
      });
      return c.body(null, 204);
    },
  );

  return app;
}
