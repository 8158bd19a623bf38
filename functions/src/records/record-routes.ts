/**
 * The five routes every record resource has (list, get, create, replace, delete),
 * built from the record's schema so that validation, authorisation, reference checks,
 * idempotent creates, optimistic concurrency and the OpenAPI document are the same for
 * all of them. Each resource only says how to list it and who it belongs to.
 */
import * as z from 'zod/mini';
import { asZodIssues, checkReferences, type KnownIds } from '@equal-partners/shared';
import type { Context } from 'hono';
import { actorOf, type Principal } from '@equal-partners/shared';
import {
  authorize,
  authorizeAnyWrite,
  type Action,
  type Decision,
  type PolicySettings,
  type Resource,
  type Target,
} from '@equal-partners/shared';
import {
  createRecord,
  deleteRecord,
  getRecord,
  InvalidCursor,
  updateRecord,
  WriteRefused,
  type Page,
  type RecordKind,
  type Store,
} from '../table/index.ts';
import { listBinding, type CursorSigner } from '../http/cursors.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, idParam, ifMatch, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, createRoute } from '../http/openapi/routes.ts';
import { ProblemError, aNoun, fieldErrors } from '../http/problem.ts';
import { loadKnownIds } from './known-ids.ts';

export interface ResourceDeps {
  store: Store;
  /** The day figures and date checks are for (fixed by tests). */
  today: () => Date;
  /** The instant writes are stamped with. */
  now: () => Date;
}

type AnyRecord = Record<string, unknown> & { signatoryId?: string };

export interface RecordResource<Q extends z.ZodMiniObject> {
  /** The URL segment, e.g. `activities`. */
  path: string;
  tag: string;
  /** The singular name people read, e.g. `activity`. */
  noun: string;
  resource: Resource;
  kind: RecordKind<never>;
  /** What a client sends to create or replace one. */
  schema: z.ZodMiniType;
  /**
   * The record as stored and answered, after `view`: `schema` with the fields the store
   * adds and any the view derives. It is a named component of the OpenAPI document, so a
   * generated client types what it reads; responses are not validated against it.
   */
  record: z.ZodMiniType;
  /** The list's filters, besides `cursor` and `limit`. */
  listQuery: Q;
  list(
    deps: ResourceDeps,
    query: z.output<Q> & { cursor?: string; limit: number; order: 'asc' | 'desc' },
    principal: Principal,
  ): Promise<Page<AnyRecord>>;
  /** Who a record belongs to, for authorisation. */
  target?(record: AnyRecord): Target;
  /** The actions a replacement amounts to (a challenge's answer is `respond`, its closing `close`). */
  replaceActions?(before: AnyRecord, after: AnyRecord): Action[];
  /** Why a record may not be deleted (answered with 409), e.g. other records refer to it. */
  deleteRefusal?(deps: ResourceDeps, record: AnyRecord): Promise<string | undefined>;
  /** Shapes a record for the caller on `today` (a day, YYYY-MM-DD): removes what they may not see, adds what is derived. */
  view?(record: AnyRecord, principal: Principal, today: string): AnyRecord;
}

const defaultTarget = (record: AnyRecord): Target => ({
  signatoryId: record.signatoryId,
  by: record.by as Target['by'],
  reviewerId: record.reviewerId as string | undefined,
});

/** Throws the problem for a refused authorisation. */
export function requireAllowed(
  principal: Principal,
  action: Action,
  resource: Resource,
  target: Target,
  settings?: PolicySettings,
): void {
  refuseUnlessAllowed(authorize(principal, action, resource, target, settings));
}

/** Throws the problem for a caller who may write nothing at all, before any row of a batch or import is read. */
export function requireAnyWrite(principal: Principal): void {
  refuseUnlessAllowed(authorizeAnyWrite(principal));
}

function refuseUnlessAllowed(decision: Decision): void {
  if (!decision.allowed) {
    throw new ProblemError(
      decision.status,
      decision.status === 401 ? 'unauthenticated' : 'forbidden',
      decision.status === 401 ? 'Not signed in' : 'Not allowed',
      decision.reason,
    );
  }
}

/** Validates a body against a schema and the partnership's ids; throws 400 or 422 problems. */
/** The record in a request body, or a 400 problem listing every field that breaks the schema. */
export function parseRecord(schema: z.ZodMiniType, body: unknown, prefix = ''): AnyRecord {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The request body has errors: fix each field listed.',
      fieldErrors(parsed.error.issues, prefix),
    );
  }
  return parsed.data as AnyRecord;
}

