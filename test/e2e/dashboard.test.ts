/**
 * The board's partnership overview and the signed-in signatory pages, walked as each
 * role: the board admin and commissioners see every signatory's exact figures, a
 * signatory's editors their own organisation's, and everyone else (reviewers, other
 * editors, the public) is sent to the public page. Every page passes axe at WCAG 2.2 AA, works without
 * JavaScript, and can be used with the keyboard alone.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { signedInContext, type DemoAccount } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const school = 'oakfield-special-school';
const council = 'demo-city-council-childrens-services';
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
  await app?.stop();
});

type Reader = DemoAccount | 'public';

/** One signed-in context per reader and way of browsing, kept for the whole file. */
async function contextFor(
  reader: Reader,
  options: { javaScriptEnabled?: boolean; scripts?: boolean; width?: number } = {},
): Promise<BrowserContext> {
  const key = `${reader}:${options.javaScriptEnabled ?? true}:${options.scripts ?? true}:${options.width ?? 1280}`;
  let context = contexts.get(key);
  if (!context) {
    const settings = {
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    };
    context =
      reader === 'public'
        ? await browser.newContext({ baseURL: app.url, ...settings })
        : await signedInContext(browser, app.url, reader, settings);
    // Blocking the page's scripts shows what a browser without JavaScript renders, while axe still runs.
    if (options.scripts === false) await context.route('**/*.js', (route) => route.abort());
    contexts.set(key, context);
  }
  return context;
}

async function open(reader: Reader, path: string, options: Parameters<typeof contextFor>[1] = {}): Promise<Page> {
  const page = await (await contextFor(reader, options)).newPage();
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  return page;
}

