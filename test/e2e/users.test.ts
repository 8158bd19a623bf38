/**
 * The board manages who can sign in from the app: adding someone (invalid, then valid),
 * who can then sign in with that role; changing a role; turning an account off; and not
 * being able to lock themselves out. Also without JavaScript, as on a locked-down laptop
 * (axe needs JavaScript, so it runs in the other context).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { errorSummary, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  admin = await signedInContext(browser, app.url, 'demo-board-admin');
  page = await admin.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const row = (text: string) => page.locator('[data-testid="records"] tbody tr', { hasText: text });

describe('people who can sign in', () => {
  it('lists every account with its role, organisation and status', async () => {
    await page.goto('/admin/users');
    await expect(row('forum.reviewer@demo.example').innerText()).resolves.toMatch(
      /Reviewer\tDemo City Parent Carer Forum\tCan sign in/,
    );
    await expect(row('board.admin@demo.example').innerText()).resolves.toContain('The whole partnership');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('adds someone after showing every problem, and they can then sign in as a reviewer', async () => {
    await page.goto('/admin/users');
    await page.getByLabel('E-mail address').fill('not an address');
    await page.getByLabel('Reviewer', { exact: true }).check();
    await submit(page, 'Add person');
    expect(await errorSummary(page)).toEqual([
      { message: expect.stringContaining('E-mail address') as string, href: '#email' },
      { message: 'Select the organisation they act for', href: '#signatoryId' },
    ]);
    // What was typed is kept.
    await expect(page.getByLabel('E-mail address').inputValue()).resolves.toBe('not an address');
    await expect(page.getByLabel('Reviewer', { exact: true }).isChecked()).resolves.toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('E-mail address').fill('youth.voice@demo.example');
    await page.getByLabel('Organisation').selectOption({ label: 'Demo City Youth Council' });
    await submit(page, 'Add person');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'youth.voice@demo.example was added.',
    );
    await expect(row('youth.voice@demo.example').innerText()).resolves.toContain('Reviewer\tDemo City Youth Council');

    await page.getByLabel('E-mail address').fill('Youth.Voice@demo.example');
    await page.getByLabel('Board admin', { exact: true }).check();
    await submit(page, 'Add person');
    expect(await errorSummary(page)).toEqual([
      { message: 'An account with this e-mail address already exists.', href: '#email' },
    ]);

    const newcomer = await browser.newContext({ baseURL: app.url });
    const signIn = await newcomer.newPage();
    await signIn.goto('/sign-in');
    await expect(signIn.locator('main').innerText()).resolves.toContain('youth.voice@demo.example');
    await newcomer.close();
  });

  it('changes a role and organisation, and turns an account off so it disappears from sign-in', async () => {
    await page.goto('/admin/users');
    await row('youth.voice@demo.example').getByRole('link', { name: 'Change' }).click();
    await page.waitForURL(/\/admin\/users\/[^/]+$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Change youth.voice@demo.example');
    await expect(page.getByLabel('Reviewer', { exact: true }).isChecked()).resolves.toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Signatory editor', { exact: true }).check();
    await page.getByLabel('Organisation').selectOption('');
    await submit(page, 'Save changes');
    expect(await errorSummary(page)).toEqual([
      { message: 'Select the organisation they act for', href: '#signatoryId' },
    ]);
    await page.getByLabel('Organisation').selectOption({ label: 'Oakfield Special School' });
    await page.getByLabel('No, turn the account off').check();
    await submit(page, 'Save changes');
    await page.waitForURL(/\/admin\/users\?saved=/);
    await expect(row('youth.voice@demo.example').innerText()).resolves.toContain(
      'Signatory editor\tOakfield Special School\tTurned off',
    );

    const signIn = await browser.newContext({ baseURL: app.url });
    const signInPage = await signIn.newPage();
    await signInPage.goto('/sign-in');
    await expect(signInPage.locator('main').innerText()).resolves.not.toContain('youth.voice@demo.example');
    await signIn.close();
  });

  it('will not let a board admin take away their own board access', async () => {
    await page.goto('/admin/users');
    await row('board.admin@demo.example').getByRole('link', { name: 'Change' }).click();
    await expect(page.getByTestId('own-account').innerText()).resolves.toContain('Another board admin');
    await page.getByLabel('No, turn the account off').check();
    await submit(page, 'Save changes');
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
      'Ask another board admin to change your account',
    );
    await page.goto('/admin/users');
    await expect(row('board.admin@demo.example').innerText()).resolves.toContain('Can sign in');
  });

  it('works without JavaScript', async () => {
    const noScript = await signedInContext(browser, app.url, 'demo-board-admin', { javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto('/admin/users');
    await plain.getByLabel('E-mail address').fill('clerk@demo.example');
    await plain.getByLabel('Board admin', { exact: true }).check();
    await submit(plain, 'Add person');
    await expect(plain.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'clerk@demo.example was added.',
    );
    await plain
      .locator('[data-testid="records"] tbody tr', { hasText: 'clerk@demo.example' })
      .getByRole('link', { name: 'Change' })
      .click();
    await plain.getByLabel('Reviewer', { exact: true }).check();
    await plain.getByLabel('Organisation').selectOption({ label: 'Demo City Parent Carer Forum' });
    await submit(plain, 'Save changes');
    await expect(
      plain.locator('[data-testid="records"] tbody tr', { hasText: 'clerk@demo.example' }).innerText(),
    ).resolves.toContain('Reviewer\tDemo City Parent Carer Forum\tCan sign in');
    await noScript.close();
  });

  it('adds a commissioner for the whole partnership, whatever organisation was chosen', async () => {
    await page.goto('/admin/users');
    await page.getByLabel('E-mail address').fill('commissioning@icb.example');
    await page.getByLabel('Commissioner', { exact: true }).check();
    await page.getByLabel('Organisation').selectOption({ label: 'Demo City Youth Council' });
    await submit(page, 'Add person');
    await expect(row('commissioning@icb.example').innerText()).resolves.toContain(
      'Commissioner\tThe whole partnership\tCan sign in',
    );
  });

  it('is for board admins only', async () => {
    const editor = await signedInContext(browser, app.url, 'demo-council-editor');
    const editorPage = await editor.newPage();
    const response = await editorPage.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await editor.close();
  });
});