/**
 * A 422 problem when the record refers to a signatory, principle or group that does not
 * exist, or has a date after `today`. Asked after permission, with the ids loaded once
 * per request (a batch checks every item against the same load).
 */
export function requireKnownReferences(record: AnyRecord, known: KnownIds, today: Date, prefix = ''): void {
  const issues = checkReferences(record, known, today);
  if (issues.length > 0) {
    throw new ProblemError(
      422,
      'invalid-reference',
      'The record breaks a rule',
      'The record refers to something that does not exist or has a date in the future.',
      fieldErrors(asZodIssues(issues), prefix),
    );
  }
}

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

/** Maps a refused write to its problem. */
export function refusalProblem(error: WriteRefused, noun: string, id: string): ProblemError {
  switch (error.refusal.reason) {
    case 'conflict':
      return new ProblemError(
        409,
        'conflict',
        'Already exists',
        `${aNoun(noun)} with the id "${id}" already exists with different content. Use a new id, or update it with PUT.`,
      );
    case 'not-found':
      return new ProblemError(404, 'not-found', 'Not found', `There is no ${noun} with the id "${id}".`);
    case 'version-mismatch':
      return new ProblemError(
        412,
        'precondition-failed',
        'Changed since you read it',
        `The ${noun} "${id}" is now at version ${error.refusal.current}. Read it again and reapply your change.`,
      );
  }
}

