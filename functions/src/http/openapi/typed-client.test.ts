/**
 * The OpenAPI document types what the API answers, not only what it accepts: a client
 * generated from it with a standard generator (openapi-typescript, with openapi-fetch to
 * call it, as a data team would) knows each record's fields and each metric figure, so
 * reading and writing records and reading figures type-checks, and a wrong type is refused.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Store } from '../../table/index.ts';

type SchemaObject = Record<string, unknown>;
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

let document: Document;
beforeAll(async () => {
  // As the app serves it, and as the `api` Lambda's copy is written (./write-document.ts).
  const app = createApp({ store: { tableName: 'unused' } as Store, version: 'test' });
  document = (await (await app.request('/api/openapi.json')).json()) as Document;
});

/** Every 2xx JSON response, as `METHOD path status` with its schema. */
function jsonResponses(): [string, SchemaObject | undefined][] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, { responses }]) =>
      Object.entries(responses)
        .filter(([status, response]) => status.startsWith('2') && response.content?.['application/json'])
        .map(([status, response]): [string, SchemaObject | undefined] => [
          `${method.toUpperCase()} ${path} ${status}`,
          response.content!['application/json']!.schema,
        ]),
    ),
  );
}

/** Says nothing of the value: `{}` (or only words about it), which a generator can only type as `unknown`. */
const constraining = ['type', '$ref', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'properties', 'items', 'not'];
const saysNothing = (schema: SchemaObject | undefined) =>
  schema === undefined || !constraining.some((keyword) => keyword in schema);

/** Where in `schema`, components followed once each, a value is left untyped. */
function untypedPlaces(schema: SchemaObject, at: string, seen: Set<string>, found: string[]): string[] {
  if (saysNothing(schema)) {
    found.push(at);
    return found;
  }
  const ref = schema.$ref as string | undefined;
  if (ref !== undefined) {
    const name = ref.replace('#/components/schemas/', '');
    if (!seen.has(name)) {
      seen.add(name);
      untypedPlaces(document.components.schemas[name]!, name, seen, found);
    }
    return found;
  }
  for (const [property, value] of Object.entries((schema.properties ?? {}) as Record<string, SchemaObject>))
    untypedPlaces(value, `${at}/${property}`, seen, found);
  if (schema.items) untypedPlaces(schema.items as SchemaObject, `${at}/items`, seen, found);
  // allOf only narrows its parent (a string's patterns, say), which says what it is already.
  for (const keyword of ['anyOf', 'oneOf'])
    ((schema[keyword] ?? []) as SchemaObject[]).forEach((member, i) =>
      untypedPlaces(member, `${at}/${keyword}/${i}`, seen, found),
    );
  return found;
}

describe('the responses in the OpenAPI document', () => {
  it('give every 2xx JSON response a schema that says what it is', () => {
    const responses = jsonResponses();
    expect(responses.length).toBeGreaterThan(40);
    expect(responses.filter(([, schema]) => saysNothing(schema)).map(([operation]) => operation)).toEqual([]);
  });

  it('type every value they answer, every metric figure included', () => {
    const seen = new Set<string>();
    const untyped = jsonResponses().flatMap(([operation, schema]) => untypedPlaces(schema!, operation, seen, []));
    expect(seen).toContain('PublicMetricFigures');
    expect(untyped).toEqual([]);
  });

  it('name each record as a component, used by its list, read, create and replace', () => {
    const records = {
      signatories: 'Signatory',
      baselines: 'PopulationBaseline',
      activities: 'Activity',
      loops: 'FeedbackLoop',
      assessments: 'Assessment',
      challenges: 'Challenge',
    };
    for (const [path, name] of Object.entries(records)) {
      const ref = { $ref: `#/components/schemas/${name}` };
      const json = (operation: Operation | undefined, status: number) =>
        operation?.responses[status]?.content?.['application/json']?.schema;
      const list = document.paths[`/api/v1/${path}`]!;
      const one = document.paths[`/api/v1/${path}/{id}`]!;
      expect(json(list.get, 200), path).toMatchObject({ properties: { items: { items: ref } } });
      expect(json(list.post, 201), path).toEqual(ref);
      expect(json(list.post, 200), path).toEqual(ref);
      expect(json(one.get, 200), path).toEqual(ref);
      expect(json(one.put, 200), path).toEqual(ref);
      const stored = document.components.schemas[name]!;
      expect(stored.required, name).toEqual(
        expect.arrayContaining(['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version']),
      );
    }
  });
});

/** Checks on each record's own fields, in TypeScript, about a record `r` read from the API. */
const records = [
  {
    path: 'signatories',
    fields: `const name: string = r.name;
    const status: 'signed' | 'working-towards' | 'awarded' | 'lapsed' = r.charterStatus;
    const expires: string | undefined = r.awardExpiresOn;
    const active: boolean = r.active;`,
  },
  {
    path: 'baselines',
    fields: `const year: number = r.year;
    const children: number = r.population.children;`,
  },
  {
    path: 'activities',
    fields: `const date: string = r.date;
    const principles: string[] = r.principles;
    // @ts-expect-error an activity's date is a string
    const wrongDate: number = r.date;`,
  },
  {
    path: 'loops',
    fields: `const raisedOn: string = r.raisedOn;
    const publication: 'waiting' | 'published' | undefined = r.publication?.status;`,
  },
  {
    path: 'assessments',
    fields: `const score: number | undefined = r.scores[0]?.score;
    const by: 'self' | 'reviewer' = r.by;`,
  },
  {
    path: 'challenges',
    fields: `const text: string = r.text;
    const publication: 'waiting' | 'published' | undefined = r.publication?.status;`,
  },
];

