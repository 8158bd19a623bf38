/**
 * Whatever a client sends, the API answers with a problem, never a server error: every
 * operation in the OpenAPI document is called with generated path parameters, query
 * values, headers and bodies (fast-check): as the board admin, so that requests get past
 * authorisation into validation and the store, and as a signatory's editor and the
 * public, whose requests take the refusals and the narrower views. Values follow the document's schemas
 * most of the time (enums, dates, ids of records that exist) and are anything at all the
 * rest, so requests reach the checks deep inside the schemas, the store and the metrics
 * rather than stopping at the first field.
 *
 * The seed is fixed so that a run is repeatable; FUZZ_SEED=<n> and FUZZ_RUNS=<n> (12 per
 * operation for the admin by default) explore further.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  council,
  createApiFixture,
  forum,
  newActivity,
  newLoop,
  school,
  type ApiFixture,
} from '../testing/api-fixture.ts';

interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { type: string; schema?: Schema };
}

interface Document {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: RequestBody }>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RequestBody {
  content: Record<string, { schema?: Schema }>;
}

const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const runs = Number(process.env.FUZZ_RUNS ?? 12);
/** The admin gets `runs` requests per operation; the others, whose requests are refused sooner, half as many. */
const callers = ['admin', 'councilEditor', 'public'] as const;

let api: ApiFixture;
let document: Document;
let operations: Operation[] = [];
/** Ids of records that exist, by the collection they are in, so that generated requests reach them. */
const known: Record<string, string[]> = { signatories: [council, school, forum] };
beforeAll(async () => {
  // The per-client rate limit would soon answer every request with 429.
  api = await createApiFixture('no-server-errors', { rateLimitPerMinute: 1_000_000 });
  document = (await (await api.app.request('/api/openapi.json')).json()) as Document;
  for (const collection of ['activities', 'loops', 'assessments', 'challenges', 'baselines']) {
    const page = (await (await api.call('admin', 'GET', `/api/v1/${collection}?limit=3`)).json()) as {
      items: { id: string }[];
    };
    known[collection] = page.items.map((item) => item.id);
  }
  // Deletes last, so that the records the other operations refer to are still there, and
  // signing out after them, since it ends the caller's token for the rest of the run.
  operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => {
      const [type, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        ...(type ? { body: { type, ...(media?.schema ? { schema: media.schema } : {}) } } : {}),
      };
    }),
  );
  const order = (o: Operation) => (o.path.endsWith(':sign-out') ? 2 : o.method === 'DELETE' ? 1 : 0);
  operations.sort((a, b) => order(a) - order(b));
});
afterAll(() => api.drop());

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '..', '%', '%2F', 'null', '-1', '0', '1e309', '2026-02-30', '\u0000', 'x'.repeat(5000)),
);
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);
const day = fc
  .date({ min: new Date('2019-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const resolve = (schema: Schema | undefined): Schema =>
  (schema?.$ref ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema) ?? {};

/** The ids a field or parameter of this name may refer to, in the operation's collection. */
function idsFor(name: string, path: string): string[] {
  if (name === 'signatoryId') return known.signatories!;
  if (name !== 'id') return [];
  const collection = /\/api\/v1\/(?:public\/|metrics\/)?(\w+)/.exec(path)?.[1] ?? '';
  return known[collection] ?? known.signatories!;
}

/**
 * Values for a schema: mostly of the right shape (so requests get past the first check and
 * into the next), sometimes anything at all.
 */
function valuesFor(input: Schema | undefined, name: string, path: string, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  const types = ([] as string[]).concat(schema.type ?? []);
  const ids = idsFor(name, path);
  let shaped: fc.Arbitrary<unknown> | undefined;
  if (ids.length > 0) shaped = fc.constantFrom(...ids);
  else if (schema.enum) shaped = fc.constantFrom(...schema.enum);
  else if (schema.anyOf ?? schema.oneOf)
    shaped = fc.oneof(...(schema.anyOf ?? schema.oneOf)!.map((s) => valuesFor(s, name, path, depth + 1)));
  else if (types.includes('object') && depth < 4)
    shaped = fc.record(
      Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, s]) => [key, valuesFor(s, key, path, depth + 1)]),
      ),
      { requiredKeys: (schema.required ?? []).filter((key) => key in (schema.properties ?? {})) },
    );
  else if (types.includes('array') && depth < 4)
    shaped = fc.array(valuesFor(schema.items, name, path, depth + 1), { maxLength: 3 });
  else if (types.includes('string'))
    shaped =
      schema.format === 'date'
        ? day
        : schema.format === 'date-time'
          ? day.map((d) => `${d}T09:30:00.000Z`)
          : schema.format === 'email'
            ? fc.emailAddress()
            : text;
  else if (types.includes('integer')) shaped = fc.integer({ min: -2, max: 60 });
  else if (types.includes('number')) shaped = fc.double({ min: -2, max: 100, noNaN: true });
  else if (types.includes('boolean')) shaped = fc.boolean();
  return shaped ? fc.oneof({ weight: 4, arbitrary: shaped }, { weight: 1, arbitrary: anyValue }) : anyValue;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** Valid records to change one field of, so that the other fields pass and the write itself is reached. */
