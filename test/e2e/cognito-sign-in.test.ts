/**
 * Signing in as deployed, against a stand-in for Cognito: the site's own pages over the
 * user pool API (password, then the authenticator app's code, with or without JavaScript), and the hosted sign-in's
 * authorisation code flow with PKCE kept as a fallback at `/sign-in/hosted`. The API app
 * accepts the access tokens the stand-in issues, as the Cognito authenticator accepts
 * Cognito's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApp } from '@equal-partners/functions/app';
import { webSessions } from '@equal-partners/functions/identity/web-sessions';
import { createHost, provideHost } from '@equal-partners/functions/host';
import { loadDemoPartnership } from '@equal-partners/functions/local/demo';
import { loadWebHandler, startLocalServer, type LocalServer } from '@equal-partners/functions/local';
import { createTestStore, type TestStore } from '@equal-partners/functions/testing';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { startFakeCognito, type FakeCognito } from '../support/fake-cognito.ts';

let cognito: FakeCognito;
let store: TestStore;
let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  [cognito, store, browser] = await Promise.all([
    startFakeCognito({ email: 'chair@board.example' }),
    createTestStore('e2e-cognito'),
    launchBrowser(),
  ]);
  await loadDemoPartnership(store, new Date());
  process.env.COGNITO_DOMAIN = cognito.url;
  process.env.COGNITO_CLIENT_ID = cognito.clientId;
  process.env.COGNITO_USER_POOL_ID = 'eu-west-2_TestPool';
  // The user pool API the sign-in pages call is the stand-in's too.
  process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER = cognito.url;
  const host = createHost({
    store,
    authenticators: [
      // Only the chair's account is in a role group.
      async (token) =>
        cognito.issued.get(token) === 'chair@board.example'
          ? { kind: 'user', id: 'sub-123', role: 'board-admin' }
          : undefined,
    ],
  });
  const api = createApp({ host, version: 'test' });
  provideHost(host);
  server = await startLocalServer({ api, web: await loadWebHandler(), port: 0 });
});
afterAll(async () => {
  delete process.env.COGNITO_DOMAIN;
  delete process.env.COGNITO_CLIENT_ID;
  delete process.env.COGNITO_USER_POOL_ID;
  delete process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER;
  await browser?.close();
  await server?.close();
  await cognito?.close();
  await store?.drop();
});

/** The page passes axe (WCAG 2.2 AA) and fits the phone's width without scrolling sideways. */
async function fitsAndPassesAxe(page: Page): Promise<void> {
  expect((await axeViolations(page)).map((v) => `${page.url()}: ${v.id}`)).toEqual([]);
  const width = page.viewportSize()!.width;
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
}

