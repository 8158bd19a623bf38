/**
 * What one load of a signatory's page asks of the store and of the sign-in methods: the
 * layout and the page's queries share the partnership the request has read, so it is read
 * once, and the person is authenticated once (by the hooks), however many queries the page
 * runs. Counted on the table's own client, as every query of the host reaches it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { partnershipKeys } from '@equal-partners/functions/partnership';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
const council = 'demo-city-council-childrens-services';

/** Reads of the partnership's item and authentications, while `counting`. */
let counting = false;
let partnershipReads: string[] = [];
let authentications = 0;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  // The partnership's own item (not its rollups, whose sort key names it too), as sent or as marshalled.
  const { pk, sk } = partnershipKeys();
  const partnershipKey = [JSON.stringify({ pk, sk }), JSON.stringify({ pk: { S: pk }, sk: { S: sk } })];
  app.store.client.middlewareStack.add(
    (next, context) => async (args) => {
      const read = ['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand'].includes(context.commandName ?? '');
      const input = JSON.stringify(args.input);
      if (counting && read && partnershipKey.some((key) => input.includes(key))) {
        partnershipReads.push(context.commandName!);
      }
      return next(args);
    },
    { step: 'initialize', name: 'countPartnershipReads' },
  );
  // Every way a token becomes a person, the pages' and any in-process API's alike, counted where it is asked.
  const { authenticators } = app.host;
  authenticators.forEach((authenticate, i) => {
    authenticators[i] = (token) => {
      if (counting) authentications += 1;
      return authenticate(token);
    };
  });
  editor = await signedInContext(browser, app.url, 'demo-council-editor');
});
afterAll(async () => {
  await editor?.close();
  await browser?.close();
  await app?.stop();
});

/** Loads `path` once (the page alone, none of its assets) and counts what it asked. */
async function load(context: BrowserContext, path: string) {
  partnershipReads = [];
  authentications = 0;
  counting = true;
  try {
    const response = await context.request.get(path, { maxRedirects: 0 });
    return { status: response.status(), html: await response.text() };
  } finally {
    counting = false;
  }
}

describe('one load of a signatory’s page', () => {
  it('reads the partnership once and authenticates once, for the organisation’s own editor (exact figures)', async () => {
    const { status, html } = await load(editor, `/dashboard/signatories/${council}?period=2026-Q1`);
    expect(status).toBe(200);
    expect(html).toContain('data-testid="exact-note"');
    expect(partnershipReads).toEqual(['BatchGetItemCommand']);
    expect(authentications).toBe(1);
  });

  it('reads the partnership once and authenticates no one, for the public', async () => {
    const anyone = await browser.newContext({ baseURL: app.url });
    try {
      const { status, html } = await load(anyone, `/public/${council}`);
      expect(status).toBe(200);
      expect(html).toContain('data-testid="charter-status"');
      expect(partnershipReads).toEqual(['BatchGetItemCommand']);
      expect(authentications).toBe(0);
    } finally {
      await anyone.close();
    }
  });
});
