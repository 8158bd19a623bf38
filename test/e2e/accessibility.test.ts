/**
 * Walks every data-entry, administration and sign-in page as each role that may open
 * it: zero WCAG 2.2 AA violations by axe-core with JavaScript on, and the same page
 * working with JavaScript disabled (the same heading, forms and tables). Every such page
 * a role may not open gives the right answer: a 403 page that says who the page is for
 * (and itself passes axe) to someone signed in, the sign-in page to the public. Error
 * states are checked where the forms are submitted (data-entry and admin tests). The
 * commissioner, who records nothing, walks the pages they read instead: the overview,
 * what feedback changed (and its loops) and a signatory's exact figures.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { raiseChallenge, startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { daysAgo } from '../support/forms.ts';
import { signedInContext, type DemoAccount } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
const artifacts = new URL('../artifacts/pages/', import.meta.url).pathname;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
  // The demo data has no challenges: raise one, so that its page is there too.
  await raiseChallenge(app, 'walk-challenge', daysAgo(5));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Pages written to test/artifacts/pages/ for a reviewer to look at. */
const screenshots = new Set([
  '/',
  '/sign-in',
  '/manage',
  '/manage/activities/new',
  '/manage/import',
  '/admin/api-keys',
]);

/** A page to walk; `list` also walks the first record the list links to, and `then` a page below that record. */
type Stop = string | { list: string; then?: string };

/** Every records and administration page (a list's first record stands for the others). */
const recordPages = [
  '/manage',
  '/manage/activities',
  '/manage/activities/new',
  '/manage/loops',
  '/manage/loops/new',
  '/manage/assessments',
  '/manage/assessments/new',
  '/manage/challenges',
  '/manage/challenges/new',
  '/manage/import',
  // Editors' only where the board allows (publication.test.ts); the demo board does not.
  '/manage/publish',
  '/admin',
  '/admin/signatories',
  '/admin/signatories/new',
  '/admin/baselines',
  '/admin/baselines/new',
  '/admin/charter',
  '/admin/groups',
  '/admin/api-keys',
  '/admin/users',
  '/admin/settings',
  '/manage/feedback',
  '/admin/alerts',
];

/** The school's editor has the council editor's role and pages, so is not walked again. */
const walks: Partial<Record<DemoAccount, Stop[]>> = {
  'demo-board-admin': [
    '/',
    '/your-work',
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
    '/manage/feedback',
    '/admin/alerts',
    '/account',
    '/sign-out',
  ],
  'demo-council-editor': [
    '/',
    '/your-work',
    '/manage',
    { list: '/manage/activities' },
    '/manage/activities/new',
    { list: '/manage/loops' },
    '/manage/loops/new',
    { list: '/manage/assessments' },
    '/manage/assessments/new',
    { list: '/manage/challenges' },
    '/manage/import',
    '/manage/feedback',
    '/account',
    // The public pages carry a signed-in person's header too.
    '/public',
  ],
  'demo-reviewer': [
    '/',
    '/your-work',
    '/manage',
    { list: '/manage/assessments' },
    '/manage/assessments/new',
    { list: '/manage/challenges' },
    '/manage/challenges/new',
    '/manage/feedback',
  ],
  'demo-commissioner': [
    '/',
    '/your-work',
    '/dashboard',
    '/dashboard/outcomes',
    '/dashboard/outcomes/loops',
    '/dashboard/signatories/oakfield-special-school',
    '/public/oakfield-special-school',
    '/account',
  ],
};

/** What a page shows that must not depend on JavaScript. */
async function outline(page: Page) {
  return {
    heading: (await page.locator('h1').innerText()).trim(),
    forms: await page.locator('main form').count(),
    fields: await page.locator('main input:not([type=hidden]), main select, main textarea').count(),
    tables: await page.locator('main table').count(),
  };
}

