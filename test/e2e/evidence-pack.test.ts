/**
 * The inspection evidence pack as a board admin produces it from the board report: the
 * button's download is unpacked (with fflate, as it was packed), every CSV parses and each
 * of its columns is in the data dictionary, every file carries the handling marking (the
 * PDF's text too, beside the report's heading), and the pack is audited. Nobody but the
 * board may produce one; the report page with its form, and the settings page with the
 * marking, pass axe in English and Welsh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { csvParse } from 'd3-dsv';
import { strFromU8, unzipSync } from 'fflate';
import { readAuditTrail } from '@equal-partners/functions/audit/audit-queries';
import { reportQuarter } from '@equal-partners/functions/reports/board-report-queries';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';
import { openPage, pdfPages } from '../support/report-pages.ts';

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
/** The last financial quarter ended, as the report's form asks for it. */
const quarter = reportQuarter(undefined, 'financial', new Date()).replace(/^FY/, '');
const reportPath = `/dashboard/report?quarter=${quarter}&year=financial`;
const folder = `evidence-pack-fy${quarter.toLowerCase()}`;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  admin = await signedInContext(browser, app.url, 'demo-board-admin');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A form post as the page's own form makes it (same origin), so a refusal is the pack's and not the CSRF check's. */
const postPack = (context: BrowserContext) =>
  context.request.post('/dashboard/report/evidence-pack', {
    form: { quarter, year: 'financial', span: 'quarter' },
    headers: { origin: app.url },
    maxRedirects: 0,
  });

describe('the inspection evidence pack', () => {
  it('is produced by a board admin from the report: a ZIP of the PDF and CSV files, each column in the dictionary, every file marked', async () => {
    const page = await openPage(admin, reportPath);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Produce the evidence pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${folder}.zip`);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    await page.close();
    const names = Object.keys(files)
      .filter((name) => !name.endsWith('/'))
      .map((name) => name.replace(`${folder}/`, ''));
    expect(names.sort()).toEqual(
      [
        'README.txt',
        `board-report-fy${quarter.toLowerCase()}.pdf`,
        'activity-by-stage-and-sector.csv',
        'you-said-we-did.csv',
        'principle-scores.csv',
        'challenges.csv',
        'data-dictionary.csv',
      ].sort(),
    );
    const text = (name: string) => strFromU8(files[`${folder}/${name}`]!);

    const dictionary = csvParse(text('data-dictionary.csv'));
    const described = new Set(dictionary.map((row) => `${row.file}|${row.column}`));
    const csvNames = names.filter((name) => name.endsWith('.csv'));
    for (const name of csvNames) {
      const rows = csvParse(text(name));
      expect(rows.columns.length, name).toBeGreaterThan(1);
      for (const column of rows.columns) expect(described, `${name}: ${column}`).toContain(`${name}|${column}`);
      for (const row of rows) expect(row.handling, name).toBe('OFFICIAL-SENSITIVE');
    }
    // The dictionary describes the files the pack holds, and no other.
    expect(new Set(dictionary.map((row) => row.file))).toEqual(new Set(csvNames));
    // The demo partnership's activity, by stage, for the partnership and each sector.
    const activity = csvParse(text('activity-by-stage-and-sector.csv'));
    expect(activity.filter((row) => row.sector === 'all')).toHaveLength(4);
    expect(activity.some((row) => row.sector === 'education')).toBe(true);
    expect(activity.some((row) => row.sector === 'health')).toBe(true);

    const readme = text('README.txt').split('\r\n');
    expect(readme[0]).toBe('OFFICIAL-SENSITIVE');
    expect(readme.filter(Boolean).at(-1)).toBe('OFFICIAL-SENSITIVE');

    const pages = await pdfPages(Buffer.from(files[`${folder}/board-report-fy${quarter.toLowerCase()}.pdf`]!));
    expect(pages[0]).toContain('Board report');
    expect(pages[0]).toContain('Summary');
    // The marking at the head and the foot of every page.
    for (const pageText of pages) expect(pageText.match(/OFFICIAL-SENSITIVE/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('is audited: who produced a pack, when, and of which period', async () => {
    const before = new Date().toISOString();
    const answer = await postPack(admin);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('application/zip');
    expect(answer.headers()['cache-control']).toContain('no-store');
    const { items } = await readAuditTrail(
      { store: app.store },
      { kind: 'user', id: 'demo-board-admin', role: 'board-admin' },
      { entity: 'evidence-pack', id: `FY${quarter}` },
    );
    const latest = items.filter((event) => event.at >= before);
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatchObject({
      action: 'create',
      by: 'demo-board-admin',
      after: { period: `FY${quarter}`, marking: 'OFFICIAL-SENSITIVE' },
    });
    // Two packs so far (the button's and this one): one event each.
    expect(items.length).toBe(2);
  });

  it('is refused to everyone but the board (403), and not offered to them', async () => {
    for (const account of ['demo-commissioner', 'demo-reviewer', 'demo-council-editor'] as const) {
      const context = await signedInContext(browser, app.url, account);
      expect((await postPack(context)).status(), account).toBe(403);
      await context.close();
    }
    // Commissioners read the report, without the pack's form.
    const commissioner = await signedInContext(browser, app.url, 'demo-commissioner');
    const page = await openPage(commissioner, reportPath);
    await expect(page.getByTestId('evidence-pack').count()).resolves.toBe(0);
    await commissioner.close();
    // Still one event per pack: the refusals made none.
    const { items } = await readAuditTrail(
      { store: app.store },
      { kind: 'user', id: 'demo-board-admin', role: 'board-admin' },
      { entity: 'evidence-pack', id: `FY${quarter}` },
    );
    expect(items.length).toBe(2);
  });

  for (const language of ['en', 'cy'] as const) {
    it(`has its form on the report page, and the marking on the settings page, with no accessibility problem (${language})`, async () => {
      const context = await signedInContext(browser, app.url, 'demo-board-admin');
      await context.addCookies([{ name: 'ep_lang', value: language, url: app.url }]);
      const report = await openPage(context, reportPath);
      await expect(report.locator('#evidence-pack').innerText()).resolves.toBe(
        language === 'cy' ? 'Pecyn tystiolaeth arolygu' : 'Inspection evidence pack',
      );
      await expect(report.getByTestId('evidence-pack').innerText()).resolves.toContain('OFFICIAL-SENSITIVE');
      expect(await accessibilityProblems(report), `report ${language}`).toEqual([]);
      // Left off paper, as the report's other controls are.
      await report.emulateMedia({ media: 'print' });
      await expect(report.getByTestId('evidence-pack').isVisible()).resolves.toBe(false);
      const settings = await openPage(context, '/admin/settings');
      await expect(settings.locator('input[name="settings.evidenceMarking"]:checked').inputValue()).resolves.toBe(
        'OFFICIAL-SENSITIVE',
      );
      expect(await accessibilityProblems(settings), `settings ${language}`).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
