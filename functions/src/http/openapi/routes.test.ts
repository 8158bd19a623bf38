import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { problemResponse, toProblem } from '../problem.ts';
import { ApiRoutes, createRoute } from './routes.ts';

z.config(en());

const route = createRoute({
  method: 'put',
  path: '/things/{id}',
  request: {
    params: z.object({ id: z.string().check(z.minLength(3)) }),
    query: z.object({ limit: z._default(z.coerce.number().check(z.int(), z.maximum(10)), 5) }),
    headers: z.object({ 'if-match': z.optional(z.string().check(z.regex(/^"\d+"$/))) }),
    body: { content: { 'application/json': { schema: z.object({ name: z.string() }) } }, required: true },
  },
  responses: { 200: { description: 'What the handler read' } },
});

function things() {
  const app = new ApiRoutes();
  app.openapi(route, (c) =>
    c.json({
      id: c.req.valid('param').id,
      limit: c.req.valid('query').limit,
      ifMatch: c.req.valid('header')['if-match'],
      name: c.req.valid('json').name,
    }),
  );
  return app;
}

function served() {
  const app = new ApiRoutes();
  app.add('/api', things());
  app.onError((error, c) => problemResponse(c, toProblem(error)));
  return app;
}

const put = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  served().request(path, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('routes declared with createRoute', () => {
  it('hand the handler each part of the request as its schema parsed it', async () => {
    const response = await put('/api/things/abc?limit=7', { name: 'Ann', extra: true }, { 'If-Match': '"3"' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'abc', limit: 7, ifMatch: '"3"', name: 'Ann' });
    const defaults = await put('/api/things/abc', { name: 'Ann' });
    expect(await defaults.json()).toMatchObject({ limit: 5 });
  });

  it('answer a part that fails its schema with a 400 problem naming the field', async () => {
    const cases = [
      ['/api/things/ab', { name: 'Ann' }, 'The address has errors: fix each field listed.', '/id'],
      ['/api/things/abc?limit=11', { name: 'Ann' }, 'The query string has errors: fix each field listed.', '/limit'],
      ['/api/things/abc', { name: 7 }, 'The request body has errors: fix each field listed.', '/name'],
    ] as const;
    for (const [path, body, detail, pointer] of cases) {
      const response = await put(path, body);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { detail: string; errors: { pointer: string }[] };
      expect(problem.detail).toBe(detail);
      expect(problem.errors.map((e) => e.pointer)).toEqual([pointer]);
    }
    const badHeader = await put('/api/things/abc', { name: 'Ann' }, { 'If-Match': 'three' });
    expect(badHeader.status).toBe(400);
  });

  it('keep every operation served, with the path it is served at', () => {
    const app = new ApiRoutes();
    app.add('/api/v1', things());
    app.add(
      '/api/health',
      new ApiRoutes().openapi({ ...route, method: 'get', path: '/' }, (c) => c.text('ok')),
    );
    expect(app.operations.map((o) => `${o.method} ${o.path}`)).toEqual(['put /api/v1/things/{id}', 'get /api/health']);
    // Hono lists each validator and the handler under the same method and path.
    expect([...new Set(app.routes.map((r) => `${r.method} ${r.path}`))]).toEqual([
      'PUT /api/v1/things/:id',
      'GET /api/health',
    ]);
  });
});
