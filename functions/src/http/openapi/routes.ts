/**
 * Routes declared once, for both validation and the OpenAPI document: `createRoute`
 * describes an operation (its path, parameters, body and responses as zod schemas),
 * `ApiRoutes.openapi` serves it with each part of the request validated, and keeps it in
 * `operations`, from which ./document.ts writes the OpenAPI document.
 *
 * A route's responses are declared apart from it, in a `*-responses.ts` module beside its
 * routes (`describeResponses`), which only the document imports (./responses.ts): the
 * Lambda never reads the response schemas, so they stay out of its bundle.
 *
 * The document generator is not part of this module, so the `api` Lambda does not load
 * it: the Lambda serves the document written when it was bundled (docs/decisions/0203).
 */
import type { Context, Env, MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import { validator } from 'hono/validator';
import type * as z from 'zod/mini';
import { validationProblem } from '../problem.ts';

type Schema = z.core.$ZodType;

export interface MediaType {
  schema: Schema;
}

export interface RouteConfig {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style, e.g. `/activities/{id}`. */
  path: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  request?: {
    params?: Schema;
    query?: Schema;
    /** Header names in lower case, as requests carry them. */
    headers?: Schema;
    /** A body is always required: a JSON body is validated against its schema. */
    body?: { content: Record<string, MediaType>; required: true; description?: string };
    /**
     * `handler`: the body is only read as JSON here; the handler's query checks it against
     * its schema together with every other rule, so that one problem lists every error
     * (docs/decisions/0019), and a caller who may not write is refused before any of them.
     */
    bodyCheck?: 'schema' | 'handler';
  };
  /** Given here only by routes that are not described in a `*-responses.ts` module (see `describeResponses`). */
  responses?: Responses;
}

export type Responses = Record<number, { description: string; content?: Record<string, MediaType> }>;

/** Declares an operation; its schemas type what the handler reads with `c.req.valid(...)`. */
export function createRoute<R extends RouteConfig>(route: R): R {
  return route;
}

type Request<R extends RouteConfig> = NonNullable<R['request']>;
type Nothing = Record<never, never>;
type Part<R extends RouteConfig, K extends string, Target extends string> =
  Request<R> extends Record<K, infer S extends Schema> ? Record<Target, z.output<S>> : Nothing;
type JsonBody<R extends RouteConfig> =
  Request<R> extends { bodyCheck: 'handler' }
    ? { json: unknown }
    : Request<R> extends { body: { content: { 'application/json': { schema: infer S extends Schema } } } }
      ? { json: z.output<S> }
      : Nothing;

/** What a route's handler reads with `c.req.valid(target)`. */
export type Validated<R extends RouteConfig> = Part<R, 'params', 'param'> &
  Part<R, 'query', 'query'> &
  Part<R, 'headers', 'header'> &
  JsonBody<R>;

export type RouteHandler<E extends Env, R extends RouteConfig> = (
  c: Context<E, string, { out: Validated<R> }>,
) => Response | Promise<Response>;

const where = { param: 'path', query: 'query', header: 'query', json: 'body' } as const;

/** Validates one part of the request; a failure is a 400 problem naming each field. */
function validate(target: keyof typeof where, schema: Schema): MiddlewareHandler {
  return validator(target, async (value: Record<string, unknown>) => {
    const result = await (schema as z.ZodMiniType).safeParseAsync(value);
    if (!result.success) throw validationProblem(result.error.issues, where[target]);
    return result.data;
  });
}

function validators(route: RouteConfig): MiddlewareHandler[] {
  const { params, query, headers, body, bodyCheck } = route.request ?? {};
  const checks: MiddlewareHandler[] = [];
  if (query) checks.push(validate('query', query));
  if (params) checks.push(validate('param', params));
  if (headers) checks.push(validate('header', headers));
  // Content types are checked before any route (middleware/request-guards.ts).
  const json = body?.content['application/json']?.schema;
  if (json && bodyCheck === 'handler') checks.push(validator('json', (value: unknown) => value));
  else if (json) checks.push(validate('json', json));
  return checks;
}

/** The responses of each route declared apart from it, and the route each mounted copy was declared as. */
const described = new WeakMap<RouteConfig, Responses>();
const declaredAs = new WeakMap<RouteConfig, RouteConfig>();

/**
 * Declares the responses of `routes`, for the document; in a `*-responses.ts` module that
 * only ./responses.ts imports, so the `api` Lambda's bundle leaves the schemas out.
 * @example describeResponses(routes, { signatory: { 200: { description: 'The figures', content: { ... } } } });
 */
export function describeResponses<K extends string>(
  routes: Record<K, RouteConfig>,
  responses: Record<K, Responses>,
): void {
  for (const key of Object.keys(responses) as K[]) described.set(routes[key], responses[key]);
}

/** An operation's responses, as declared with its route or described apart from it. */
export function responsesOf(operation: RouteConfig): Responses | undefined {
  return operation.responses ?? described.get(declaredAs.get(operation) ?? operation);
}

const joinPath = (prefix: string, path: string) => `${prefix}${path === '/' ? '' : path}` || '/';

/** A Hono app whose routes are declared with `createRoute`, and so documented. */
export class ApiRoutes<E extends Env> extends Hono<E> {
  /** Every operation served, with its full path, in the order declared. */
  readonly operations: RouteConfig[] = [];

  /** Serves `route` with `handler`, after validating its parameters and body. */
  openapi<R extends RouteConfig>(route: R, handler: RouteHandler<E, R>): this {
    this.operations.push(route);
    const path = route.path.replaceAll(/\/{(.+?)}/g, '/:$1');
    const on = this.on as (method: string, path: string, ...handlers: MiddlewareHandler[]) => unknown;
    on(route.method.toUpperCase(), path, ...validators(route), handler as unknown as MiddlewareHandler);
    return this;
  }

  /** Mounts `routes` under `prefix`, operations included. */
  add<SubEnv extends Env>(prefix: string, routes: ApiRoutes<SubEnv>): this {
    for (const operation of routes.operations) {
      const mounted = { ...operation, path: joinPath(prefix, operation.path) };
      declaredAs.set(mounted, declaredAs.get(operation) ?? operation);
      this.operations.push(mounted);
    }
    this.route(prefix, routes);
    return this;
  }
}

const components = new Map<string, Schema>();

/**
 * Names `schema` as a component of the OpenAPI document (`#/components/schemas/{name}`),
 * so the operations using it refer to it rather than repeat it.
 * @example export const problemSchema = component('Problem', z.object({ ... }));
 */
export function component<S extends Schema>(name: string, schema: S): S {
  components.set(name, schema);
  return schema;
}

/** The named components, for the document. */
export function namedComponents(): ReadonlyMap<string, Schema> {
  return components;
}