describe('signing in on the site’s own pages', () => {
  it('signs in in Welsh with the password and the app’s code, saying the same for a wrong password as for no account', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 375, height: 800 } });
    await context.addCookies([{ name: 'ep_lang', value: 'cy', url: server.url }]);
    const page = await context.newPage();
    await page.goto('/manage');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');

    const attempt = async (email: string, password: string) => {
      await page.getByLabel('Cyfeiriad e-bost').fill(email);
      await page.getByLabel('Cyfrinair').fill(password);
      await page.getByRole('button', { name: 'Parhau' }).click();
    };
    await attempt('chair@board.example', 'not-the-password');
    const wrongPassword = await page.locator('.govuk-error-summary').innerText();
    expect(wrongPassword).toContain('Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir.');
    await attempt('nobody@board.example', cognito.password);
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toBe(wrongPassword);
    await fitsAndPassesAxe(page);

    await attempt('chair@board.example', cognito.password);
    await page.waitForURL(`${server.url}/sign-in/challenge`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Rhowch y cod o’ch ap dilysu');
    // Cognito's session for the step stays on the server side of the page: only in the HttpOnly sign-in cookie.
    const pending = (await context.cookies()).find((c) => c.name === 'ep_sign_in');
    expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.content()).not.toContain(JSON.parse(decodeURIComponent(pending!.value)).session);

    await page.getByLabel('Cod').fill('000000');
    await page.getByRole('button', { name: 'Parhau' }).click();
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain('Nid yw’r cod yn gywir');
    await fitsAndPassesAxe(page);
    await page.getByLabel('Cod').fill('123 456');
    await page.getByRole('button', { name: 'Parhau' }).click();
    await page.waitForURL(`${server.url}/manage`);
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toContain('chair@board.example');
    expect((await context.cookies()).map((c) => c.name).sort()).toEqual(['ep_lang', 'ep_session']);
    // Two refused passwords, the right one, a wrong code and the right one.
    expect(cognito.apiCalls).toEqual([
      'InitiateAuth',
      'InitiateAuth',
      'InitiateAuth',
      'RespondToAuthChallenge',
      'RespondToAuthChallenge',
    ]);
    await context.close();
  });

  it('sets up an authenticator app at 320 px, turns away an account with no role, and sends a reset code', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    cognito.user.email = 'new.starter@board.example';
    try {
      await page.goto('/sign-in/forgot-password');
      await page.getByLabel('E-mail address').fill('anyone@board.example');
      await page.getByRole('button', { name: 'Send the code' }).click();
      await expect(page.getByTestId('code-sent').innerText()).resolves.toContain(
        'If anyone@board.example has an account, a code is on its way to it.',
      );
      await fitsAndPassesAxe(page);

      await page.goto('/sign-in');
      await page.getByLabel('E-mail address').fill('new.starter@board.example');
      await page.getByLabel('Password').fill(cognito.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(`${server.url}/sign-in/challenge`);
      await expect(page.locator('h1').innerText()).resolves.toBe('Set up your authenticator app');
      await expect(page.getByTestId('app-secret').innerText()).resolves.toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
      await expect(page.getByRole('img', { name: 'QR code for your authenticator app' }).isVisible()).resolves.toBe(
        true,
      );
      await fitsAndPassesAxe(page);

      await page.getByLabel('The 6-digit code the app shows').fill('123456');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
        'Your account has no role in this partnership yet.',
      );
      expect((await context.cookies()).map((c) => c.name)).not.toContain('ep_session');
    } finally {
      cognito.user.email = 'chair@board.example';
      await context.close();
    }
  });

  it('has an invited person choose their password, then set up the app, in Welsh', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 375, height: 800 } });
    await context.addCookies([{ name: 'ep_lang', value: 'cy', url: server.url }]);
    const page = await context.newPage();
    cognito.user.email = 'invited@board.example';
    cognito.invited.add('invited@board.example');
    try {
      await page.goto('/sign-in');
      await page.getByLabel('Cyfeiriad e-bost').fill('invited@board.example');
      await page.getByLabel('Cyfrinair').fill(cognito.password);
      await page.getByRole('button', { name: 'Parhau' }).click();
      await page.waitForURL(`${server.url}/sign-in/challenge`);
      await expect(page.locator('h1').innerText()).resolves.toBe('Dewiswch eich cyfrinair');
      await expect(page.locator('main').innerText()).resolves.toContain('o leiaf 12 nod');
      await fitsAndPassesAxe(page);
      // Two passwords that differ, then one the pool refuses: each said in Welsh, on the same page.
      await page.getByLabel('Cyfrinair newydd', { exact: true }).fill('Short-1');
      await page.getByLabel('Teipiwch y cyfrinair newydd eto').fill('Short-2');
      await page.getByRole('button', { name: 'Parhau' }).click();
      await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
        'Nid yw’r ddau gyfrinair yr un fath',
      );
      await page.getByLabel('Cyfrinair newydd', { exact: true }).fill('Short-1');
      await page.getByLabel('Teipiwch y cyfrinair newydd eto').fill('Short-1');
      await page.getByRole('button', { name: 'Parhau' }).click();
      await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
        'Nid yw’r cyfrinair newydd yn dilyn y rheolau isod',
      );
      await fitsAndPassesAxe(page);
      await page.getByLabel('Cyfrinair newydd', { exact: true }).fill('A-long-enough-password-1');
      await page.getByLabel('Teipiwch y cyfrinair newydd eto').fill('A-long-enough-password-1');
      await page.getByRole('button', { name: 'Parhau' }).click();
      await expect(page.locator('h1').innerText()).resolves.toBe('Gosodwch eich ap dilysu');
      await expect(page.getByRole('img', { name: 'Cod QR ar gyfer eich ap dilysu' }).isVisible()).resolves.toBe(true);
      await fitsAndPassesAxe(page);
      expect(cognito.invited.has('invited@board.example')).toBe(false);
    } finally {
      cognito.user.email = 'chair@board.example';
      cognito.invited.clear();
      await context.close();
    }
  });

  it('signs in with no JavaScript: each step is a plain form post', async () => {
    const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/sign-in?returnTo=%2Fadmin');
    await page.getByLabel('E-mail address').fill('chair@board.example');
    await page.getByLabel('Password').fill(cognito.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${server.url}/sign-in/challenge`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Enter the code from your authenticator app');
    await page.getByLabel('Code').fill('123456');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${server.url}/admin`);
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toContain('chair@board.example');
    await context.close();
  });
});

