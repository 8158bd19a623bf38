/**
 * The public accountability pages, as anyone (no sign-in) sees them, in English and
 * Welsh: every figure disclosure-controlled, charts over tables that stay available,
 * the "you said, we did" log searchable without JavaScript, zero WCAG 2.2 AA
 * violations, usable at 320 px, and never a count of people from 1 to 9.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;
const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const school = 'oakfield-special-school';
const trust = 'demo-city-hospitals-nhs-trust';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * A page as the browser shows it. `scripts: false` serves it with the page's own scripts
 * blocked: what a browser without JavaScript renders, while axe (which runs in the
 * page) still can; `javaScriptEnabled: false` turns JavaScript off altogether.
 */
async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; scripts?: boolean; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: app.url,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  if (options.scripts === false) await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
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

async function close(page: Page) {
  await page.context().close();
}

/** The texts of every count of people on the page. */
function peopleCounts(page: Page): Promise<string[]> {
  return page.locator('[data-people]').allInnerTexts();
}

describe('public overview', () => {
  it('lists every signatory with published figures, sorted by the server as the headings ask', async () => {
    const page = await open('/public');
    await expect(page.locator('h1').innerText()).resolves.toBe('Co-production charter: what partners did');
    const names = page.locator('[data-testid="organisations"] tbody th');
    await expect(names.count()).resolves.toBe(12);
    await expect(names.first().innerText()).resolves.toBe('Demo City Children in Care Council');

    await page.locator('th a[data-sort="participations"]').click();
    await page.waitForURL(/sort=participations&order=desc/);
    const counts = (await page.locator('[data-testid="organisations"] tbody td[data-people]').allInnerTexts()).map(
      (text) => Number(text.replace(/,/g, '')),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await expect(page.locator('th[aria-sort="descending"]').innerText()).resolves.toContain('Times people took part');

    await drawn(page, 'monthly-chart');
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}public-overview.png`, fullPage: true });
    await close(page);
  });

  it('keeps the period when following a signatory link, and reads the period from a GET form', async () => {
    const page = await open('/public', { javaScriptEnabled: false });
    await page.locator('#period').selectOption({ index: 1 });
    await page.locator('[data-testid="period-form"] button').click();
    await page.waitForURL(/period=FY\d{4}/);
    const period = new URL(page.url()).searchParams.get('period')!;
    await expect(page.locator('[data-testid="period-shown"]').innerText()).resolves.toMatch(/^Figures for Apr \d{4}/);
    const link = page.locator('[data-testid="organisations"] tbody th a').first();
    await expect(link.getAttribute('href')).resolves.toContain(`period=${period}`);
    await close(page);
  });

  it('works without JavaScript: tables present, charts absent', async () => {
    for (const [page, axe] of [
      [await open('/public', { javaScriptEnabled: false }), false],
      [await open('/public', { scripts: false }), true],
    ] as const) {
      await expect(page.locator('[data-testid="organisations"] tbody tr').count()).resolves.toBe(12);
      await expect(page.locator('[data-testid="chart-table"]').first().isVisible()).resolves.toBe(true);
      await expect(page.locator('.app-chart').count()).resolves.toBe(0);
      if (axe) expect(await accessibilityProblems(page)).toEqual([]);
      await close(page);
    }
  });

  it('links the open data: a CSV file with the table’s rows, and never a count of people from 1 to 9', async () => {
    const page = await open('/public?sort=name&order=asc', { javaScriptEnabled: false });
    const href = (await page.getByTestId('open-data').getAttribute('href'))!;
    expect(href).toContain('sort=name&order=asc');
    const file = await page.request.get(new URL(href, app.url).toString());
    expect(file.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = (await file.text()).trimEnd().split('\n');
    const names = await page.locator('[data-testid="organisations"] tbody th').allInnerTexts();
    expect(lines.map((line) => line.split(',')[3])).toEqual(names);
    const columns = header!.split(',');
    for (const line of lines) {
      for (const column of ['participations', 'firstTime', 'demographicsRecorded', 'experienceResponses']) {
        const value = line.split(',')[columns.indexOf(column)]!;
        expect(
          ['<10', 'suppressed', 'year-only'].includes(value) || Number(value) === 0 || Number(value) >= 10,
          value,
        ).toBe(true);
      }
    }
    await close(page);
  });
});

describe('public signatory page', () => {
  it('shows the four sections with charts over their tables, and passes axe', async () => {
    const page = await open(`/public/${school}`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Oakfield Special School');
    await expect(page.locator('section h2').allInnerTexts()).resolves.toEqual([
      'Reach: who took part, how and where',
      'Inclusion: were all groups heard',
      'Impact: did anything change',
      'Charter principles and challenges',
    ]);
    for (const chart of ['monthly-chart', 'channel-chart', 'setting-chart', 'stage-chart', 'representation-chart']) {
      await drawn(page, chart);
    }
    await expect(page.locator('[data-testid="disclosure-note"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="exact-note"]').count()).resolves.toBe(0);
    // Every chart's table is one click away.
    const details = page.locator('[data-testid="representation-chart"] details');
    await details.locator('summary').click();
    await expect(details.locator('table tbody tr').count()).resolves.toBe(18);
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}public-signatory.png`, fullPage: true });
    await close(page);
  });

  it('links the organisation’s quarters as open data: the quarters of its charts, never a count of people from 1 to 9', async () => {
    const page = await open(`/public/${school}?period=FY2025`, { javaScriptEnabled: false });
    const href = (await page.getByTestId('months-file').getAttribute('href'))!;
    expect(href).toBe(`/api/v1/public/metrics/signatories/${school}/quarters.csv?period=FY2025`);
    const file = await page.request.get(new URL(href, app.url).toString());
    expect(file.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const [header, ...lines] = (await file.text()).trimEnd().split('\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 5)).toEqual(['signatoryId', 'period', 'from', 'to', 'partial']);
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      const value = line.split(',')[columns.indexOf('participations')]!;
      expect(
        ['<10', 'suppressed', 'year-only'].includes(value) || Number(value) === 0 || Number(value) >= 10,
        value,
      ).toBe(true);
    }
    await close(page);
  });

  it('draws a chart only when it comes near the screen, keeping its table open until then', async () => {
    const page = await open(`/public/${school}`);
    await page.waitForLoadState('networkidle');
    const adjustments = page.locator('[data-testid="adjustments-chart"]');
    await expect(adjustments.locator('canvas').count()).resolves.toBe(0);
    await expect(adjustments.locator('details').getAttribute('open')).resolves.toBe('');
    await drawn(page, 'adjustments-chart');
    await expect(adjustments.locator('details').getAttribute('open')).resolves.toBeNull();
    await close(page);
  });

  it('marks the quarter not over yet, and gives RAG ratings in words', async () => {
    const page = await open(`/public/${school}`, { javaScriptEnabled: false });
    const monthly = page.locator('[data-testid="monthly-chart"] tbody tr').last();
    await expect(monthly.innerText()).resolves.toContain('(not over yet)');
    const ratings = await page.locator('[data-testid="principles-chart"] [data-rag]').allInnerTexts();
    expect(ratings.length).toBe(8);
    for (const rating of ratings) expect(['Green', 'Amber', 'Red']).toContain(rating);
    await close(page);
  });

  it('searches and filters the "you said, we did" log with a plain GET form', async () => {
    const page = await open(`/public/${trust}`, { javaScriptEnabled: false });
    const items = page.locator('[data-testid="loop-log"] > li');
    const total = await items.count();
    expect(total).toBeGreaterThan(0);
    await page.locator('#log-status').selectOption('open');
    await page.locator('[data-testid="log-form"] button').click();
    await page.waitForURL(/status=open/);
    const statuses = await page
      .locator('[data-testid="loop-log"] > li')
      .evaluateAll((li) => li.map((item) => item.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['open']));

    const firstSaid = await page.locator('[data-testid="loop-log"] > li dd').first().innerText();
    const word = firstSaid.split(' ').sort((a, b) => b.length - a.length)[0]!;
    await page.locator('#log-q').fill(word);
    await page.locator('[data-testid="log-form"] button').click();
    await page.waitForURL(/q=/);
    for (const said of await page.locator('[data-testid="loop-log"] > li').allInnerTexts()) {
      expect(said.toLowerCase()).toContain(word.toLowerCase());
    }
    await page.locator('#log-q').fill('no such words anywhere');
    await page.locator('[data-testid="log-form"] button').click();
    await expect(page.locator('[data-testid="log-count"]').innerText()).resolves.toBe('No points match your search.');
    await close(page);
  });

  it('publishes the stories people agreed to, and only those', async () => {
    const page = await open(`/public/${school}`, { javaScriptEnabled: false });
    const stories = await page.locator('[data-testid="story"]').allInnerTexts();
    const response = await page.request.get(`/api/v1/public/signatories/${school}/loops`);
    const published = ((await response.json()) as { items: { raisedOn: string; publicStory?: string }[] }).items
      .filter((loop) => loop.publicStory)
      .map((loop) => loop.publicStory);
    expect(stories.length).toBeGreaterThan(0);
    for (const story of stories) expect(published).toContain(story);
    await close(page);
  });

  it('lists overdue points and the challenge left unanswered', async () => {
    const page = await open(`/public/${trust}`);
    await expect(page.locator('[data-testid="overdue-loops"] tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-testid="challenges"]').innerText()).resolves.toContain(
      'Not answered after 28 days',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await close(page);
  });

  it('works without JavaScript: every chart absent, its table present', async () => {
    for (const [page, axe] of [
      [await open(`/public/${school}`, { javaScriptEnabled: false }), false],
      [await open(`/public/${school}`, { scripts: false }), true],
    ] as const) {
      await expect(page.locator('.app-chart').count()).resolves.toBe(0);
      const figures = page.locator('figure');
      const tables = page.locator('figure details[open] table caption');
      await expect(tables.count()).resolves.toBe(await figures.count());
      expect(await figures.count()).toBeGreaterThanOrEqual(8);
      // Every chart has a caption and a sentence saying what it shows.
      for (const summary of await page.locator('figure [data-testid="chart-summary"]').allInnerTexts()) {
        expect(summary.length).toBeGreaterThan(20);
      }
      await expect(page.locator('figure figcaption').count()).resolves.toBe(await figures.count());
      if (axe) expect(await accessibilityProblems(page)).toEqual([]);
      await close(page);
    }
  });

  it('prints as a clean report: no forms or navigation, every table open', async () => {
    const page = await open(`/public/${school}`);
    await drawn(page, 'monthly-chart');
    // No beforeprint event: the print styles alone show every chart's table (PDF tools fire none).
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-testid="period-form"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="log-form"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid="language-switch"]').isVisible()).resolves.toBe(false);
    const tables = page.locator('figure details table');
    expect(await tables.count()).toBeGreaterThan(0);
    const hidden = await tables.evaluateAll((els) => els.filter((el) => el.getClientRects().length === 0).length);
    expect(hidden).toBe(0);
    await close(page);
  });

  it('reflows at 320 px without scrolling sideways', async () => {
    const page = await open(`/public/${school}`, { width: 320 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await drawAll(page);
    expect(await accessibilityProblems(page)).toEqual([]);
    await close(page);
  });

  it('reflows at 200% zoom without scrolling sideways, in English and Welsh', async () => {
    // A 1280 × 720 window at 200% zoom lays pages out in 640 × 360 CSS pixels (WCAG 1.4.4 and 1.4.10).
    const context = await browser.newContext({ baseURL: app.url, viewport: { width: 640, height: 360 } });
    const page = await context.newPage();
    for (const path of ['/public', `/public/${school}`, `/cy/public/${school}`]) {
      await page.goto(path);
      await drawAll(page);
      const sideways = await sidewaysScroll(page);
      expect(sideways, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('answers 404 for a signatory that does not exist, on a page in the page’s language that passes axe', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    const response = await page.goto('/public/no-such-organisation');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await expect(page.title()).resolves.toBe('Page not found – Equal Partners');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect((await page.goto('/cy/public/no-such-organisation'))?.status()).toBe(404);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('cy');
    await expect(page.locator('h1').innerText()).resolves.toBe('Heb ddod o hyd i’r dudalen');
    await context.close();
  });
});

/** What the public API publishes for an organisation and a period: the figures a page is rendered from. */
interface Published {
  period: { partial: boolean };
  metrics: { impact: { loopsRaised: number | null; closureRate: number | string | null } };
  previous: { impact: { loopsRaised: number | null; closureRate: number | string | null } };
  series: { period: string; partial: boolean; activities: number }[];
}

async function published(path: string): Promise<Published> {
  const response = await fetch(new URL(path, app.url));
  expect(response.status).toBe(200);
  return (await response.json()) as Published;
}

describe('rates on few cases', () => {
  it('shows a rate on fewer than 5 points with what it is based on, no rating and no change in points, and marks the quarter not over yet', async () => {
    // The smaller signatories raise a point or two a quarter. Find, from the published
    // figures, the latest complete quarter where one's "points answered" rests on 1 to 4
    // points raised and both it and the quarter before have a rate to compare.
    const quarters = (await published(`/api/v1/public/metrics/signatories/${school}`)).series
      .filter((point) => !point.partial)
      .map((point) => point.period)
      .reverse();
    const small = [
      'demo-city-children-in-care-council',
      'meadowbank-primary-school',
      'northgate-high-school',
      'riverside-primary-school',
    ];
    let found: { id: string; quarter: string; raised: number; rate: number } | undefined;
    for (const quarter of quarters) {
      for (const id of small) {
        const { metrics, previous } = await published(`/api/v1/public/metrics/signatories/${id}?period=${quarter}`);
        const raised = metrics.impact.loopsRaised ?? 0;
        const rate = metrics.impact.closureRate;
        if (raised >= 1 && raised < 5 && typeof rate === 'number' && typeof previous.impact.closureRate === 'number') {
          found = { id, quarter, raised, rate };
          break;
        }
      }
      if (found) break;
    }
    expect(found, 'a quarter with a rate on 1 to 4 points raised').toBeDefined();
    const { id, quarter, raised, rate } = found!;

    const page = await open(`/public/${id}?period=${quarter}`, { javaScriptEnabled: false });
    const card = page.getByTestId('card-closure');
    await expect(card.locator('.app-card__value').innerText()).resolves.toBe(`${Math.round(rate * 100)}%`);
    await expect(card.getByTestId('rate-base').innerText()).resolves.toBe(
      `based on ${raised} ${raised === 1 ? 'point' : 'points'} raised`,
    );
    const text = await card.innerText();
    expect(text).toContain('too few to compare');
    expect(text).not.toMatch(/(up|down) \d+ points?/);
    await expect(card.locator('[data-rag]').count()).resolves.toBe(0);
    await close(page);

    const welsh = await open(`/cy/public/${id}?period=${quarter}`, { javaScriptEnabled: false });
    const cerdyn = welsh.getByTestId('card-closure');
    await expect(cerdyn.getByTestId('rate-base').innerText()).resolves.toBe(`yn seiliedig ar ${raised} pwynt a godwyd`);
    await expect(cerdyn.innerText()).resolves.toContain('rhy ychydig i gymharu');
    await close(welsh);

    // The current financial year: its last quarter is not over yet, and says so.
    const current = await open(`/public/${id}`);
    const figure = current.getByTestId('monthly-chart');
    await expect(figure.locator('tbody tr').last().innerText()).resolves.toContain('(not over yet)');
    await expect(figure.getByTestId('chart-summary').innerText()).resolves.toMatch(
      /The last quarter, .+, is not over yet/,
    );
    expect(await accessibilityProblems(current)).toEqual([]);
    await close(current);
  });

  it('leaves the quarter not over yet out of a trend’s latest figure on the public overview', async () => {
    const { series } = await published('/api/v1/public/metrics/partnership');
    expect(series.at(-1)!.partial).toBe(true);
    const latest = series.filter((point) => !point.partial).at(-1)!.activities;
    const page = await open('/public', { javaScriptEnabled: false });
    const trend = await page.getByTestId('card-activities').locator('.app-sparkline').innerText();
    expect(trend).toContain(`latest ${latest.toLocaleString('en-GB')}.`);
    expect(trend).toContain('The quarter not over yet is left out.');
    await close(page);
  });
});

describe('disclosure control on every public page', () => {
  it('never shows a count of people from 1 to 9, and rounds the rest to 5', async () => {
    const overview = await open('/public', { javaScriptEnabled: false });
    const paths = [
      '/public',
      '/cy/public',
      ...(await overview
        .locator('[data-testid="organisations"] tbody th a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    ];
    await close(overview);
    expect(paths).toHaveLength(14);
    let checked = 0;
    const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [...paths, `/cy${paths.at(-1)}`]) {
      await page.goto(path);
      for (const text of await peopleCounts(page)) {
        checked += 1;
        if (/^(fewer than|llai na) 10$|^(not shown|heb ei ddangos)$/.test(text)) continue;
        const value = Number(text.replace(/,/g, ''));
        expect(Number.isInteger(value), `${text} on ${path}`).toBe(true);
        expect(value === 0 || (value >= 10 && value % 5 === 0), `${text} on ${path}`).toBe(true);
      }
      const base = await page.locator('[data-testid="experience-base"]').allInnerTexts();
      for (const text of base) expect(text).not.toMatch(/\b[1-9]\b answers/);
    }
    await context.close();
    // Every page has dozens of counts of people; zero would mean the check saw nothing.
    expect(checked).toBeGreaterThan(500);
  });
});

describe('Welsh public pages', () => {
  it('are in Welsh, with a language switch to the same page in English', async () => {
    const page = await open(`/cy/public/${school}?period=FY2025`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('cy');
    await expect(page.locator('.govuk-skip-link').textContent()).resolves.toBe('Neidio i’r prif gynnwys');
    await expect(page.locator('section h2').first().innerText()).resolves.toBe(
      'Cyrhaeddiad: pwy gymerodd ran, sut a ble',
    );
    const toEnglish = page.locator('[data-testid="language-switch"]');
    await expect(toEnglish.getAttribute('lang')).resolves.toBe('en');
    const english = new URL((await toEnglish.getAttribute('href'))!, page.url());
    expect(`${english.pathname}${english.search}`).toBe(`/public/${school}?period=FY2025`);
    // Text from the partnership's own data stays English, and says so.
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('en');
    expect(await accessibilityProblems(page)).toEqual([]);
    await drawAll(page);
    await page.screenshot({ path: `${artifacts}public-signatory-cy.png`, fullPage: true });
    await close(page);
  });

  it('lists the organisations in Welsh and switches back', async () => {
    const page = await open('/cy/public');
    await expect(page.locator('h1').innerText()).resolves.toBe('Siarter cyd-gynhyrchu: beth wnaeth y partneriaid');
    await expect(page.locator('[data-testid="organisations"] thead').innerText()).resolves.toContain('Sefydliad');
    const link = page.locator('[data-testid="organisations"] tbody th a').first();
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(/^\/cy\/public\//);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('cy');
    await page.locator('[data-testid="language-switch"]').click();
    await page.waitForURL(`${app.url}/public`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toBe('Co-production charter: what partners did');
    expect(await accessibilityProblems(page)).toEqual([]);
    await close(page);
  });
});