export function recordRoutes<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  cursors: CursorSigner,
) {
  const { path, tag, noun, kind, schema, record: recordResponse } = resource;
  const targetOf = resource.target ?? defaultTarget;
  const view = (record: AnyRecord, principal: Principal) =>
    resource.view ? resource.view(record, principal, deps.today().toISOString().slice(0, 10)) : record;
  const recordSchema = schema as z.ZodMiniType;
  const security = bearer;

  const app = new ApiRoutes<ApiEnv>();

  /**
   * The record, when the caller may read it. A record they may not read (another
   * organisation's) answers exactly as one that does not exist, so ids cannot be probed;
   * a caller who may read no such record at all is told so (401, 403) either way.
   */
  const load = async (c: Context<ApiEnv>, id: string) => {
    const principal = c.get('principal');
    const record = (await getRecord(deps.store, kind, id)) as AnyRecord | undefined;
    if (record && authorize(principal, 'read', resource.resource, targetOf(record)).allowed) return record;
    requireAllowed(
      principal,
      'read',
      resource.resource,
      principal.kind === 'public' ? {} : { signatoryId: principal.signatoryId },
    );
    throw new ProblemError(404, 'not-found', 'Not found', `There is no ${noun} with the id "${id}".`);
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: `/${path}`,
      tags: [tag],
      summary: `List ${path}`,
      security,
      request: {
        query: z.extend(resource.listQuery, {
          cursor: z.optional(
            z
              .string()
              .check(
                z.maxLength(2000),
                z.describe('The `nextCursor` of the previous page of this list, with the same filters'),
              ),
          ),
          limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
          order: z._default(
            z
              .enum(['asc', 'desc'])
              .check(z.describe('By date, or by id where a record has no date: `desc` lists the newest first')),
            'asc',
          ),
        }),
      },
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
      const principal = c.get('principal');
      const query = c.req.valid('query') as z.output<Q> & {
        cursor?: string;
        limit: number;
        order: 'asc' | 'desc';
        signatoryId?: string;
      };
      // Signatory editors list their own organisation's records unless they name another (and are refused).
      if (
        query.signatoryId === undefined &&
        principal.kind !== 'public' &&
        principal.role === 'signatory-editor' &&
        'signatoryId' in resource.listQuery.shape
      ) {
        query.signatoryId = principal.signatoryId;
      }
      requireAllowed(principal, 'read', resource.resource, { signatoryId: query.signatoryId });
      const { from, to } = query as { from?: string; to?: string };
      if (from !== undefined && to !== undefined && to < from) {
        throw new ProblemError(
          400,
          'validation',
          'Your request has errors',
          'The query string has errors: fix each field listed.',
          [{ pointer: '/to', message: `The last date (${to}) is before the first date (${from})` }],
        );
      }
      const invalidCursor = (message: string) =>
        new ProblemError(400, 'validation', 'Invalid cursor', message, [{ pointer: '/cursor', message }]);
      // A cursor is followed only for the list it was issued for, so the store never sees a key of another.
      const binding = listBinding(path, query);
      const { cursor: signed, ...filters } = query;
      const cursor = signed ? cursors.open(binding, signed) : undefined;
      if (signed && cursor === undefined) {
        throw invalidCursor(
          'The cursor is not one this API issued for this list: pass back the nextCursor of the previous page with the same filters, or leave it out to start from the first page.',
        );
      }
      try {
        const page = await resource.list(
          deps,
          { ...filters, ...(cursor ? { cursor } : {}) } as typeof query,
          principal,
        );
        return c.json(
          {
            items: page.items.map((r) => view(r, principal)),
            ...(page.nextCursor ? { nextCursor: cursors.sign(binding, page.nextCursor) } : {}),
          },
          200,
        );
      } catch (error) {
        if (error instanceof InvalidCursor) throw invalidCursor(error.message);
        throw error;
      }
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
      const record = await load(c, id);
      c.header('ETag', etagOf(Number(record.version)));
      return c.json(view(record, c.get('principal')), 200);
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
      request: { body: { content: { 'application/json': { schema: recordSchema } }, required: true } },
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
      const principal = c.get('principal');
      const input = parseRecord(schema, c.req.valid('json'));
      requireAllowed(principal, 'create', resource.resource, targetOf(input));
      requireKnownReferences(input, await loadKnownIds(deps.store), deps.today());
      const id = kind.idOf(input as never);
      try {
        const { record, created } = await createRecord(
          deps.store,
          kind as RecordKind<AnyRecord>,
          input,
          actorOf(principal),
          deps.now(),
        );
        c.header('ETag', etagOf(record.version));
        c.header('Location', `/api/v1/${path}/${encodeURIComponent(id)}`);
        return c.json(view(record, principal), created ? 201 : 200);
      } catch (error) {
        if (error instanceof WriteRefused) throw refusalProblem(error, noun, id);
        throw error;
      }
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
      const principal = c.get('principal');
      const { id } = c.req.valid('param');
      const version = expectedVersion(c.req.header('if-match'));
      const input = parseRecord(schema, c.req.valid('json'));
      if (kind.idOf(input as never) !== id) {
        throw new ProblemError(
          400,
          'validation',
          'Your request has errors',
          'The id in the body must match the id in the address.',
          [{ pointer: '/id', message: `Expected "${id}"` }],
        );
      }
      const before = await load(c, id);
      for (const action of resource.replaceActions?.(before, input) ?? ['update']) {
        requireAllowed(principal, action, resource.resource, targetOf(before));
        requireAllowed(principal, action, resource.resource, targetOf(input));
      }
      requireKnownReferences(input, await loadKnownIds(deps.store), deps.today());
      if (version === undefined) {
        throw new ProblemError(
          428,
          'precondition-required',
          'If-Match required',
          `Send If-Match with the ETag you read (currently ${etagOf(Number(before.version))}), so a change made since is not overwritten.`,
        );
      }
      try {
        const { record } = await updateRecord(
          deps.store,
          kind as RecordKind<AnyRecord>,
          id,
          input,
          version,
          actorOf(principal),
          deps.now(),
        );
        c.header('ETag', etagOf(record.version));
        return c.json(view(record, principal), 200);
      } catch (error) {
        if (error instanceof WriteRefused) throw refusalProblem(error, noun, id);
        throw error;
      }
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
      const principal = c.get('principal');
      const { id } = c.req.valid('param');
      const version = expectedVersion(c.req.header('if-match'));
      const before = await load(c, id);
      requireAllowed(principal, 'delete', resource.resource, targetOf(before));
      const refusal = await resource.deleteRefusal?.(deps, before);
      if (refusal) throw new ProblemError(409, 'conflict', `The ${noun} cannot be deleted`, refusal);
      try {
        await deleteRecord(deps.store, kind as RecordKind<AnyRecord>, id, version, actorOf(principal), deps.now());
      } catch (error) {
        if (error instanceof WriteRefused) throw refusalProblem(error, noun, id);
        throw error;
      }
      return c.body(null, 204);
    },
  );

  return app;
}