describe('signing in with the hosted sign-in', () => {
  it('goes to the hosted sign-in with a PKCE challenge and comes back signed in to the page asked for', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const authorise: URL[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${cognito.url}/oauth2/authorize`)) authorise.push(new URL(request.url()));
    });
    await page.goto(`/sign-in/hosted?${new URLSearchParams({ returnTo: '/admin/users' })}`);
    await page.waitForURL(`${server.url}/admin/users`);

    expect(authorise).toHaveLength(1);
    expect(Object.fromEntries(authorise[0]!.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: cognito.clientId,
      redirect_uri: `${server.url}/auth/callback`,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    // The verifier went only to the token endpoint, server to server.
    expect(cognito.tokenRequests.at(-1)?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(authorise[0]!.href).not.toContain(cognito.tokenRequests.at(-1)!.get('code_verifier')!);

    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toMatch(
      /Signed in as chair@board\.example, Board admin/,
    );
    await expect(page.locator('main').innerText()).resolves.toContain('they get an e-mail with a temporary password');
    const cookie = (await context.cookies()).find((c) => c.name === 'ep_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 3000);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/`);
    expect((await context.cookies()).find((c) => c.name === 'ep_session')).toBeUndefined();
    await context.close();
  });

  it('keeps people signed in after their access token expires, and revokes the refresh token on sign-out', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto(`/sign-in/hosted?${new URLSearchParams({ returnTo: '/manage' })}`);
    await page.waitForURL(`${server.url}/manage`);
    // The refresh token is kept in the session on the server, in no cookie.
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['ep_session']);
    const refresh = (await webSessions(store).read(cookies[0]!.value))?.refreshToken;
    expect(cognito.refreshTokens.get(refresh!)).toBe('chair@board.example');

    // An hour later: the API no longer accepts the access token.
    cognito.expireAccessTokens();
    const authorise: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${cognito.url}/oauth2/authorize`)) authorise.push(request.url());
    });
    await page.goto('/admin/users');
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await expect(page.getByTestId('signed-in-as').innerText()).resolves.toContain('chair@board.example');
    expect(authorise).toEqual([]);
    expect(cognito.tokenRequests.at(-1)?.get('grant_type')).toBe('refresh_token');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.url}/`);
    expect(cognito.revoked).toContain(refresh);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('ep_session');
    await expect(webSessions(store).read(cookies[0]!.value)).resolves.toBeUndefined();

    // With the refresh token gone too, an expired session means signing in again.
    await page.goto('/sign-in/hosted');
    await page.waitForURL(`${server.url}/your-work`);
    cognito.expireAccessTokens();
    cognito.refreshTokens.clear();
    await page.goto('/manage');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByTestId('password-form').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('refuses a callback whose state does not match the sign-in it started, and offers to try again', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    cognito.forgeNextState('not-the-state');
    const requests = cognito.tokenRequests.length;
    await page.goto('/sign-in/hosted');
    expect(new URL(page.url()).pathname).toBe('/auth/callback');
    await expect(page.locator('h1').innerText()).resolves.toBe('You could not be signed in');
    await expect(page.getByRole('link', { name: 'Try signing in again' }).isVisible()).resolves.toBe(true);
    expect((await context.cookies()).find((c) => c.name === 'ep_session')).toBeUndefined();
    // The code was never exchanged.
    expect(cognito.tokenRequests).toHaveLength(requests);
    await context.close();
  });

  it('turns away an account with no role, rather than sending it round in circles', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    cognito.user.email = 'new.starter@board.example';
    try {
      await page.goto(`/sign-in/hosted?${new URLSearchParams({ returnTo: '/manage' })}`);
      expect(new URL(page.url()).pathname).toBe('/auth/callback');
      await expect(page.getByTestId('sign-in-problem').innerText()).resolves.toContain(
        'Your account has no role in this partnership yet.',
      );
      expect((await context.cookies()).find((c) => c.name === 'ep_session')).toBeUndefined();
    } finally {
      cognito.user.email = 'chair@board.example';
      await context.close();
    }
  });
});
