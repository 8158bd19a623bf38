import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, type ApiFixture, type Caller } from '../../testing/api-fixture.ts';
import { privateCacheControl, publicCacheControl, sharedCacheSeconds } from '../cache-policy.ts';

let api: ApiFixture;

beforeAll(async () => {
  api = await createApiFixture('cache-control');
});
afterAll(() => api.drop());

/** The reads anyone makes, whose answer is the same for everyone without credentials. */
const publicReads = [
  '/api/v1/partnership',
  '/api/v1/signatories',
  `/api/v1/signatories/${council}`,
  '/api/v1/baselines',
  '/api/v1/metrics/partnership/activities-by-month',
  '/api/v1/public/metrics/partnership',
  '/api/v1/public/metrics/partnership.csv',
  `/api/v1/public/metrics/signatories/${council}`,
  `/api/v1/public/signatories/${council}/loops`,
  `/api/v1/public/signatories/${council}/challenges`,
];

async function headersOf(caller: Caller, method: string, path: string) {
  const response = await api.call(caller, method, path);
  await response.body?.cancel();
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    vary: response.headers.get('vary'),
  };
}

describe('Cache-Control on API answers', () => {
  it('lets CloudFront keep a public read asked without credentials for five minutes, and browsers none', async () => {
    expect(publicCacheControl).toBe(`public, max-age=0, s-maxage=${sharedCacheSeconds}`);
    expect(sharedCacheSeconds).toBe(300);
    for (const path of publicReads) {
      for (const method of ['GET', 'HEAD']) {
        const seen = await headersOf('public', method, path);
        expect(seen, `${method} ${path}`).toEqual({
          status: 200,
          cacheControl: publicCacheControl,
          vary: 'Authorization',
        });
      }
    }
  });

  it('keeps the same reads out of every cache when they carry a token or an API key', async () => {
    for (const caller of ['admin', 'reviewer', 'councilKey'] as const) {
      for (const path of publicReads) {
        const seen = await headersOf(caller, 'GET', path);
        expect(seen.cacheControl, `${caller} ${path}`).toBe(privateCacheControl);
        expect(seen.vary, `${caller} ${path}`).toBe('Authorization');
      }
    }
  });

  it('keeps errors, writes and every other answer out of every cache', async () => {
    const cases: [Caller, string, string, number][] = [
      ['public', 'GET', '/api/v1/activities', 401],
      ['public', 'GET', '/api/v1/signatories/no-such-signatory', 404],
      ['public', 'GET', '/api/v1/public/metrics/signatories/no-such-signatory', 404],
      ['public', 'GET', '/api/v1/signatories?limit=not-a-number', 400],
      ['public', 'GET', '/api/v1/nothing-here', 404],
      // A POST with no body from the public: refused as not signed in (401) before the body is read.
      ['public', 'POST', '/api/v1/signatories', 401],
      // A POST with no body from someone who may write: the body is missing (400).
      ['admin', 'POST', '/api/v1/signatories', 400],
      ['public', 'GET', '/api/health', 200],
      ['admin', 'GET', '/api/v1/activities', 200],
      ['admin', 'GET', '/api/v1/metrics/partnership', 200],
    ];
    for (const [caller, method, path, status] of cases) {
      const seen = await headersOf(caller, method, path);
      expect(seen, `${caller} ${method} ${path}`).toMatchObject({ status, cacheControl: privateCacheControl });
    }
  });

  it('keeps a public read out of shared caches when the request carries a token that is not valid', async () => {
    const response = await api.app.request('/api/v1/partnership', { headers: { authorization: 'Bearer not-a-token' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe(privateCacheControl);
  });
});
