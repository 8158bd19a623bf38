import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFixture, type ApiFixture } from '../../testing/api-fixture.ts';
import { openApiDocument } from './document.ts';
import { namedComponents } from './routes.ts';

let api: ApiFixture;
let document: {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};
beforeAll(async () => {
  api = await createApiFixture('openapi');
  document = (await (await api.app.request('/api/openapi.json')).json()) as typeof document;
});
afterAll(() => api.drop());

/** Every route the app serves, as `METHOD /path/{param}`, from Hono's own route table. */
function servedRoutes(): string[] {
  return api.app.routes
    .filter(
      (r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !['/api/openapi.json', '/api/docs'].includes(r.path),
    )
    .map((r) => `${r.method} ${r.path.replace(/\/:(\w+)/g, '/{$1}')}`);
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('lists every route the API serves', () => {
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const served = [...new Set(servedRoutes())];
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('writes each named component once, and refers to each', async () => {
    const names = [...namedComponents().keys()].sort();
    expect(names).toContain('Problem');
    expect(Object.keys(document.components.schemas).sort()).toEqual(names);
    const text = JSON.stringify(document);
    expect(names.filter((name) => !text.includes(`"#/components/schemas/${name}"`))).toEqual([]);
    // The ids the writer lends zod's registry are gone again, so it can write the document twice.
    expect(openApiDocument(api.app.operations, 'again').components?.schemas).toEqual(document.components.schemas);
  });

  it('has an interactive reference page', async () => {
    const response = await api.app.request('/api/docs');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('/api-docs/vendor/swagger-ui-bundle.js');
    expect(page).toContain('/api-docs/start.js');
  });
});
