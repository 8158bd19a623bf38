/**
 * The pages about the site itself, linked from every page's footer in the page's
 * language: the accessibility statement, with the contact the board gives in its
 * settings, and the cookies page, which lists every cookie the site sets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const visitor = () => browser.newContext({ baseURL: app.url });

describe('the footer', () => {
  it('links to the accessibility statement and the cookies page in the page’s language', async () => {
    const page = await (await visitor()).newPage();
    for (const [from, accessibility, cookies, lang] of [
      ['/public', 'Accessibility statement', 'Cookies', 'en'],
      ['/cy/public', 'Datganiad hygyrchedd', 'Cwcis', 'cy'],
    ] as const) {
      const home = lang === 'cy' ? '/cy' : '';
      await page.goto(from);
      const footer = page.getByRole('contentinfo');
      await Promise.all([
        page.waitForURL(`${app.url}${home}/accessibility`),
        footer.getByRole('link', { name: accessibility }).click(),
      ]);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(accessibility);
      await Promise.all([
        page.waitForURL(`${app.url}${home}/cookies`),
        footer.getByRole('link', { name: cookies }).click(),
      ]);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(cookies);
    }
  });
});

describe('the accessibility statement', () => {
  it('gives the contact the board sets for the public, and passes axe in English and Welsh', async () => {
    const page = await (await visitor()).newPage();
    await page.goto('/accessibility');
    const demo = page.getByTestId('public-contact').getByRole('link');
    await expect(demo.getAttribute('href')).resolves.toBe('mailto:participation@demo-city.example');

    const admin = await (await signedInContext(browser, app.url, 'demo-board-admin')).newPage();
    await admin.goto('/admin/settings');
    await admin.getByLabel('Contact for the public (optional)').fill(' https://demo-city.example/accessibility ');
    await submit(admin, 'Save settings');
    await admin.waitForURL(/\/admin\/settings\?saved/);

    const partnership = (await (await page.request.get('/api/v1/partnership')).json()) as { name: string };
    for (const path of ['/accessibility', '/cy/accessibility']) {
      await page.goto(path);
      const contact = page.getByTestId('public-contact').getByRole('link');
      await expect(contact.getAttribute('href'), path).resolves.toBe('https://demo-city.example/accessibility');
      await expect(page.locator('main').innerText(), path).resolves.toContain(partnership.name);
      expect(await accessibilityProblems(page), path).toEqual([]);
    }

    // Cleared, the statement says whom to contact without a link.
    await admin.goto('/admin/settings');
    await admin.getByLabel('Contact for the public (optional)').fill('');
    await submit(admin, 'Save settings');
    await admin.waitForURL(/\/admin\/settings\?saved/);
    await page.goto('/accessibility');
    await expect(page.getByTestId('public-contact').count()).resolves.toBe(0);
    await expect(page.locator('main').innerText()).resolves.toContain(`contact ${partnership.name}.`);
  });
});

describe('both pages', () => {
  it('fit a 320 pixel screen without scrolling sideways, in English and Welsh', async () => {
    const page = await browser.newPage({ baseURL: app.url, viewport: { width: 320, height: 800 } });
    for (const path of ['/accessibility', '/cookies', '/cy/accessibility', '/cy/cookies']) {
      await page.goto(path);
      await expect(sidewaysScroll(page), path).resolves.toBe(0);
    }
  });
});

describe('the cookies page', () => {
  it('lists every cookie the site sets, and the public pages set none', async () => {
    const context = await visitor();
    const page = await context.newPage();
    for (const path of ['/', '/public', '/cy/public', '/accessibility', '/cookies']) await page.goto(path);
    await expect(context.cookies()).resolves.toEqual([]);
    const listed = await page.getByTestId('cookie-name').allInnerTexts();

    const signedIn = await signedInContext(browser, app.url, 'demo-school-editor');
    // Choosing a language sets the last cookie the site has.
    await (await signedIn.newPage()).goto('/language/cy?returnTo=%2Fmanage');
    const set = (await signedIn.cookies()).map((cookie) => cookie.name);
    expect(set).toContain('ep_lang');
    expect(set.filter((name) => !listed.includes(name))).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