async function walk(
  account: DemoAccount | 'public',
  stops: Stop[],
  withScript: BrowserContext,
  withoutScript: BrowserContext,
) {
  const [page, plain] = [await withScript.newPage(), await withoutScript.newPage()];
  const paths: string[] = [];
  for (const stop of stops) {
    const path = typeof stop === 'string' ? stop : stop.list;
    paths.push(path);
    if (typeof stop !== 'string') {
      await page.goto(path);
      const first = page.locator('[data-testid="records"] tbody a').first();
      const record = new URL((await first.getAttribute('href'))!, app.url).pathname;
      paths.push(record, ...(stop.then ? [`${record}${stop.then}`] : []));
    }
  }
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${account} ${path}`).toBe(200);
    expect(await accessibilityProblems(page), `${account} ${path}`).toEqual([]);
    if (screenshots.has(path)) {
      const name = `${account}${path.replaceAll('/', '_') || '_home'}`.replace(/[^A-Za-z0-9_-]/g, '-');
      await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
    }
    const plainResponse = await plain.goto(path);
    expect(plainResponse?.status(), `${account} ${path} without JavaScript`).toBe(200);
    expect(await outline(plain), `${account} ${path} without JavaScript`).toEqual(await outline(page));
  }
  await Promise.all([page.close(), plain.close()]);
  return paths;
}

/** The record pages a signed-in role may not open each answer 403, on a page that says who they are for. */
async function refusals(account: DemoAccount, walked: string[], context: BrowserContext) {
  const refused = recordPages.filter((path) => !walked.includes(path));
  const page = await context.newPage();
  for (const [i, path] of refused.entries()) {
    const response = await page.goto(path);
    expect(response?.status(), `${account} ${path}`).toBe(403);
    await expect(page.locator('main').innerText(), `${account} ${path}`).resolves.toContain(
      'Your account does not have that role.',
    );
    if (i === 0) {
      expect(await accessibilityProblems(page), `${account} ${path}`).toEqual([]);
      await expect(page.title()).resolves.toMatch(/^Page not for your role – Equal Partners$/);
    }
  }
  await page.close();
  return refused.length;
}

describe.concurrent('every page, as each role, with and without JavaScript', () => {
  for (const [account, stops] of Object.entries(walks) as [DemoAccount, Stop[]][]) {
    it(`as ${account}`, { timeout: 480_000 }, async () => {
      const [withScript, withoutScript] = await Promise.all([
        signedInContext(browser, app.url, account),
        signedInContext(browser, app.url, account, { javaScriptEnabled: false }),
      ]);
      const walked = await walk(account, stops, withScript, withoutScript);
      expect(walked.length).toBeGreaterThanOrEqual(stops.length);
      const refused = await refusals(account, walked, withScript);
      if (account === 'demo-commissioner') {
        // The header offers only what a commissioner can use, and a refusal leads back to the overview.
        const page = await withScript.newPage();
        await page.goto('/manage');
        const header = await page
          .locator('header nav a[href]')
          .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        expect(header).toEqual(['/your-work', '/public', '/dashboard', '/dashboard/outcomes', '/account']);
        await expect(page.locator('main a[href="/dashboard"]').innerText()).resolves.toBe(
          'Go to the partnership overview',
        );
        await page.close();
      }
      if (account === 'demo-board-admin') {
        // A page added to the records or administration menus is walked here too.
        const page = await withScript.newPage();
        for (const menu of ['/manage', '/admin']) {
          await page.goto(menu);
          const links = await page
            .locator('main a[href]')
            .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(links.filter((path) => !recordPages.includes(path))).toEqual([]);
        }
        await page.close();
      }
      expect(walked.filter((path) => recordPages.includes(path)).length + refused).toBe(recordPages.length);
      await Promise.all([withScript.close(), withoutScript.close()]);
    });
  }

  it('as the public: the sign-in pages, and the records only after signing in', { timeout: 480_000 }, async () => {
    const [withScript, withoutScript] = await Promise.all([
      browser.newContext({ baseURL: app.url }),
      browser.newContext({ baseURL: app.url, javaScriptEnabled: false }),
    ]);
    await walk('public', ['/', '/sign-in', '/auth/callback'], withScript, withoutScript);
    const page = await withScript.newPage();
    for (const path of ['/manage/activities/new', '/admin/api-keys']) {
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      expect(new URL(page.url()).searchParams.get('returnTo')).toBe(path);
    }
    // Every other records page sends the public to sign in, and back afterwards.
    for (const path of recordPages) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(303);
      expect(response.headers().location, path).toBe(`/sign-in?${new URLSearchParams({ returnTo: path })}`);
    }
    await Promise.all([withScript.close(), withoutScript.close()]);
  });
});
