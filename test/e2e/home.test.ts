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
    // Each name opens that organisation's public page.
    const school = page.locator('[data-testid="signatories"] tbody th a', { hasText: 'Oakfield Special School' });
    // The server writes links relative to the page and hydration may rewrite them from the root,
    // so the test checks where the link goes, not how its attribute is spelled.
    await expect(school.evaluate((a: HTMLAnchorElement) => a.pathname)).resolves.toBe(
      '/public/oakfield-special-school',
    );
    const links = await page.locator('[data-testid="signatories"] tbody th a').count();
    expect(links).toBe(12);

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

  it('lists every signatory when there are more than one page of the API’s list (201)', async () => {
    const signIn = await fetch(`${app.url}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'demo-board-admin' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const added = Array.from({ length: 189 }, (_, i) => `Load Test School ${String(i + 1).padStart(3, '0')}`);
    for (let start = 0; start < added.length; start += 25) {
      const statuses = await Promise.all(
        added.slice(start, start + 25).map(async (name) => {
          const response = await fetch(`${app.url}/api/v1/signatories`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              id: name.toLowerCase().replaceAll(' ', '-'),
              name,
              sector: 'education',
              signedOn: '2025-09-01',
            }),
          });
          return response.status;
        }),
      );
      expect(statuses.every((status) => status === 201)).toBe(true);
    }
    const page = await browser.newPage();
    await page.goto(app.url);
    const names = await page.locator('[data-testid="signatories"] tbody th').allTextContents();
    expect(names).toHaveLength(201);
    await expect(page.locator('.govuk-body-l').innerText()).resolves.toContain('201 organisations have signed');
    expect(names).toEqual(expect.arrayContaining(['Oakfield Special School', 'Load Test School 189']));
    await page.close();
  });
});
