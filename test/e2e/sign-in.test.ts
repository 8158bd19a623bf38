/**
 * Signing in and out with the demo accounts, the session cookie and the session it names
 * on the server, which pages need signing in, and the protections around them (same-origin
 * form posts, return paths).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { webSessions } from '@equal-partners/functions/identity/web-sessions';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
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

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === 'ep_session');

describe('signing in with the demo accounts', () => {
  it('sends a visitor to sign in, then back to the page they asked for, and names them and their role', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/manage/loops?months=12');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    const accounts = await page.locator('[data-testid="demo-accounts"] button').allTextContents();
    expect(accounts.map((a) => a.trim())).toEqual(
      expect.arrayContaining([
        'Sign in as Bea Admin (demo)',
        'Sign in as Cal Editor (demo)',
        'Sign in as Sol Editor (demo)',
        'Sign in as Rae Reviewer (demo)',
      ]),
    );
    await page.getByRole('button', { name: 'Sign in as Cal Editor (demo)' }).click();
    await page.waitForURL(/\/manage\/loops\?months=12$/);
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toMatch(
      /Signed in as Cal Editor \(demo\), Signatory editor, Demo City Council Children's Services/,
    );
    await expect(page.locator('h1').innerText()).resolves.toBe('Feedback loops');
    await context.close();
  });

  it('keeps only a random id in an HttpOnly, SameSite=Lax cookie, not Secure over plain http', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin');
    const cookie = await sessionCookie(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    // The token stays on the server, in the session the id names.
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await webSessions(app.store).read(cookie!.value);
    expect(stored?.token).toMatch(/^dev\.demo-board-admin\./);
    expect(Date.parse(stored!.expiresAt)).toBeCloseTo(cookie!.expires * 1000, -4);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('ep_session');
    await context.close();
  });

  it('signs out: the cookie is gone and the records need signing in again', async () => {
    const context = await signedInContext(browser, app.url, 'demo-reviewer');
    const page = await context.newPage();
    await page.goto('/manage');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${app.url}/`);
    expect(await sessionCookie(context)).toBeUndefined();
    await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await page.goto('/manage');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('opens nothing with a copied session cookie after signing out, and its token no longer answers the API', async () => {
    const context = await signedInContext(browser, app.url, 'demo-council-editor');
    const cookie = (await sessionCookie(context))!;
    const { token } = (await webSessions(app.store).read(cookie.value))!;
    const page = await context.newPage();
    await page.goto('/manage');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${app.url}/`);

    const copy = await browser.newContext({ baseURL: app.url });
    await copy.addCookies([{ name: cookie.name, value: cookie.value, url: app.url }]);
    const thief = await copy.newPage();
    await thief.goto('/manage');
    expect(new URL(thief.url()).pathname).toBe('/sign-in');
    await expect(webSessions(app.store).read(cookie.value)).resolves.toBeUndefined();
    const me = await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
    await copy.close();
    await context.close();
  });

  it('treats a forged or stale session cookie as signed out and removes it', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const forged = Buffer.from(JSON.stringify({ token: 'dev.demo-board-admin.forged', name: 'Mallory' })).toString(
      'base64url',
    );
    await context.addCookies([{ name: 'ep_session', value: forged, url: app.url }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('body').innerText()).resolves.not.toContain('Mallory');
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });

  it('says so when an account cannot be signed in, in an error summary that passes axe', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/sign-in');
    // An account listed when the page was opened, gone by the time the button is pressed.
    await page
      .locator('[data-testid="demo-accounts"] button')
      .first()
      .evaluate((b) => b.setAttribute('value', 'gone'));
    await Promise.all([page.waitForNavigation(), page.locator('[data-testid="demo-accounts"] button').first().click()]);
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
      'That account could not be signed in. Choose one of the accounts listed.',
    );
    expect(await sessionCookie(context)).toBeUndefined();
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('returns only to a path on this site after signing in, else lands on Your work', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/sign-in?returnTo=//evil.example/phish');
    await page.getByRole('button', { name: 'Sign in as Bea Admin (demo)' }).click();
    await page.waitForURL(`${app.url}/your-work`);
    await context.close();
  });

  it('goes home, not to an error page or another site, when the return path hides a tab or a line break', async () => {
    for (const returnTo of ['/%09/evil.example', '/%0A/evil.example', '/manage%0D%0ASet-Cookie:%20x=1']) {
      const context = await browser.newContext({ baseURL: app.url });
      const page = await context.newPage();
      const opened = await page.goto(`/sign-in?returnTo=${returnTo}`);
      expect(opened?.status()).toBe(200);
      const [signedIn] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
        page.getByRole('button', { name: 'Sign in as Bea Admin (demo)' }).click(),
      ]);
      expect(signedIn.status()).toBeLessThan(500);
      await page.waitForLoadState();
      expect(new URL(page.url()).origin).toBe(app.url);
      expect(await context.cookies()).not.toContainEqual(expect.objectContaining({ name: 'x' }));
      await context.close();
    }
  });
});

describe('what each role may open', () => {
  it('shows a signatory editor a refusal for board admin pages, and another organisation’s records as not found', async () => {
    const context = await signedInContext(browser, app.url, 'demo-school-editor');
    const page = await context.newPage();
    const admin = await page.goto('/admin/signatories');
    expect(admin?.status()).toBe(403);
    await expect(page.locator('body').innerText()).resolves.toContain('Board admin');
    const councilActivity = await fetch(`${app.url}/api/v1/activities?limit=1`, {
      headers: { authorization: `Bearer ${await demoToken('demo-council-editor')}` },
    }).then(async (r) => ((await r.json()) as { items: { id: string }[] }).items[0]!.id);
    const other = await page.goto(`/manage/activities/${councilActivity}`);
    expect(other?.status()).toBe(404);
    await context.close();
  });

  it('does not let a reviewer open the activity records', async () => {
    const context = await signedInContext(browser, app.url, 'demo-reviewer');
    const page = await context.newPage();
    expect((await page.goto('/manage/activities'))?.status()).toBe(403);
    await context.close();
  });
});

describe('form posts', () => {
  it('refuses a form post from another site, even with the session cookie', async () => {
    const context = await signedInContext(browser, app.url, 'demo-board-admin');
    const cookie = (await sessionCookie(context))!;
    const response = await fetch(`${app.url}/admin/signatories/new`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        cookie: `${cookie.name}=${cookie.value}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ id: 'forged-signatory', name: 'Forged', sector: 'other', 'signedOn.day': '1' }),
    });
    expect(response.status).toBe(403);
    const listed = await fetch(`${app.url}/api/v1/signatories/forged-signatory`);
    expect(listed.status).toBe(404);
    await context.close();
  });
});

describe('the deployed web server', () => {
  it('contains no development sign-in: the host provides it at run time', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
      });
    const server = new URL('../../web/build/server/', import.meta.url).pathname;
    const code = files(server).map((path) => readFileSync(path, 'utf8'));
    expect(code.length).toBeGreaterThan(10);
    // The server looks for the host's sign-in methods at run time.
    expect(code.some((text) => text.includes('equal-partners.host'))).toBe(true);
    for (const text of code) {
      expect(text).not.toContain('There is no seeded account');
      expect(text).not.toContain('@demo.example');
    }
  });
});

describe('when the sign-in service cannot confirm a session', () => {
  it('answers a signed-in person with a page saying to try again in a minute, not a request to sign in again', async () => {
    const busy = await startApp(new Date());
    try {
      const context = await signedInContext(browser, busy.url, 'demo-council-editor', { javaScriptEnabled: false });
      let response = await context.request.get('/manage/loops', { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      // The sign-in service (Cognito in AWS) stops answering.
      busy.host.authenticators.splice(0, Infinity, () =>
        Promise.reject(new Error('The sign-in service is unavailable')),
      );
      response = await context.request.get('/manage/loops', { maxRedirects: 0 });
      expect(response.status()).toBe(503);
      const text = await response.text();
      expect(text).toContain('Sorry, there is a problem with the service');
      expect(text).toContain('Your sign-in could not be checked just now. Wait a minute, then try again.');
      // The session is kept for when the API answers again.
      expect(await sessionCookie(context)).toBeDefined();
      await context.close();
    } finally {
      await busy.stop();
    }
  });
});

async function demoToken(userId: string): Promise<string> {
  const response = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
}
