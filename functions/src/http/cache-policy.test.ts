import { describe, expect, it } from 'vitest';
import { apiCacheControl, pageCacheControl, privateCacheControl, publicCacheControl } from './cache-policy.ts';

const anonymousRead = { method: 'GET', status: 200, signedIn: false, setsCookie: false };

describe('the cache policy', () => {
  it('names the public pages, in English and Welsh, and no other page', () => {
    for (const path of [
      '/',
      '/public',
      '/public/oakfield',
      '/cy/public',
      '/cy/public/oakfield',
      '/public/oakfield/annual/2025',
      '/cy/public/oakfield/annual/2025',
    ])
      expect(pageCacheControl({ ...anonymousRead, path }), path).toBe(publicCacheControl);
    for (const path of ['/accessibility', '/cookies', '/cy/accessibility', '/cy/cookies'])
      expect(pageCacheControl({ ...anonymousRead, path }), path).toBe(publicCacheControl);
    for (const path of [
      '/dashboard',
      '/manage/loops',
      '/admin',
      '/sign-in',
      '/cy',
      '/publicity',
      '/public/a/b',
      '/public/a/annual/x',
    ])
      expect(pageCacheControl({ ...anonymousRead, path }), path).toBe(privateCacheControl);
  });

  it('names the reads anyone makes, and no record a signatory keeps to itself', () => {
    for (const path of [
      '/api/v1/public/metrics/partnership',
      '/api/v1/partnership',
      '/api/v1/signatories',
      '/api/v1/signatories/oakfield',
      '/api/v1/baselines',
      '/api/v1/metrics/partnership/activities-by-month',
    ])
      expect(apiCacheControl({ ...anonymousRead, path }), path).toBe(publicCacheControl);
    for (const path of [
      '/api/v1/activities',
      '/api/v1/loops/one',
      '/api/v1/metrics/partnership',
      '/api/v1/me',
      '/api/health',
      '/api/v1/partnership/x',
    ])
      expect(apiCacheControl({ ...anonymousRead, path }), path).toBe(privateCacheControl);
  });

  it('keeps anything asked with credentials, written, failed or setting a cookie out of every cache', () => {
    const path = '/public';
    expect(pageCacheControl({ ...anonymousRead, path, method: 'HEAD' })).toBe(publicCacheControl);
    expect(pageCacheControl({ ...anonymousRead, path, signedIn: true })).toBe(privateCacheControl);
    expect(pageCacheControl({ ...anonymousRead, path, method: 'POST' })).toBe(privateCacheControl);
    expect(pageCacheControl({ ...anonymousRead, path, status: 404 })).toBe(privateCacheControl);
    expect(pageCacheControl({ ...anonymousRead, path, status: 304 })).toBe(privateCacheControl);
    expect(pageCacheControl({ ...anonymousRead, path, setsCookie: true })).toBe(privateCacheControl);
  });
});
