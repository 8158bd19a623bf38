/**
 * Deleting a record entered by mistake: from its page, through a confirmation that names
 * it, back to the list with the record gone. Refused for another organisation's records,
 * and when the record changed since the confirmation was opened. Works without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  editor = await signedInContext(browser, app.url, 'demo-council-editor');
  page = await editor.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const recordLinks = (p: Page) => p.locator('[data-testid="records"] tbody th a');
const caption = (p: Page) => p.locator('[data-testid="records"] caption').innerText();

describe('deleting a record entered by mistake', () => {
  it('asks to confirm, naming the activity, then deletes it and says so', async () => {
    await page.goto('/manage/activities');
    const before = await caption(page);
    const link = recordLinks(page).first();
    const title = await link.innerText();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.getByRole('link', { name: 'Delete this activity' }).click();
    await page.waitForURL(/\/delete$/);
    await expect(page.getByTestId('deleting').innerText()).resolves.toBe(`The activity ‘${title}’`);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByRole('link', { name: 'No, go back' }).click();
    expect(new URL(page.url()).pathname).toBe(new URL(href, app.url).pathname);
    await page.getByRole('link', { name: 'Delete this activity' }).click();
    await submit(page, 'Yes, delete it');

    expect(new URL(page.url()).pathname).toBe('/manage/activities');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      `The activity ‘${title}’ was deleted.`,
    );
    const count = (text: string) => Number(/\d+/.exec(text)?.[0]);
    expect(count(await caption(page))).toBe(count(before) - 1);
    const opened = await page.goto(href);
    expect(opened?.status()).toBe(404);
  });

  it('refuses when the record changed after the confirmation was opened, and keeps it', async () => {
    await page.goto('/manage/activities');
    const href = (await recordLinks(page).first().getAttribute('href'))!;
    await page.goto(`${href}/delete`);
    const other = await editor.newPage();
    await other.goto(href);
    await other.getByLabel('Title', { exact: true }).fill('Renamed while someone was deleting it');
    await submit(other, 'Save activity');
    await other.close();

    await submit(page, 'Yes, delete it');
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
      'Someone changed this record since you opened it',
    );
    await page.goto(href);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(
      'Renamed while someone was deleting it',
    );
  });

  it('does not let another organisation’s editor delete it', async () => {
    await page.goto('/manage/activities');
    const href = (await recordLinks(page).first().getAttribute('href'))!;
    const school = await signedInContext(browser, app.url, 'demo-school-editor');
    const schoolPage = await school.newPage();
    // Another organisation's record is not found, as if it did not exist.
    const response = await schoolPage.goto(`${href}/delete`);
    expect(response?.status()).toBe(404);
    await school.close();
    await page.goto(href);
    await expect(page.getByRole('link', { name: 'Delete this activity' }).count()).resolves.toBe(1);
  });

  it('deletes a feedback loop without JavaScript', async () => {
    const plain = await signedInContext(browser, app.url, 'demo-council-editor', { javaScriptEnabled: false });
    const loops = await plain.newPage();
    await loops.goto('/manage/loops');
    const before = await caption(loops);
    await recordLinks(loops).first().click();
    await loops.getByRole('link', { name: 'Delete this feedback loop' }).click();
    await expect(loops.getByTestId('deleting').innerText()).resolves.toMatch(/^The feedback loop ‘.+’$/);
    await submit(loops, 'Yes, delete it');
    expect(new URL(loops.url()).pathname).toBe('/manage/loops');
    await expect(loops.locator('.govuk-notification-banner').innerText()).resolves.toContain('was deleted.');
    expect(await caption(loops)).not.toBe(before);
    await plain.close();
  });

  it('knows only the kinds of record it can delete', async () => {
    const response = await page.goto('/manage/challenges/any/delete');
    expect(response?.status()).toBe(404);
  });
});
