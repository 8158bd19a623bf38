/**
 * Every page on a phone, in English and in Welsh, as each role that can open it: the public
 * pages (their Welsh by their /cy address), the board's, the outcomes, the records' lists,
 * new and edit pages, the administration pages, sign-in and the error pages (their Welsh by
 * the language switch's address). At 320 and 375 px wide nothing is wider than the screen
 * and no table cell is cut off inside a box that scrolls sideways; below the tablet
 * breakpoint each row stands as a card whose every cell shows its column's label, and a
 * sortable table still offers every sort; a page with a table is measured on a tablet, a
 * small laptop and a desktop too, where a table that stops stacking must fit. A Welsh page
 * names no month in English outside text marked `lang="en"`. Screenshots of the public
 * overview, the board overview and a signatory page at 375 px go to test/artifacts/phone/;
 * those pages, stacked at 320 px, pass axe. On paper, with or without JavaScript and with no
 * `beforeprint` event, every chart's table is shown and the controls are not.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { financialYearOf } from '@equal-partners/shared';
import { accessibilityProblems } from '../support/a11y.ts';
import { closedFeedback, finishedImport, raiseChallenge, startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { daysAgo } from '../support/forms.ts';
import { signedInContext, type DemoAccount } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
/** The path of a feedback link whose window has closed (`/f/{token}`). */
let closedFeedbackLink: string;
/** The page of an import that has finished (`/manage/import/{id}`). */
let importPage: string;
const artifacts = new URL('../artifacts/phone/', import.meta.url).pathname;
const trust = 'demo-city-hospitals-nhs-trust';
/** The last financial year ended: the year the annual involvement report is first offered for. */
const annualYear = financialYearOf(new Date().toISOString().slice(0, 7)) - 1;
/** Phones, where tables stack, then a tablet, a small laptop and a desktop, where they must fit too. */
const widths = [320, 375, 641, 768, 1024, 1280];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
  // The demo data has no challenges: raise one, so that the challenge list has a row.
  await raiseChallenge(app, 'phone-challenge', daysAgo(5));
  // Nor feedback links: one whose window has closed, to walk what the people who took part see then.
  closedFeedbackLink = await closedFeedback(app);
  importPage = await finishedImport(app);
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

/**
 * Months named in English in a Welsh page's text (its words and its labels for screen
 * readers), outside an element marked `lang="en"` (a name, or a text only in English).
 */
function englishMonths(): string[] {
  const month =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
  const english = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang')?.startsWith('en') ?? false;
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template') || english(parent)) continue;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (month.test(text)) found.push(text.slice(0, 80));
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [alt]')) {
    if (english(el)) continue;
    for (const name of ['aria-label', 'title', 'alt']) {
      const text = el.getAttribute(name) ?? '';
      if (month.test(text)) found.push(`${name}="${text.slice(0, 80)}"`);
    }
  }
  return found;
}

/** The page at 320 and 375 px (and wider, with a table), with every disclosure open (charts' tables too): no problems. */
async function checkAtPhoneWidths(page: Page, label: string, path: string) {
  const tables = await page.locator('main table').count();
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  for (const width of tables > 0 ? widths : widths.slice(0, 2)) {
    await page.setViewportSize({ width, height: 800 });
    expect(await page.evaluate(phoneProblems), `${label} at ${width} px`).toEqual([]);
    if (width === 320 && axeAt320.has(path))
      expect(await accessibilityProblems(page), `${label} at 320 px`).toEqual([]);
    if (width === 375 && screenshots[path]) {
      await page.screenshot({ path: `${artifacts}${screenshots[path]}-375.png`, fullPage: true });
    }
  }
}

/**
 * A page to walk: its path (or the path once the app has started), or a list whose first
 * record is walked too (and `then` a page below it), or a refusal.
 */
type Stop = string | (() => string) | { list: string; then?: string } | { path: string; status: number };

