/**
 * Pages are limited per client as the API is: a client that asks for too many pages in a
 * minute gets 429 with Retry-After, in English and Welsh, before any store lookup, while
 * a signed-in person keeps an allowance of their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date(), { rateLimitPerMinute: 8 }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the pages a client may ask for in a minute', () => {
  it('refuses an address over its allowance with 429 and Retry-After, and a signed-in session still has its own', async () => {
    // Signing in first: its pages count against the address until the session exists.
    const context = await signedInContext(browser, app.url, 'demo-commissioner', { javaScriptEnabled: false });
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 12 && !refused; i += 1) {
      const response = await fetch(`${app.url}/accessibility`);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(refused?.status).toBe(429);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const text = (await refused?.text()) ?? '';
    expect(text).toContain('Too many requests');
    expect(text).toContain('Gormod o geisiadau');
    // The person signed in from the same address is counted by their session, not the address.
    const own = await context.request.get('/', { maxRedirects: 0 });
    expect(own.status()).toBe(200);
    await context.close();
  });
});
