/**
 * The API sends its security headers itself, on every response (answers, problems, the
 * reference page), so they hold locally and behind any proxy, not only behind CloudFront.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { createApp } from './app.ts';

let store: TestStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await createTestStore('security-headers');
  app = createApp({ store, version: 'test' });
});
afterAll(() => store.drop());

/** A CSP header as directive -> values. */
function directives(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

const responses: [string, () => Response | Promise<Response>][] = [
  ['an answer', () => app.request('/api/health')],
  ['a list', () => app.request('/api/v1/signatories')],
  ['a problem', () => app.request('/api/v1/nothing-here')],
  ['a refusal', () => app.request('/api/v1/activities', { method: 'POST', body: '{}' })],
  ['the reference page', () => app.request('/api/docs')],
];

describe('the API’s security headers', () => {
  it.each(responses)('are on %s', async (_, request) => {
    const response = await request();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    const hsts = response.headers.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
    expect(hsts).toContain('includeSubDomains');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });
});