/** Every page, by who may open it (a list's first record stands for the others). */
const visits: [DemoAccount | 'public', Stop[]][] = [
  [
    'public',
    [
      '/',
      '/public',
      `/public/${trust}`,
      '/public/register',
      '/accessibility',
      '/cookies',
      // The feedback answer page of a link that opens nothing (a real link's page is walked in feedback.test.ts).
      '/f/AAAAAAAAAAAAAAAAAAAAAA',
      '/f/privacy',
      '/f/privacy/easy-read',
      '/sign-in',
      { path: '/no-such-page', status: 404 },
      { path: '/public/no-such-signatory', status: 404 },
      // What the people who took part see at a link once it has closed.
      () => closedFeedbackLink,
      `/public/${trust}/annual/${annualYear}`,
    ],
  ],
  [
    'demo-board-admin',
    [
      '/',
      '/dashboard',
      '/dashboard/outcomes',
      '/dashboard/outcomes/loops',
      '/dashboard/report',
      '/dashboard/report?signatories=all',
      `/dashboard/signatories/${trust}`,
      '/manage',
      { list: '/manage/activities', then: '/delete' },
      '/manage/activities/new',
      { list: '/manage/loops' },
      '/manage/loops/new',
      { list: '/manage/assessments' },
      '/manage/assessments/new',
      { list: '/manage/challenges' },
      '/manage/challenges/new',
      '/manage/import',
      '/manage/publish',
      '/admin',
      { list: '/admin/signatories' },
      '/admin/signatories/new',
      { list: '/admin/baselines' },
      '/admin/baselines/new',
      '/admin/charter',
      '/admin/groups',
      '/admin/api-keys',
      { list: '/admin/users' },
      '/admin/settings',
      '/admin/alerts',
      '/manage/feedback',
      // The board's view of when a link's answers came in, and its void.
      '/manage/activities/phone-feedback/feedback',
      '/manage/activities/phone-feedback/feedback/void',
      `/dashboard/signatories/${trust}/annual/${annualYear}`,
    ],
  ],
  [
    'demo-council-editor',
    [
      '/',
      '/manage',
      { list: '/manage/activities', then: '/feedback' },
      '/manage/activities/new',
      { list: '/manage/loops' },
      '/manage/loops/new',
      { list: '/manage/assessments' },
      '/manage/assessments/new',
      // The challenge raised with the council, with its form to answer it.
      { list: '/manage/challenges' },
      '/manage/import',
      `/dashboard/signatories/demo-city-council-childrens-services`,
      { path: '/admin/settings', status: 403 },
      { path: '/dashboard/report', status: 403 },
      '/account',
      '/manage/feedback',
      `/dashboard/signatories/demo-city-council-childrens-services/annual/${annualYear}`,
      // Where an import the editor started stands.
      () => importPage,
    ],
  ],
  ['demo-reviewer', ['/', '/manage', { list: '/manage/challenges' }, '/manage/challenges/new', '/manage/feedback']],
  ['demo-commissioner', ['/']],
];

/** The Welsh of a path: the public pages' own /cy address, every other page through the language switch. */
function inWelsh(path: string): string {
  return /^\/(public|accessibility|cookies|f)(\/|$)/.test(path)
    ? `/cy${path}`
    : `/language/cy?${new URLSearchParams({ returnTo: path })}`;
}

/** The paths of the stops, each list followed by its first record (and the page below it). */
async function pathsOf(page: Page, stops: Stop[]): Promise<{ path: string; status: number }[]> {
  const paths: { path: string; status: number }[] = [];
  for (const stop of stops) {
    if (typeof stop === 'string') paths.push({ path: stop, status: 200 });
    else if (typeof stop === 'function') paths.push({ path: stop(), status: 200 });
    else if ('status' in stop) paths.push(stop);
    else {
      paths.push({ path: stop.list, status: 200 });
      await page.goto(stop.list);
      const first = page.locator('[data-testid="records"] tbody a').first();
      const record = new URL((await first.getAttribute('href'))!, app.url).pathname;
      paths.push({ path: record, status: 200 }, ...(stop.then ? [{ path: `${record}${stop.then}`, status: 200 }] : []));
    }
  }
  return paths;
}

