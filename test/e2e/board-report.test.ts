/**
 * The board report as a board admin produces it for the last financial quarter ended: the
 * summary before the signatories, a section for each signatory with an exception (every
 * signatory when asked, through the form without JavaScript), axe in English and Welsh,
 * paper (print media: every table shown, no control, no toggle, no legend without its
 * chart) and the PDF the page links to, read back as text: its pages and headings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { reportQuarter } from '@equal-partners/functions/reports/board-report-queries';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';
import { openPage, pdfPages } from '../support/report-pages.ts';

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
/** The last financial quarter ended, as the form asks for it (`2026-Q3` for October to December 2026). */
const quarter = reportQuarter(undefined, 'financial', new Date()).replace(/^FY/, '');
const reportPath = `/dashboard/report?quarter=${quarter}&year=financial`;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  admin = await signedInContext(browser, app.url, 'demo-board-admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the board report', () => {
  it('gives the summary first, then a section for each signatory with an exception only', async () => {
    const page = await openPage(admin, reportPath);
    await expect(page.locator('h1').innerText()).resolves.toContain('Board report');
    const order = await page.evaluate(() => {
      const summary = document.querySelector('[data-testid="report-summary"]')!;
      const signatories = document.querySelector('[data-testid="report-signatories"]')!;
      return summary.compareDocumentPosition(signatories) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await expect(page.locator('[data-testid="headline"] tbody tr').count()).resolves.toBe(6);
    await expect(page.locator('[data-testid="exception-totals"] tbody tr').count()).resolves.toBe(5);
    const flagged = await page
      .locator('[data-testid="exception"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    const sections = await page
      .locator('[data-testid="report-signatory"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    expect(sections.length).toBeGreaterThan(0);
    expect([...sections].sort()).toEqual([...flagged].sort());
    // Each section gives the four parts of a signatory's figures.
    const first = page.locator('[data-testid="report-signatory"]').first();
    for (const part of ['reach', 'inclusion', 'impact', 'principles'])
      await expect(first.locator(`table[data-section="${part}"] tbody tr`).count()).resolves.toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    await page.close();
  });

  it('is in Welsh for someone who chose Welsh, with no accessibility problem', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin');
    await context.addCookies([{ name: 'ep_lang', value: 'cy', url: app.url }]);
    const page = await openPage(context, reportPath);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(page.locator('h1').innerText()).resolves.toContain('Adroddiad y bwrdd');
    await expect(page.locator('#summary').innerText()).resolves.toBe('Crynodeb');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('works without JavaScript: the form asks for the calendar quarter and every signatory', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin', { javaScriptEnabled: false });
    const page = await openPage(context, reportPath);
    await page.locator('#year-calendar').check();
    await page.locator('#signatories-all').check();
    await Promise.all([
      page.waitForURL(/signatories=all/),
      page.getByRole('button', { name: 'Show the report' }).click(),
    ]);
    const asked = new URL(page.url()).searchParams;
    expect(asked.get('year')).toBe('calendar');
    // A section for each of the demo partnership's twelve signatories.
    await expect(page.locator('[data-testid="report-signatory"]').count()).resolves.toBe(12);
    // The PDF link keeps what was asked for.
    const href = await page.getByTestId('report-pdf').getAttribute('href');
    expect(href).toContain('/dashboard/report.pdf?');
    expect(new URL(href!, app.url).searchParams.get('signatories')).toBe('all');
    await context.close();
  });

  it('prints every table with no control, toggle or legend without its chart', async () => {
    const page = await openPage(admin, reportPath);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report-form').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('report-pdf').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('language-switch').isVisible()).resolves.toBe(false);
    const tables = page.locator('main table');
    expect(await tables.count()).toBeGreaterThan(6);
    const hidden = await tables.evaluateAll((els) => els.filter((el) => el.getClientRects().length === 0).length);
    expect(hidden).toBe(0);
    const leftOver = await page.evaluate(() => ({
      toggles: document.querySelectorAll('main details, main summary, main [aria-expanded]').length,
      charts: document.querySelectorAll('main canvas').length,
      orphanedLegends: [...document.querySelectorAll('main .app-legend')].filter((legend) => {
        const chart = legend.closest('figure')?.querySelector('.app-chart');
        return legend.getClientRects().length > 0 && (!chart || chart.getClientRects().length === 0);
      }).length,
    }));
    expect(leftOver).toEqual({ toggles: 0, charts: 0, orphanedLegends: 0 });
    await page.close();
  });

  it('downloads as a PDF: the summary on the first page, each signatory with an exception on pages of its own', async () => {
    const page = await openPage(admin, reportPath);
    const href = await page.getByTestId('report-pdf').getAttribute('href');
    const names = await page.locator('[data-testid="report-signatory"] h3').allInnerTexts();
    await page.close();
    const answer = await admin.request.get(href!);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect(answer.headers()['content-disposition']).toContain(`board-report-fy${quarter.toLowerCase()}.pdf`);
    const pages = await pdfPages(await answer.body());
    // The summary, then the signatories' heading, then a page at least for each signatory.
    expect(pages.length).toBeGreaterThanOrEqual(names.length + 2);
    expect(pages[0]).toContain('Board report');
    expect(pages[0]).toContain('Summary');
    expect(pages[0]).toContain('Headline figures');
    expect(pages.join('\n')).not.toContain('Download this report as a PDF');
    // A signatory's section starts with its name, then its reach table ("Reach, <name>: ...").
    const startsOf = names.map((name) => pages.findIndex((text) => text.includes(`Reach, ${name}:`)));
    expect(startsOf.every((index) => index > 0)).toBe(true);
    // Each on its own page: no two signatories start on the same one.
    expect(new Set(startsOf).size).toBe(names.length);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('downloads in Welsh for someone who chose Welsh', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin');
    await context.addCookies([{ name: 'ep_lang', value: 'cy', url: app.url }]);
    const answer = await context.request.get(`/dashboard/report.pdf?quarter=${quarter}&year=financial`);
    expect(answer.status()).toBe(200);
    const pages = await pdfPages(await answer.body());
    expect(pages[0]).toContain('Adroddiad y bwrdd');
    expect(pages[0]).toContain('Crynodeb');
    expect(pages[0]).toContain(`Tudalen 1 o ${pages.length}`);
    await context.close();
  });

  it('is not for a signatory’s editor: the page and the PDF are refused', async () => {
    const editor = await signedInContext(browser, app.url, 'demo-council-editor');
    const page = await editor.newPage();
    expect((await page.goto(reportPath))?.status()).toBe(403);
    expect((await editor.request.get(`/dashboard/report.pdf?quarter=${quarter}`)).status()).toBe(403);
    await editor.close();
  });
});
