/**
 * What feedback changed, across partners, as the board and a commissioner use it: loops with
 * known outcomes and stages are recorded through the record queries in a year before the
 * demo's data, so every count on the page is the test's own. The table's counts, the loops
 * each count links to, the CSV file's rows, the refusal of a signatory's editor, axe, the
 * page without JavaScript and at 320 px.
 */
import { mkdirSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Principal } from '@equal-partners/shared';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { newActivity, newLoop } from '@equal-partners/functions/testing/api-fixture';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
/** Screenshots of the page at 1280 and 320 px, for a person to look at. */
const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
/** Four years ago: before the demo's two years of loops. */
const year = new Date().getFullYear() - 4;
const period = String(year);
const trust = 'qa-outcomes-trust';
const school = 'qa-outcomes-school';

const closed = (id: string, signatoryId: string, raisedOn: string, more: Record<string, unknown>) =>
  newLoop(id, signatoryId, {
    raisedOn,
    status: 'done',
    weDid: `We acted on ${id}`,
    youSaid: `Point ${id}`,
    communicatedOn: raisedOn,
    ...more,
  });

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
  const deps = app.host.deps;
  for (const [id, name, sector] of [
    [trust, 'QA Outcomes Trust', 'health'],
    [school, 'QA Outcomes School', 'education'],
  ] as const) {
    await signatoryQueries.create(deps, admin, { body: { id, name, sector, signedOn: `${year - 1}-01-01` } });
  }
  for (const body of [
    newActivity('qa-e2e-commissioning', trust, { date: `${year}-02-01`, stage: 'commissioning' }),
    newActivity('qa-e2e-delivery', trust, { date: `${year}-03-01`, stage: 'delivery' }),
    newActivity('qa-e2e-evaluation', school, { date: `${year}-05-20`, stage: 'evaluation' }),
  ]) {
    await activityQueries.create(deps, admin, { body });
  }
  for (const body of [
    closed('qa-e2e-1', trust, `${year}-02-10`, { activityIds: ['qa-e2e-commissioning'], outcome: 'service-change' }),
    closed('qa-e2e-2', trust, `${year}-03-10`, {
      activityIds: ['qa-e2e-commissioning', 'qa-e2e-delivery'],
      outcome: 'service-change',
      // Its Welsh, for the Welsh list; the others are in English only.
      cy: { youSaid: 'Pwynt qa-e2e-2', weDid: 'Gwnaethom weithredu ar qa-e2e-2' },
    }),
    closed('qa-e2e-3', trust, `${year}-03-15`, { outcome: 'policy-change' }),
    closed('qa-e2e-4', school, `${year}-06-01`, {
      activityIds: ['qa-e2e-evaluation'],
      outcome: 'commissioning-decision',
    }),
    // Not closed: the answer has not gone back yet.
    newLoop('qa-e2e-5', trust, { raisedOn: `${year}-04-01`, activityIds: ['qa-e2e-delivery'] }),
  ]) {
    await loopQueries.create(deps, admin, { body });
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A table's counts, by row and outcome column, as the page shows them. */
async function counts(page: Page, table: string) {
  return page.locator(`[data-testid="outcomes-table-${table}"] tbody tr`).evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-row'),
        Object.fromEntries(
          [...row.querySelectorAll('td')].map((cell) => [
            cell.getAttribute('data-outcome'),
            // The count as read, without the words for screen readers.
            (() => {
              const copy = cell.cloneNode(true) as Element;
              copy.querySelectorAll('.govuk-visually-hidden').forEach((hidden) => hidden.remove());
              return (copy.textContent ?? '').trim();
            })(),
          ]),
        ),
      ]),
    ),
  );
}

/** The loops a count links to, by id, in the order listed. */
async function loopsBehind(page: Page, table: string, row: string, outcome: string): Promise<string[]> {
  const link = page.locator(
    `[data-testid="outcomes-table-${table}"] tr[data-row="${row}"] td[data-outcome="${outcome}"] a`,
  );
  const list = await page.context().newPage();
  await list.goto((await link.getAttribute('href'))!);
  const ids = await list
    .locator('[data-testid="outcome-loops"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-loop')));
  await list.close();
  return ids as string[];
}

/** Elements that reach beyond the window's width (the page should need no sideways scroll). */
function tooWide(): string[] {
  const width = window.innerWidth;
  return [...document.body.querySelectorAll('*')].flatMap((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)
      ? [`<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(box.left)}..${Math.round(box.right)}`]
      : [];
  });
}

