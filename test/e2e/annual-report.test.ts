/**
 * A signatory's annual involvement report, for the integrated care board of the demo
 * partnership and the last financial year ended: a board admin goes to it from the board
 * report and reads it in English and in Welsh (axe clean, paper with no control and
 * nothing to open, 320 px without a sideways scroll), downloads its PDF in both languages
 * and reads back its headings, the signatory's name and the year; the public version and
 * its Welsh twin show the published figures with their rules and no PDF; an editor of
 * another signatory is sent to the public version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { financialYearOf } from '@equal-partners/shared';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';
import { openPage, pdfText } from '../support/report-pages.ts';

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
const icb = 'demo-city-integrated-care-board';
const name = 'Demo City Integrated Care Board';
/** The last financial year ended: the one the pages link to. */
const year = financialYearOf(new Date().toISOString().slice(0, 7)) - 1;
const exactPath = `/dashboard/signatories/${icb}/annual/${year}`;
const publicPath = `/public/${icb}/annual/${year}`;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  admin = await signedInContext(browser, app.url, 'demo-board-admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** On paper: no control, nothing to open or close, every table shown. */
async function onPaper(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const result = await page.evaluate(() => ({
    controls: [...document.querySelectorAll('main a[download], main nav, main form, .govuk-back-link')].filter(
      (el) => el.getClientRects().length > 0,
    ).length,
    toggles: document.querySelectorAll('main details, main [aria-expanded]').length,
    hiddenTables: [...document.querySelectorAll('main table')].filter((el) => el.getClientRects().length === 0).length,
  }));
  await page.emulateMedia({ media: 'screen' });
  return result;
}

describe('the annual involvement report', () => {
  it('is produced by a board admin from the board report, with exact figures, on paper and at 320 px', async () => {
    const board = await openPage(admin, '/dashboard/report');
    const link = board.getByTestId('annual-link').first();
    expect(await link.getAttribute('href')).toMatch(/\/dashboard\/signatories\/[^/]+\/annual\/\d{4}$/);
    await board.close();

    const page = await openPage(admin, exactPath);
    await expect(page.locator('h1').innerText()).resolves.toBe(`Annual involvement report, ${year} to ${year + 1}`);
    await expect(page.locator('.govuk-caption-l').innerText()).resolves.toBe(name);
    await expect(page.getByTestId('annual-exact-note').isVisible()).resolves.toBe(true);
    for (const part of ['done', 'whom', 'raised', 'feedback', 'stories'])
      await expect(page.getByTestId(`annual-${part}`).isVisible()).resolves.toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await onPaper(page)).toEqual({ controls: 0, toggles: 0, hiddenTables: 0 });
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);

    const answer = await admin.request.get(`${exactPath}/report.pdf`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/pdf');
    expect(answer.headers()['content-disposition']).toContain(`annual-report-${icb}-fy${year}.pdf`);
    const text = await pdfText(await answer.body());
    for (const words of [
      `Annual involvement report, ${year} to ${year + 1}`,
      name,
      'What engagement was done',
      'With whom',
      'What was raised and what changed',
      'Page 1 of',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Download this report as a PDF');
    await page.close();
  });

  it('is in Welsh for someone who chose Welsh, as a page and as a PDF', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin');
    await context.addCookies([{ name: 'ep_lang', value: 'cy', url: app.url }]);
    const page = await openPage(context, exactPath);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(page.locator('h1').innerText()).resolves.toBe(`Adroddiad cynnwys blynyddol, ${year} i ${year + 1}`);
    expect(await accessibilityProblems(page)).toEqual([]);
    const text = await pdfText(await (await context.request.get(`${exactPath}/report.pdf`)).body());
    for (const words of [`Adroddiad cynnwys blynyddol, ${year} i ${year + 1}`, name, 'Gyda phwy', 'Tudalen 1 o'])
      expect(text).toContain(words);
    await context.close();
  });

  it('has a public version in English and Welsh, with its figures’ rules and no PDF, linked from the public page', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const signatory = await openPage(context, `/public/${icb}`);
    expect(await signatory.getByTestId('annual-report-link').locator('a').getAttribute('href')).toContain(
      `/public/${icb}/annual/${year}`,
    );
    for (const [path, heading] of [
      [publicPath, `Annual involvement report, ${year} to ${year + 1}`],
      [`/cy${publicPath}`, `Adroddiad cynnwys blynyddol, ${year} i ${year + 1}`],
    ] as const) {
      const page = await openPage(context, path);
      await expect(page.locator('h1').innerText()).resolves.toBe(heading);
      await expect(page.getByTestId('annual-disclosure').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('annual-pdf').count()).resolves.toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      expect(await onPaper(page)).toEqual({ controls: 0, toggles: 0, hiddenTables: 0 });
    }
    await context.close();
  });

  it('sends an editor of another signatory to the public version', async () => {
    const editor = await signedInContext(browser, app.url, 'demo-council-editor');
    const page = await openPage(editor, exactPath);
    expect(new URL(page.url()).pathname).toBe(publicPath);
    await expect(page.getByTestId('annual-exact-note').count()).resolves.toBe(0);
    await editor.close();
  });
});