describe.concurrent('every page on a phone', () => {
  for (const [account, stops] of visits) {
    for (const language of ['en', 'cy'] as const) {
      it(
        `fits 320 and 375 px as ${account}, in ${language === 'en' ? 'English' : 'Welsh'}`,
        { timeout: 480_000 },
        async () => {
          const context =
            account === 'public'
              ? await browser.newContext({ baseURL: app.url })
              : await signedInContext(browser, app.url, account);
          const page = await context.newPage();
          for (const { path, status } of await pathsOf(page, stops)) {
            // Each page is loaded as a phone would load it (charts are drawn for the width they have).
            await page.setViewportSize({ width: widths[0]!, height: 800 });
            const response = await page.goto(language === 'cy' ? inWelsh(path) : path);
            const label = `${account} ${language} ${path}`;
            expect(response?.status(), label).toBe(status);
            const landed = new URL(page.url());
            expect(path.includes('?') ? `${landed.pathname}${landed.search}` : landed.pathname, label).toBe(
              language === 'cy' && inWelsh(path).startsWith('/cy') ? `/cy${path}` : path,
            );
            await expect(page.locator('html').getAttribute('lang'), label).resolves.toBe(language);
            if (language === 'cy')
              expect(await page.evaluate(englishMonths), `${label}: months in English`).toEqual([]);
            await checkAtPhoneWidths(
              page,
              label,
              language === 'cy' && path.startsWith('/public') ? `/cy${path}` : path,
            );
          }
          if (account === 'demo-council-editor') {
            // The import's table of row errors, after a file with errors.
            await page.setViewportSize({ width: widths[0]!, height: 800 });
            await page.goto(language === 'cy' ? inWelsh('/manage/import') : '/manage/import');
            await page.locator('input[name="kind"][value="activities"]').check();
            const template = await page.request.get('/api/v1/activities:import-template');
            const columns = (await template.text()).trim().split(',');
            const row = columns.map((column) => (column === 'title' ? 'A title' : column === 'id' ? 'phone-1' : 'x'));
            await page.locator('input[type="file"]').setInputFiles({
              name: 'activities.csv',
              mimeType: 'text/csv',
              buffer: Buffer.from(`${columns.join(',')}\n${row.join(',')}\n`),
            });
            await Promise.all([
              page.waitForNavigation({ waitUntil: 'load' }),
              page.locator('main form button[type="submit"]').first().click(),
            ]);
            await expect(page.locator('[data-testid="row-errors"] tbody tr').count()).resolves.toBeGreaterThan(1);
            if (language === 'cy') expect(await page.evaluate(englishMonths), 'the import in Welsh').toEqual([]);
            await checkAtPhoneWidths(page, `${account} ${language} /manage/import with errors`, '/manage/import');
          }
          await context.close();
        },
      );
    }
  }
});

/** The report pages, each with charts whose tables people need on paper. */
const reports: [DemoAccount | 'public', string[]][] = [
  ['public', ['/public', `/public/${trust}`, `/cy/public/${trust}`]],
  ['demo-board-admin', ['/dashboard', `/dashboard/signatories/${trust}`, '/dashboard/outcomes']],
];

/** On paper: every chart's table shown, no form, button or chart; the legend goes with its chart. */
async function printProblems(page: Page, label: string) {
  await page.emulateMedia({ media: 'print' });
  const figures = page.locator('main figure.app-figure');
  const count = await figures.count();
  expect(count, `${label}: a page with charts`).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const figure = figures.nth(i);
    const caption = await figure.locator('figcaption').innerText();
    await expect(figure.locator('table').first().isVisible(), `${label}: the table of "${caption}"`).resolves.toBe(
      true,
    );
    await expect(figure.locator('.govuk-details__summary').isVisible(), `${label}: "${caption}"`).resolves.toBe(false);
  }
  const shown = await page
    .locator('main form, main button, main .govuk-button, .app-chart, .app-legend')
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => `<${el.tagName.toLowerCase()}.${[...el.classList].join('.')}>`),
    );
  expect(shown, `${label}: controls and charts on paper`).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
}

describe('printing the reports', () => {
  for (const [account, paths] of reports) {
    it(
      `shows every chart's table and no control on paper, without a script and with one, as ${account}`,
      { timeout: 240_000 },
      async () => {
        const [plain, scripted] =
          account === 'public'
            ? await Promise.all([
                browser.newContext({ baseURL: app.url, javaScriptEnabled: false }),
                browser.newContext({ baseURL: app.url }),
              ])
            : await Promise.all([
                signedInContext(browser, app.url, account, { javaScriptEnabled: false }),
                signedInContext(browser, app.url, account),
              ]);
        const [withoutScript, withScript] = [await plain.newPage(), await scripted.newPage()];
        let folded = 0;
        for (const path of paths) {
          await withoutScript.goto(path);
          // Without a script there is no print button: the browser's own print does the same.
          await expect(withoutScript.getByTestId('print-button').count(), path).resolves.toBe(0);
          await printProblems(withoutScript, `${path} without JavaScript`);

          await withScript.goto(path);
          const button = withScript.getByTestId('print-button');
          await expect(button.innerText(), path).resolves.toBe(
            path.startsWith('/cy/') ? 'Argraffu’r dudalen hon' : 'Print this page',
          );
          // Each chart drawn (its table then folded away on screen), and no `beforeprint` event fired.
          const figures = withScript.locator('main figure.app-figure');
          for (let i = 0; i < (await figures.count()); i += 1) {
            await figures.nth(i).scrollIntoViewIfNeeded();
            await figures.nth(i).locator('.app-chart').waitFor();
          }
          // (The outcomes' tables, whose counts are links, stay open beside their charts.)
          folded += await withScript.locator('main figure.app-figure details:not([open])').count();
          await printProblems(withScript, `${path} with JavaScript`);
        }
        // Tables were folded away on screen: on paper the print styles alone opened them.
        expect(folded, 'tables folded on screen').toBeGreaterThan(0);
        await Promise.all([plain.close(), scripted.close()]);
      },
    );
  }
});
