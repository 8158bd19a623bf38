/**
 * The security headers the app sends itself, on pages and API answers alike, as served by
 * the local server (in AWS, CloudFront adds the same to responses that bring none), and
 * pages that work under their policy: no script, style or request the policy refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A CSP header as directive -> sources. */
function directives(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(headers: Headers, what: string) {
  const hsts = headers.get('strict-transport-security') ?? '';
  expect(Number(/max-age=(\d+)/.exec(hsts)?.[1]), what).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy'), what).toContain('camera=()');
}

describe('security headers', () => {
  it('give every page a policy that limits scripts, forms, images and requests to this site', async () => {
    for (const path of ['/', '/public', '/sign-in', '/cy/cookies']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp['default-src'], path).toEqual(["'self'"]);
      expect(csp['form-action'], path).toEqual(["'self'"]);
      expect(csp['img-src'], path).toEqual(["'self'", 'data:']);
      expect(csp['connect-src'], path).toEqual(["'self'"]);
      expect(csp['frame-ancestors'], path).toEqual(["'none'"]);
      expect(csp['object-src'], path).toEqual(["'none'"]);
      // Inline scripts only by their hashes: never 'unsafe-inline'.
      expect(csp['script-src']?.[0], path).toBe("'self'");
      expect(csp['script-src'], path).not.toContain("'unsafe-inline'");
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('come with the API’s answers and problems', async () => {
    for (const path of ['/api/health', '/api/v1/signatories', '/api/v1/nothing-here']) {
      const response = await fetch(`${app.url}${path}`);
      expect(directives(response.headers.get('content-security-policy'))['default-src'], path).toEqual(["'self'"]);
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('refuse nothing the pages and the API reference need', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
    });
    await page.goto('/');
    await page.locator('.app-chart canvas').first().waitFor();
    // The chart's height comes in a style attribute, which the policy lets through.
    const height = await page
      .locator('.app-chart')
      .first()
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(100);
    await page.goto('/api/docs');
    await page.locator('.opblock').first().waitFor();
    expect(refused).toEqual([]);
    await context.close();
  });
});
