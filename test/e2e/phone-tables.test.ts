/**
 * Every page with a table, on a phone: at 320 and 375 px wide nothing is wider than the
 * screen and no table cell is cut off inside a box that scrolls sideways. Below the
 * tablet breakpoint each row stands as a card whose every cell shows its column's
 * label, and a sortable table still offers every sort. Screenshots of the public
 * overview, the board overview and a signatory page at 375 px go to test/artifacts/phone/;
 * those pages, stacked at 320 px, pass axe. Tablets and desktops are measured too: a table
 * that stops stacking must fit the page.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { raiseChallenge, startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { daysAgo, submit } from '../support/forms.ts';
import { signedInContext, type DemoAccount } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
const artifacts = new URL('../artifacts/phone/', import.meta.url).pathname;
const trust = 'demo-city-hospitals-nhs-trust';
/** Phones, where tables stack, then a tablet, a small laptop and a desktop, where they must fit too. */
const widths = [320, 375, 641, 768, 1024, 1280];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
  // The demo data has no challenges: raise one, so that the challenge list has a row.
  await raiseChallenge(app, 'phone-challenge', daysAgo(5));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Pages photographed at 375 px, by the name of their file; axe checks these (and the Welsh overview) stacked. */
const screenshots: Record<string, string> = {
  '/public': 'public-overview',
  '/dashboard': 'board-overview',
  [`/public/${trust}`]: 'signatory',
};
const axeAt320 = new Set([...Object.keys(screenshots), '/cy/public', '/admin/api-keys']);

/**
 * What is wrong with the page as laid out now: anything wider than the window, a table
 * cell cut off in a box that scrolls, a card's cell without its column's label (below
 * the tablet breakpoint), a sort that cannot be seen.
 */
function phoneProblems(): string[] {
  const problems: string[] = [];
  const width = window.innerWidth;
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const testId = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
    const classes = [...el.classList].map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${testId}${classes}> "${text}"`;
  };
  const page = document.scrollingElement!;
  if (page.scrollWidth > width) problems.push(`the page is ${page.scrollWidth} px wide`);
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      problems.push(`${name(el)} spans ${Math.round(box.left)} to ${Math.round(box.right)} px`);
    }
  }
  // Headings hidden on a phone (their names shown in each card) are cut off on purpose.
  const hidden = (el: Element) => el.getBoundingClientRect().width <= 1 && el.getBoundingClientRect().height <= 1;
  for (const cell of document.querySelectorAll('table th, table td')) {
    if (hidden(cell)) continue;
    for (let el: Element | null = cell; el && el !== document.body; el = el.parentElement) {
      const overflow = getComputedStyle(el).overflowX;
      if (overflow !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(cell)} is cut off in ${name(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);
        break;
      }
    }
  }
  // A column's heading as a person reads it: without the words for screen readers or the sort arrow.
  const heading = (th: Element) => {
    const copy = th.cloneNode(true) as Element;
    copy.querySelectorAll('.govuk-visually-hidden, [aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (copy.textContent ?? '').trim().replace(/\s+/g, ' ');
  };
  const shown = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility === 'visible';
  };
  const measure = document.createElement('canvas').getContext('2d')!;
  for (const table of document.querySelectorAll('main table')) {
    if (!shown(table)) continue;
    if (width < 641 && getComputedStyle(table).display !== 'block') problems.push(`${name(table)} does not stack`);
    const columns = [...table.querySelectorAll('thead tr > *')];
    const headings = columns.map(heading);
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (cell.matches('th[scope="row"]') || !headings[i] || !(cell.textContent ?? '').trim()) return;
        // A table that keeps its columns on a phone shows their headings.
        if (shown(columns[i]!)) return;
        const label = getComputedStyle(cell, '::before');
        if (cell.getAttribute('data-label') !== headings[i] || label.display === 'none' || label.content === 'none') {
          problems.push(`${name(cell)} does not show its label "${headings[i]}"`);
          return;
        }
        // Each word of the label fits the label's width whole: none is broken mid-word.
        const available = parseFloat(label.width) - parseFloat(label.paddingLeft) - parseFloat(label.paddingRight);
        measure.font = `${label.fontWeight} ${label.fontSize} ${label.fontFamily}`;
        for (const word of headings[i]!.split(/\s+/)) {
          const needed = measure.measureText(word).width;
          if (needed > available + 0.5)
            problems.push(
              `the label "${headings[i]}" breaks "${word}" (${Math.round(needed)} px in ${Math.round(available)} px)`,
            );
        }
      });
    }
    for (const sort of table.querySelectorAll('thead a[data-sort]')) {
      if (!shown(sort)) problems.push(`the sort ${name(sort)} cannot be seen`);
    }
  }
  return problems;
}

/** The page at each phone width, with every disclosure open (charts' tables too): no problems. */
async function checkAtPhoneWidths(page: Page, label: string) {
  const path = new URL(page.url()).pathname;
  const tables = await page.locator('main table').count();
  expect(tables, `${label}: a page with a table`).toBeGreaterThan(0);
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  for (const width of widths) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(phoneProblems), `${label} at ${width} px`).toEqual([]);
    if (width === 320 && axeAt320.has(path))
      expect(await accessibilityProblems(page), `${label} at 320 px`).toEqual([]);
    if (width === 375 && screenshots[path]) {
      await page.screenshot({ path: `${artifacts}${screenshots[path]}-375.png`, fullPage: true });
    }
  }
}

/** Every page with a table, by who may open it. */
const visits: [DemoAccount | 'public', string[]][] = [
  ['public', ['/', '/public', '/cy/public', `/public/${trust}`, `/cy/public/${trust}`]],
  [
    'demo-board-admin',
    [
      '/dashboard',
      '/dashboard/outcomes',
      '/dashboard/outcomes/loops',
      `/dashboard/signatories/${trust}`,
      '/admin/signatories',
      '/admin/baselines',
      '/admin/api-keys',
      '/admin/users',
    ],
  ],
  ['demo-council-editor', ['/manage/activities', '/manage/loops', '/manage/assessments', '/manage/challenges']],
  ['demo-reviewer', ['/manage/challenges']],
];

describe('tables on a phone', () => {
  for (const [account, paths] of visits) {
    it(`fit 320 and 375 px as ${account}`, { timeout: 240_000 }, async () => {
      const context =
        account === 'public'
          ? await browser.newContext({ baseURL: app.url })
          : await signedInContext(browser, app.url, account);
      const page = await context.newPage();
      for (const path of paths) {
        // Each page is loaded as a phone would load it (charts are drawn for the width they have).
        await page.setViewportSize({ width: widths[0]!, height: 800 });
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await checkAtPhoneWidths(page, `${account} ${path}`);
      }
      if (account === 'demo-council-editor') {
        // The import's table of row errors, after a file with errors.
        await page.goto('/manage/import');
        await page.getByLabel('Engagement activities').check();
        const template = await page.request.get('/api/v1/activities:import-template');
        const columns = (await template.text()).trim().split(',');
        const row = columns.map((column) => (column === 'title' ? 'A title' : column === 'id' ? 'phone-1' : 'x'));
        await page.getByLabel('Upload a CSV file').setInputFiles({
          name: 'activities.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(`${columns.join(',')}\n${row.join(',')}\n`),
        });
        await submit(page, 'Check the file');
        await expect(page.locator('[data-testid="row-errors"] tbody tr').count()).resolves.toBeGreaterThan(1);
        await checkAtPhoneWidths(page, `${account} /manage/import`);
      }
      await context.close();
    });
  }
});
