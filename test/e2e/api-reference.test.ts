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

describe('the interactive API reference', () => {
  it('loads from our own origin and lists the operations of the OpenAPI document', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url)) outside.push(request.url());
    });
    await page.goto(`${app.url}/api/docs`);
    await page.locator('.opblock').first().waitFor();
    const operations = await page.locator('.opblock-summary-path').allTextContents();
    expect(operations.map((o) => o.replace(/\u200b/g, ''))).toContain('/api/v1/activities:batch');
    expect(outside).toEqual([]);
    await page.close();
  });
});