describe('what feedback changed', () => {
  it(
    'shows the board each organisation’s closed loops by outcome, stage and month, each count linking to its loops',
    { timeout: 240_000 },
    async () => {
      const context = await signedInContext(browser, app.url, 'demo-board-admin');
      const page = await context.newPage();
      // From the board's overview.
      await page.goto('/dashboard');
      await Promise.all([page.waitForURL(/\/dashboard\/outcomes/), page.getByTestId('outcomes-link').click()]);
      expect(await accessibilityProblems(page)).toEqual([]);

      const response = await page.goto(`/dashboard/outcomes?period=${period}`);
      expect(response?.status()).toBe(200);
      const bySignatory = await counts(page, 'organisations');
      expect(bySignatory[trust]).toEqual({
        'service-change': '2',
        'policy-change': '1',
        'commissioning-decision': '0',
        'resource-allocation': '0',
        'information-improved': '0',
        none: '0',
        'not-recorded': '0',
        total: '3',
      });
      expect(bySignatory[school]).toMatchObject({ 'commissioning-decision': '1', 'service-change': '0', total: '1' });
      expect(bySignatory['demo-city-council-childrens-services']).toMatchObject({ total: '0' });
      expect(bySignatory.total).toMatchObject({ 'service-change': '2', 'policy-change': '1', total: '4' });

      // A loop linked to activities at two stages counts at each; the page says so.
      const byStage = await counts(page, 'stages');
      expect(byStage.commissioning).toMatchObject({ 'service-change': '2', total: '2' });
      expect(byStage.delivery).toMatchObject({ 'service-change': '1', total: '1' });
      expect(byStage.evaluation).toMatchObject({ 'commissioning-decision': '1', total: '1' });
      expect(byStage['not-linked']).toMatchObject({ 'policy-change': '1', total: '1' });
      await expect(page.getByTestId('stage-counting').innerText()).resolves.toContain(
        'counted once at each of those stages',
      );

      const byMonth = await counts(page, 'months');
      expect(Object.keys(byMonth)).toHaveLength(13);
      expect(byMonth[`${year}-02`]).toMatchObject({ 'service-change': '1', total: '1' });
      expect(byMonth[`${year}-03`]).toMatchObject({ 'service-change': '1', 'policy-change': '1', total: '2' });
      expect(byMonth[`${year}-06`]).toMatchObject({ 'commissioning-decision': '1', total: '1' });
      expect(byMonth.total).toMatchObject({ total: '4' });

      expect(await loopsBehind(page, 'organisations', trust, 'service-change')).toEqual(['qa-e2e-1', 'qa-e2e-2']);
      expect(await loopsBehind(page, 'organisations', trust, 'total')).toEqual(['qa-e2e-1', 'qa-e2e-2', 'qa-e2e-3']);
      expect(await loopsBehind(page, 'stages', 'delivery', 'service-change')).toEqual(['qa-e2e-2']);
      expect(await loopsBehind(page, 'stages', 'not-linked', 'total')).toEqual(['qa-e2e-3']);
      expect(await loopsBehind(page, 'months', `${year}-03`, 'total')).toEqual(['qa-e2e-2', 'qa-e2e-3']);
      expect(await loopsBehind(page, 'organisations', 'total', 'total')).toEqual([
        'qa-e2e-1',
        'qa-e2e-2',
        'qa-e2e-3',
        'qa-e2e-4',
      ]);

      // The list says which loops it holds, and passes axe.
      const list = await context.newPage();
      await list.goto(`/dashboard/outcomes/loops?period=${period}&signatory=${trust}&outcome=service-change`);
      await expect(list.getByTestId('loops-filter').innerText()).resolves.toMatch(
        /QA Outcomes Trust[\s\S]*A service changed/,
      );
      await expect(list.locator('tr[data-loop="qa-e2e-2"]').innerText()).resolves.toContain('We acted on qa-e2e-2');
      expect(await accessibilityProblems(list)).toEqual([]);
      // In Welsh, a loop's texts are in Welsh where written, and marked English where not.
      await list.goto(
        `/language/cy?returnTo=${encodeURIComponent(`/dashboard/outcomes/loops?period=${period}&signatory=${trust}`)}`,
      );
      const welshLoop = list.locator('tr[data-loop="qa-e2e-2"]');
      await expect(welshLoop.locator('[lang="cy"]').allInnerTexts()).resolves.toEqual([
        'Pwynt qa-e2e-2',
        'Gwnaethom weithredu ar qa-e2e-2',
      ]);
      await expect(list.locator('tr[data-loop="qa-e2e-1"] [lang="en"]').first().innerText()).resolves.toBe(
        'Point qa-e2e-1',
      );
      await expect(list.locator('tr[data-loop="qa-e2e-1"]').getByTestId('only-english').count()).resolves.toBe(2);
      expect(await accessibilityProblems(list)).toEqual([]);
      await list.goto('/language/en?returnTo=/dashboard/outcomes');
      await list.close();

      // The table by organisation as a file: its header in words, exact counts.
      const href = await page.getByTestId('outcomes-file-organisations').getAttribute('href');
      const file = await page.request.get(href!);
      expect(file.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(file.headers()['content-disposition']).toMatch(/^attachment; filename=".*-outcomes-by-organisations-/);
      const rows = csvParseRows(await file.text());
      expect(rows[0]).toEqual([
        'Raised from (month)',
        'Raised to (month)',
        'Organisation',
        'A service changed',
        'A policy changed',
        'A commissioning decision',
        'Money or staff were allocated',
        'Information improved',
        'Nothing changed',
        'Outcome not recorded',
        'All closed loops',
      ]);
      expect(rows).toContainEqual([
        `${year}-01`,
        `${year}-12`,
        'QA Outcomes Trust',
        '2',
        '1',
        '0',
        '0',
        '0',
        '0',
        '0',
        '3',
      ]);
      expect(rows).toContainEqual([
        `${year}-01`,
        `${year}-12`,
        'QA Outcomes School',
        '0',
        '0',
        '1',
        '0',
        '0',
        '0',
        '0',
        '1',
      ]);
      expect(rows.at(-1)).toEqual([
        `${year}-01`,
        `${year}-12`,
        'All organisations',
        '2',
        '1',
        '1',
        '0',
        '0',
        '0',
        '0',
        '4',
      ]);

      expect(await accessibilityProblems(page)).toEqual([]);
      await page.getByTestId('outcomes-months').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${artifacts}outcomes-1280.png`, fullPage: true });
      // On a phone: the tables are cards, nothing wider than the screen.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.reload();
      expect(await page.evaluate(tooWide)).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: `${artifacts}outcomes-320.png`, fullPage: true });
      await context.close();
    },
  );

  it('is the commissioner’s too, from the header, and works without JavaScript', { timeout: 120_000 }, async () => {
    const context = await signedInContext(browser, app.url, 'demo-commissioner');
    const page = await context.newPage();
    await page.goto('/dashboard');
    await Promise.all([
      page.waitForURL(/\/dashboard\/outcomes$/),
      page.locator('header nav a[href="/dashboard/outcomes"]').click(),
    ]);
    await page.goto(`/dashboard/outcomes?period=${period}`);
    expect((await counts(page, 'organisations'))[trust]).toMatchObject({ 'service-change': '2', total: '3' });
    expect(await loopsBehind(page, 'organisations', school, 'commissioning-decision')).toEqual(['qa-e2e-4']);
    expect(await accessibilityProblems(page)).toEqual([]);

    const plain = await signedInContext(browser, app.url, 'demo-commissioner', { javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(`/dashboard/outcomes?period=${period}`);
    // The period form and every table, with their links, are there without scripts.
    await expect(noScript.locator('main table').count()).resolves.toBe(3);
    expect((await counts(noScript, 'stages')).commissioning).toMatchObject({ total: '2' });
    await noScript.selectOption('#period', '');
    await Promise.all([
      noScript.waitForURL(/period=$/),
      noScript.getByRole('button', { name: 'Show figures' }).click(),
    ]);
    await expect(noScript.locator('h1').innerText()).resolves.toBe('What feedback changed');
    await Promise.all([context.close(), plain.close()]);
  });

  it(
    'is refused to a signatory’s editor, who reads their own organisation’s figures only',
    { timeout: 120_000 },
    async () => {
      const context = await signedInContext(browser, app.url, 'demo-council-editor');
      const page = await context.newPage();
      for (const path of [
        '/dashboard/outcomes',
        `/dashboard/outcomes/loops?period=${period}&signatory=demo-city-council-childrens-services`,
        '/dashboard/outcomes/outcomes.csv?table=organisations',
      ]) {
        const response = await page.goto(path).catch(() => undefined);
        const status = response?.status() ?? (await page.request.get(path)).status();
        expect(status, path).toBe(403);
      }
      await page.goto('/dashboard/outcomes');
      await expect(page.locator('main').innerText()).resolves.toContain(
        'This page is for: Board admin and Commissioner. Your account does not have that role.',
      );
      await expect(page.locator('header nav a[href="/dashboard/outcomes"]').count()).resolves.toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
      await context.close();
    },
  );
});