/** Waits for a chart to be drawn: charts are drawn as they come near the screen. */
async function drawn(page: Page, testId: string) {
  const figure = page.locator(`[data-testid="${testId}"]`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('.app-chart canvas').waitFor();
}

/** Scrolls through the page so every chart is drawn (for screenshots). */
async function drawAll(page: Page) {
  for (const testId of await page
    .locator('figure[data-testid]')
    .evaluateAll((figures) => figures.map((f) => f.getAttribute('data-testid')!))) {
    await drawn(page, testId);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The exact figures the API gives a demo account, to compare the page with. */
async function exactMetrics(account: DemoAccount, path: string) {
  const context = await browser.newContext({ baseURL: app.url });
  const signIn = await context.request.post('/api/dev/sign-in', { data: { userId: account } });
  const { token } = (await signIn.json()) as { token: string };
  const response = await context.request.get(path, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { metrics: { reach: { participations: number } } };
  await context.close();
  return body;
}

describe('partnership overview, as the board admin', () => {
  it('shows every signatory with change and rating, headline trends and a chart, and passes axe', async () => {
    const home = await open('demo-board-admin', '/');
    await home.getByRole('link', { name: 'Partnership overview' }).click();
    await home.waitForURL(`${app.url}/dashboard`);
    await home.close();
    const page = await open('demo-board-admin', '/dashboard');
    await expect(page.locator('h1').innerText()).resolves.toBe('Partnership overview');
    const rows = page.locator('[data-testid="overview"] tbody tr');
    await expect(rows.count()).resolves.toBe(12);
    // Default sort: participations, highest first.
    const reach = (await rows.locator('td:nth-child(2) [data-people]').allInnerTexts()).map((t) =>
      Number(t.replace(/,/g, '')),
    );
    expect(reach).toEqual([...reach].sort((a, b) => b - a));
    // Each figure: value, change in words, rating in words.
    const firstCell = await rows.first().locator('td').first().innerText();
    expect(firstCell).toMatch(/(up|down) \d+%|no change|new this period/);
    expect(firstCell).toMatch(/Green|Amber|Red/);
    await expect(
      page.locator('[data-testid="card-participations"] svg path').first().getAttribute('d'),
    ).resolves.toMatch(/^M/);
    await drawn(page, 'monthly-chart');
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}overview.png`, fullPage: true });
    await page.close();
  });

  it('filters by sector and period with a GET form, and sorts by any column on the server', async () => {
    const page = await open('demo-board-admin', '/dashboard', { javaScriptEnabled: false });
    await page.locator('#sector').selectOption('education');
    await page.locator('[data-testid="period-form"] button').click();
    await page.waitForURL(/sector=education/);
    const rows = page.locator('[data-testid="overview"] tbody tr');
    await expect(rows.count()).resolves.toBe(5);
    await expect(page.locator('h2').first().innerText()).resolves.toBe('The Education sector');

    await page.locator('th a[data-sort="closureRate"]').click();
    await page.waitForURL(/sort=closureRate/);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('education');
    const rates = (await rows.locator('td:nth-child(4) .app-metric-cell__value').allInnerTexts()).map((t) =>
      Number(t.replace('%', '')),
    );
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    await page.locator('th a[data-sort="closureRate"]').click();
    await page.waitForURL(/order=asc/);
    const ascending = (await rows.locator('td:nth-child(4) .app-metric-cell__value').allInnerTexts()).map((t) =>
      Number(t.replace('%', '')),
    );
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect(page.locator('th[aria-sort="ascending"]').innerText()).resolves.toContain('Points answered');
    await page.close();
  });

  it('downloads the table as a CSV file of exact figures, for the sector and order shown', async () => {
    const page = await open('demo-board-admin', '/dashboard?sector=education&sort=closureRate&order=asc', {
      javaScriptEnabled: false,
    });
    const names = await page.locator('[data-testid="overview"] tbody th a').allInnerTexts();
    const href = await page.getByTestId('exact-figures-file').getAttribute('href');
    const file = await page.context().request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename=".*exact-figures\.csv"$/);
    expect(file.headers()['cache-control']).toBe('private, no-store');
    const [header, ...lines] = (await file.text()).trim().split('\n');
    expect(header).toMatch(/^periodFrom,periodTo,signatoryId,name,sector,/);
    // The organisations in the table's order (their names hold no commas or quotes).
    expect(lines.map((line) => line.split(',')[3])).toEqual(names.map((n) => n.trim()));
    await page.close();

    // Someone the API refuses exact figures is sent to the public overview, whose file is open data.
    const reviewer = await contextFor('demo-reviewer');
    const refused = await reviewer.request.get(href!, { maxRedirects: 0 });
    expect(refused.status()).toBe(303);
    expect(refused.headers().location).toBe('/public?why=exact-figures');
  });

  it('works without JavaScript: the table and chart tables present, charts absent', async () => {
    const page = await open('demo-board-admin', '/dashboard', { javaScriptEnabled: false });
    await expect(page.locator('[data-testid="overview"] tbody tr').count()).resolves.toBe(12);
    await expect(page.locator('[data-testid="chart-table"]').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.app-chart').count()).resolves.toBe(0);
    await page.close();
    const served = await open('demo-board-admin', '/dashboard', { scripts: false });
    await expect(served.locator('.app-chart').count()).resolves.toBe(0);
    expect(await accessibilityProblems(served)).toEqual([]);
    await served.close();
  });

  it('can be used with the keyboard alone: sort by a column and open a chart’s table', async () => {
    const page = await open('demo-board-admin', '/dashboard');
    await drawn(page, 'monthly-chart');
    const sortLink = page.locator('th a[data-sort="overdueLoops"]');
    for (let i = 0; i < 80 && !(await sortLink.evaluate((a) => a === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(sortLink.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await Promise.all([page.waitForURL(/sort=overdueLoops/), page.keyboard.press('Enter')]);

    const summary = page.locator('[data-testid="monthly-chart"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="monthly-chart"] details').getAttribute('open')).resolves.toBe('');
    await page.close();
  });
});

describe('signed-in signatory page', () => {
  it('shows the board admin exact figures, award eligibility and the four sections', async () => {
    const page = await open('demo-board-admin', `/dashboard/signatories/${school}`);
    const exact = await exactMetrics('demo-board-admin', `/api/v1/metrics/signatories/${school}`);
    await expect(page.locator('[data-testid="card-participations"] [data-people]').innerText()).resolves.toBe(
      exact.metrics.reach.participations.toLocaleString('en-GB'),
    );
    await expect(page.locator('[data-testid="exact-note"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="disclosure-note"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="eligibility"] .govuk-summary-list__row').count()).resolves.toBe(5);
    await expect(page.locator('section h2').count()).resolves.toBe(4);
    await drawn(page, 'stage-chart');
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}signatory-desktop.png`, fullPage: true });
    await page.close();
  });

  it('shows a commissioner the overview and any signatory exactly, with nothing to change', async () => {
    const home = await open('demo-commissioner', '/', { javaScriptEnabled: false });
    await home.getByRole('link', { name: 'Partnership overview' }).click();
    await home.waitForURL(`${app.url}/dashboard`);
    await expect(home.locator('[data-testid="overview"] tbody tr').count()).resolves.toBe(12);
    await home.close();
    const page = await open('demo-commissioner', `/dashboard/signatories/${council}`, { javaScriptEnabled: false });
    const exact = await exactMetrics('demo-commissioner', `/api/v1/metrics/signatories/${council}`);
    await expect(page.locator('[data-testid="card-participations"] [data-people]').innerText()).resolves.toBe(
      exact.metrics.reach.participations.toLocaleString('en-GB'),
    );
    await expect(page.locator('[data-testid="exact-note"]').count()).resolves.toBe(1);
    await expect(page.locator('form[method="POST" i]:not([action="/sign-out"])').count()).resolves.toBe(0);
    await page.close();
  });

  it('reads well on a 375 px phone', async () => {
    const page = await open('demo-board-admin', `/dashboard/signatories/${school}`, { width: 375 });
    await drawn(page, 'monthly-chart');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}signatory-375.png`, fullPage: true });
    await page.close();
  });

  it('reflows at 200% zoom without scrolling sideways: the overview and a signatory page', async () => {
    // A 1280 × 720 window at 200% zoom lays pages out in 640 × 360 CSS pixels (WCAG 1.4.4 and 1.4.10).
    const context = await signedInContext(browser, app.url, 'demo-board-admin', {
      viewport: { width: 640, height: 360 },
    });
    const page = await context.newPage();
    for (const path of ['/dashboard', `/dashboard/signatories/${school}`]) {
      await page.goto(path);
      await drawAll(page);
      const sideways = await sidewaysScroll(page);
      expect(sideways, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('gives a signatory editor their organisation’s months as a file of exact figures, and another’s editor the public page', async () => {
    const page = await open('demo-council-editor', `/dashboard/signatories/${council}?period=2026`, {
      javaScriptEnabled: false,
    });
    const href = (await page.getByTestId('months-file').getAttribute('href'))!;
    expect(href).toBe(`/dashboard/signatories/${council}/months.csv?period=2026`);
    const file = await page.context().request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['cache-control']).toBe('private, no-store');
    expect(file.headers()['content-disposition']).toMatch(/-exact-figures\.csv"$/);
    const lines = (await file.text()).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^signatoryId,month,partial,activities,participations,/);
    expect(lines.slice(1).every((line) => line.startsWith(`${council},`))).toBe(true);
    await page.close();

    const other = await (await contextFor('demo-school-editor')).request.get(href, { maxRedirects: 0 });
    expect(other.status()).toBe(303);
    expect(other.headers().location).toBe(`/public/${council}?why=exact-figures`);
  });

  it('shows a signatory editor their own organisation exactly, and works without JavaScript', async () => {
    const home = await open('demo-council-editor', '/', { javaScriptEnabled: false });
    await expect(home.getByRole('link', { name: 'Partnership overview' }).count()).resolves.toBe(0);
    await home.getByRole('link', { name: 'Your organisation’s report' }).click();
    await home.waitForURL(`${app.url}/dashboard/signatories/${council}`);
    await home.close();
    const own = await open('demo-council-editor', `/dashboard/signatories/${council}`, { javaScriptEnabled: false });
    await expect(own.locator('h1').innerText()).resolves.toBe("Demo City Council Children's Services");
    await expect(own.locator('[data-testid="exact-note"]').count()).resolves.toBe(1);
    await expect(own.locator('.app-chart').count()).resolves.toBe(0);
    await expect(own.locator('figure details[open] table').count()).resolves.toBe(await own.locator('figure').count());
    await own.locator('#log-q').fill('jargon');
    await own.locator('[data-testid="log-form"] button').click();
    await own.waitForURL(/q=jargon/);
    for (const item of await own.locator('[data-testid="loop-log"] > li').allInnerTexts()) {
      expect(item.toLowerCase()).toContain('jargon');
    }
    await own.close();
    const served = await open('demo-school-editor', `/dashboard/signatories/${school}`, { scripts: false });
    await expect(served.locator('[data-testid="exact-note"]').count()).resolves.toBe(1);
    expect(await accessibilityProblems(served)).toEqual([]);
    await served.close();
  });
});

describe('everyone else is sent to the public page', () => {
  const cases: [Reader, string, string][] = [
    ['demo-school-editor', `/dashboard/signatories/${council}`, `/public/${council}?why=exact-figures`],
    ['demo-school-editor', '/dashboard', '/public?why=exact-figures'],
    ['demo-council-editor', '/dashboard?period=2026', '/public?period=2026&why=exact-figures'],
    ['demo-reviewer', '/dashboard', '/public?why=exact-figures'],
    [
      'demo-reviewer',
      `/dashboard/signatories/${school}?period=2026`,
      `/public/${school}?period=2026&why=exact-figures`,
    ],
    ['public', '/dashboard', '/public'],
    ['public', `/dashboard/signatories/${school}`, `/public/${school}`],
  ];
  it.each(cases)('%s opening %s gets %s', async (reader, from, to) => {
    const page = await open(reader, from);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(to);
    await expect(page.locator('[data-testid="exact-note"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('shows the reviewer the public figures, which pass axe', async () => {
    const page = await open('demo-reviewer', `/dashboard/signatories/${school}`);
    await expect(page.locator('[data-testid="disclosure-note"]').count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
