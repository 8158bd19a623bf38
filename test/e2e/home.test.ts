import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(new URL('../artifacts/', import.meta.url), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('home page', () => {
  it('lists the signatories and draws the activity chart over its data table', async () => {
    const page = await browser.newPage();
    await page.goto(app.url);
    await expect(page.title()).resolves.toContain('Charter signatories');
    const names = await page.locator('[data-testid="signatories"] tbody th').allTextContents();
    expect(names).toHaveLength(12);
    expect(names).toContain('Oakfield Special School');
    expect(names).toContain('Demo City Parent Carer Forum');

    await page.locator('.app-chart canvas').waitFor();
    const rows = page.locator('[data-testid="chart-table"] tbody tr');
    await expect(rows.count()).resolves.toBe(24);
    await page.screenshot({ path: new URL('../artifacts/home.png', import.meta.url).pathname, fullPage: true });
    await page.close();
  });

  it('shows the same signatories and an open data table without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url);
    await expect(page.locator('[data-testid="signatories"] tbody tr').count()).resolves.toBe(12);
    await expect(page.locator('[data-testid="chart-table"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.app-chart').count()).resolves.toBe(0);
    await context.close();
  });
});
