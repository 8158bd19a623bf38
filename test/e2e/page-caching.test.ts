/**
 * Which caches may keep each page: the public pages, asked by someone not signed in, may be
 * kept by CloudFront for five minutes (and by no browser); the same pages for someone
 * signed in, and every other page, error and redirect, by no cache at all (docs/decisions/0208).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser } from 'playwright-core';
import { privateCacheControl, publicCacheControl } from '@equal-partners/functions/cache-policy';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
const school = 'oakfield-special-school';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const publicPages = [
  '/',
  '/public',
  '/public?sort=name',
  `/public/${school}`,
  '/cy/public',
  `/cy/public/${school}`,
  '/accessibility',
  '/cookies',
  '/cy/accessibility',
  '/cy/cookies',
];

async function headersOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const headers = response.headers();
  return {
    status: response.status(),
    cacheControl: headers['cache-control'],
    vary: headers.vary,
    setCookie: headers['set-cookie'],
  };
}

describe('Cache-Control on pages', () => {
  it('lets CloudFront keep the public pages for visitors who are not signed in', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    for (const path of publicPages) {
      const seen = await headersOf(visitor.request, path);
      expect(seen, path).toMatchObject({ status: 200, cacheControl: publicCacheControl, setCookie: undefined });
      expect(seen.vary, path).toMatch(/\bCookie\b/);
    }
    await visitor.close();
  });

  it('keeps the same pages out of every cache for someone signed in, whose pages greet them', async () => {
    const signedIn = await signedInContext(browser, app.url, 'demo-school-editor');
    for (const path of publicPages) {
      const seen = await headersOf(signedIn.request, path);
      expect(seen, path).toMatchObject({ status: 200, cacheControl: privateCacheControl });
      expect(seen.vary, path).toMatch(/\bCookie\b/);
    }
    const page = await signedIn.newPage();
    await page.goto('/public');
    await expect(page.getByRole('banner').innerText()).resolves.toContain('Sign out');
    await signedIn.close();
  });

  it('keeps a page out of every cache when the request brings a session that has ended', async () => {
    const stale = await browser.newContext({ baseURL: app.url });
    await stale.addCookies([{ name: 'ep_session', value: 'bm90LWEtc2Vzc2lvbg', url: app.url }]);
    const seen = await headersOf(stale.request, '/public');
    expect(seen).toMatchObject({ status: 200, cacheControl: privateCacheControl });
    await stale.close();
  });

  it('keeps every other page, redirect and error out of every cache', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    for (const [path, status] of [
      ['/sign-in', 200],
      ['/dashboard', 303],
      ['/manage', 303],
      ['/admin', 303],
      ['/public/no-such-signatory', 404],
      ['/no-such-page', 404],
      // What a page's script asks for between pages: SvelteKit keeps it out of caches itself.
      ['/public/__data.json', 200],
    ] as const) {
      const seen = await headersOf(visitor.request, path);
      expect(seen, path).toMatchObject({ status, cacheControl: privateCacheControl });
    }
    await visitor.close();
  });
});