/** One call of each record operation, with what it answers typed as the record, and a wrong type refused. */
function callsOf({ path, fields }: (typeof records)[number]): string {
  const name = path.replace(/^./, (c) => c.toUpperCase());
  const read = (r: string) => `{
    const r = ${r};
    const version: number = r.version;
    const createdAt: string = r.createdAt;
    const updatedBy: string = r.updatedBy;
    // @ts-expect-error a version is a number
    const wrongVersion: string = r.version;
    ${fields}
  }`;
  return `
export async function call${name}(body: Body<'/api/v1/${path}'>, id: string, etag: string) {
  const list = await client.GET('/api/v1/${path}', { params: { query: { limit: 10, order: 'desc' } } });
  if (list.data) {
    const next: string | undefined = list.data.nextCursor;
    for (const item of list.data.items) ${read('item')}
  }
  const one = await client.GET('/api/v1/${path}/{id}', { params: { path: { id } } });
  if (one.data) ${read('one.data')}
  const created = await client.POST('/api/v1/${path}', { body });
  if (created.data) ${read('created.data')}
  const replaced = await client.PUT('/api/v1/${path}/{id}', { params: { path: { id }, header: { 'if-match': etag } }, body });
  if (replaced.data) ${read('replaced.data')}
}
`;
}

/** Type-checks `files` in a directory of their own that sees the workspace's packages; the diagnostics, as text. */
function typeCheck(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'typed-client-'));
  try {
    const packages = fileURLToPath(import.meta.resolve('openapi-fetch')).replace(/(.*\/node_modules)\/.*/, '$1');
    symlinkSync(packages, join(dir, 'node_modules'), 'dir');
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    const program = ts.createProgram([join(dir, 'calls.ts')], {
      strict: true,
      noUncheckedIndexedAccess: true,
      noUnusedLocals: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      allowImportingTsExtensions: true,
      noEmit: true,
      skipLibCheck: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName.replace(dir, '') ?? ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads of the metric answers' figures, exact and published: a count of people is a number
 * in an exact answer, and may be held back (`"<10"`, `"suppressed"`, `"year-only"`) in a
 * published one; a figure that may not exist is null then.
 */
const figureReads = `
export async function readFigures(id: string) {
  const exact = await client.GET('/api/v1/metrics/signatories/{id}', { params: { path: { id }, query: { period: '2026-Q1' } } });
  if (exact.data) {
    const participations: number = exact.data.metrics.reach.participations;
    const byChannel: number = exact.data.previous.reach.byChannel['online-survey'].participations;
    const closureRate: number | null = exact.data.metrics.impact.closureRate;
    const month: string | undefined = exact.data.series[0]?.month;
    const eligible: boolean = exact.data.charterStatus.eligibility.eligible;
    const flag: 'under' | 'over' | null | undefined = exact.data.metrics.inclusion.groups[0]?.flag;
    // @ts-expect-error a rate that may not exist is null then
    const rate: number = exact.data.metrics.impact.closureRate;
    // @ts-expect-error an exact count is a number
    const text: string = exact.data.metrics.reach.participations;
  }
  const overview = await client.GET('/api/v1/metrics/partnership', { params: { query: { period: '2026-Q1' } } });
  if (overview.data) {
    const rows: number[] = overview.data.signatories.rows.map((row) => row.participations);
  }
  const published = await client.GET('/api/v1/public/metrics/partnership', { params: { query: { period: 'FY2025' } } });
  if (published.data) {
    const row = published.data.signatories.rows[0];
    if (row) {
      const participations: number | string = row.participations;
      const feltListened: number | string | null = row.feltListened;
      // @ts-expect-error a published count may be held back
      const count: number = row.participations;
    }
    const total: number | string = published.data.metrics.reach.participations;
    const quarter: number | string | undefined = published.data.series[0]?.participations;
  }
}
`;

describe('a client generated from the OpenAPI document', () => {
  const header = [
    `import createClient from 'openapi-fetch';`,
    `import type { paths } from './api.ts';`,
    `const client = createClient<paths>({ baseUrl: 'https://equal-partners.example' });`,
  ];

  it('types the records it lists, reads, creates and replaces', { timeout: 120_000 }, async () => {
    const api = astToString(await openapiTS(document as unknown as OpenAPI3));
    const calls = [
      ...header,
      `type Body<P extends keyof paths> = paths[P] extends { post: { requestBody: { content: { 'application/json': infer B } } } } ? B : never;`,
      ...records.map(callsOf),
    ].join('\n');
    expect(typeCheck({ 'api.ts': api, 'calls.ts': calls })).toEqual([]);
  });

  it('types the figures of the metric answers, exact and published', { timeout: 120_000 }, async () => {
    const api = astToString(await openapiTS(document as unknown as OpenAPI3));
    expect(typeCheck({ 'api.ts': api, 'calls.ts': [...header, figureReads].join('\n') })).toEqual([]);
  });

  it('would refuse a wrong field, so the checks above can fail', { timeout: 120_000 }, async () => {
    const api = astToString(await openapiTS(document as unknown as OpenAPI3));
    const calls = `import type { paths } from './api.ts';
type Read = paths['/api/v1/activities/{id}']['get']['responses'][200]['content']['application/json'];
export const date = (r: Read): number => r.date;
`;
    expect(typeCheck({ 'api.ts': api, 'calls.ts': calls }).join('\n')).toMatch(/not assignable to type 'number'/);
  });
});