const validRecords: Record<string, (id: string) => Record<string, unknown>> = {
  '/api/v1/activities': newActivity,
  '/api/v1/loops': newLoop,
};
let nextId = 0;

function bodyFor(operation: Operation, body: NonNullable<Operation['body']>): fc.Arbitrary<string> {
  if (!body.type.includes('json')) return fc.oneof(text, fc.string({ maxLength: 400 }));
  const generated = valuesFor(body.schema, '', operation.path);
  const valid = validRecords[operation.path.replace(/\/\{id\}$/, '')];
  const properties = Object.entries(resolve(body.schema).properties ?? {});
  const oneFieldChanged =
    valid && properties.length > 0
      ? fc
          .constantFrom(...properties)
          .chain(([name, schema]) => valuesFor(schema, name, operation.path).map((value) => [name, value] as const))
          .map(([name, value]) => ({ ...valid(`fuzz-${(nextId += 1)}`), [name]: value }))
      : undefined;
  return (oneFieldChanged ? fc.oneof(generated, oneFieldChanged) : generated).map(
    (value) => JSON.stringify(value) ?? 'null',
  );
}

function requestFor(operation: Operation) {
  const values = (where: Parameter['in']) =>
    fc.record(
      Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === where)
          .map((p) => [p.name, valuesFor(p.schema, p.name, operation.path).map(asText)]),
      ),
      where === 'path' ? {} : { requiredKeys: [] },
    );
  return fc.record({
    path: values('path'),
    query: values('query'),
    headers: values('header'),
    ifMatch: fc.option(fc.oneof(fc.constantFrom('"1"', '"2"', '*'), text), { nil: undefined }),
    idempotencyKey: fc.option(fc.oneof({ weight: 1, arbitrary: text }, { weight: 3, arbitrary: fc.uuid() }), {
      nil: undefined,
    }),
    body: operation.body ? bodyFor(operation, operation.body) : fc.constant(undefined),
  });
}

/** Header values must be ByteStrings; anything else is refused by fetch before it reaches the API. */
const headerSafe = (value: string) => value.replace(/[^\x20-\x7e]/g, '?');

describe('the API never answers with a server error', () => {
  it('documents enough operations to be worth calling', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it(
    'answers generated requests to every operation with a status below 500, and errors as problems',
    async () => {
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (const caller of callers)
        for (const operation of operations) {
          await fc.assert(
            fc.asyncProperty(requestFor(operation), async (request) => {
              const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
                encodeURIComponent(request.path[name] ?? ''),
              );
              const query = new URLSearchParams(request.query as Record<string, string>).toString();
              const headers: Record<string, string> = {};
              for (const [name, value] of Object.entries(request.headers)) headers[name] = headerSafe(value as string);
              if (request.ifMatch !== undefined) headers['if-match'] = headerSafe(request.ifMatch);
              if (request.idempotencyKey !== undefined) headers['idempotency-key'] = headerSafe(request.idempotencyKey);
              if (operation.body) headers['content-type'] = operation.body.type;
              const url = query ? `${path}?${query}` : path;
              const response = await api.call(caller, operation.method, url, { body: request.body, headers });
              statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
              const where = `${caller}: ${operation.method} ${url} ${JSON.stringify(headers)} ${request.body?.slice(0, 300) ?? ''}`;
              if (response.status >= 500) failures.push(`${response.status} from ${where}: ${await response.text()}`);
              else if (
                response.status >= 400 &&
                !response.headers.get('content-type')?.includes('application/problem+json')
              )
                failures.push(`${response.status} without a problem body from ${where}`);
              return true;
            }),
            { seed, numRuns: caller === 'admin' ? runs : Math.ceil(runs / 2) },
          );
        }
      expect(failures.slice(0, 10)).toEqual([]);
      // The requests reached the routes' work, not only their first check: many succeeded.
      const count = (from: number, to: number) =>
        [...statuses].filter(([status]) => status >= from && status < to).reduce((sum, [, n]) => sum + n, 0);
      const total = count(0, 600);
      expect(count(200, 300) / total).toBeGreaterThan(0.1);
      expect(statuses.get(201) ?? 0).toBeGreaterThan(0);
      expect(statuses.get(429) ?? 0).toBe(0);
      if (process.env.FUZZ_RUNS) console.log(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
    },
    // Every operation, for every caller: the time grows with the API, and the machine may be shared.
    60_000 + runs * 8_000,
  );
});
