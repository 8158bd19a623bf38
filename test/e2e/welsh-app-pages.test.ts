/**
 * The pages without a Welsh address (sign-in, the data-entry pages, errors, home) in the
 * language the person chose: the switch at the top of the page comes back to the same page
 * in the other language, with JavaScript or without, its forms' errors in that language
 * too, and a Welsh reader of the public pages signs in in Welsh (docs/decisions/0501).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { errorSummary, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editorNoScript: BrowserContext;
let editor: BrowserContext;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  [editorNoScript, editor] = await Promise.all([
    signedInContext(browser, app.url, 'demo-school-editor', { javaScriptEnabled: false }),
    signedInContext(browser, app.url, 'demo-school-editor'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const lang = (page: Page) => page.locator('html').getAttribute('lang');
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

/** Follows the frame's language switch and waits for the page it comes back to. */
async function switchLanguage(page: Page): Promise<void> {
  const before = new URL(page.url());
  await Promise.all([
    page.waitForURL((url) => url.pathname === before.pathname && url.search === before.search, { waitUntil: 'load' }),
    page.getByTestId('language-switch').click(),
  ]);
  await page.waitForLoadState('load');
}

describe('the language switch on the signed-in pages', () => {
  it('brings the same page back in Welsh, its form errors too, and back in English, with no JavaScript', async () => {
    const page = await editorNoScript.newPage();
    await page.goto('/manage');
    await expect(lang(page)).resolves.toBe('en');
    await expect(heading(page)).resolves.toBe('Your records');
    const toWelsh = page.getByTestId('language-switch');
    await expect(toWelsh.getAttribute('hreflang')).resolves.toBe('cy');
    await expect(toWelsh.getAttribute('lang')).resolves.toBe('cy');
    await expect(toWelsh.innerText()).resolves.toContain('Cymraeg');

    await switchLanguage(page);
    expect(new URL(page.url()).pathname).toBe('/manage');
    await expect(lang(page)).resolves.toBe('cy');
    await expect(heading(page)).resolves.toBe('Eich cofnodion');
    // The frame is Welsh too, and the switch now offers English.
    await expect(page.getByRole('navigation', { name: 'Eich cofnodion' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Allgofnodi' }).count()).resolves.toBe(1);
    await expect(page.getByTestId('language-switch').innerText()).resolves.toContain('English');
    await expect(page.getByTestId('language-switch').getAttribute('hreflang')).resolves.toBe('en');
    const chosen = (await editorNoScript.cookies()).find((cookie) => cookie.name === 'ep_lang');
    expect(chosen?.value).toBe('cy');

    // A link to a form, submitted empty: the error summary is Welsh.
    await Promise.all([
      page.waitForURL('**/manage/loops'),
      page.getByRole('link', { name: 'Dolenni adborth' }).click(),
    ]);
    await expect(lang(page)).resolves.toBe('cy');
    await Promise.all([
      page.waitForURL('**/manage/loops/new'),
      page.getByRole('link', { name: 'Ychwanegu dolen adborth' }).click(),
    ]);
    await expect(heading(page)).resolves.toBe('Ychwanegu dolen adborth');
    await submit(page, 'Cadw’r ddolen adborth');
    await expect(page.title()).resolves.toMatch(/^Gwall: Ychwanegu dolen adborth/);
    await expect(page.locator('.govuk-error-summary__title').innerText()).resolves.toBe('Mae problem wedi codi');
    const errors = (await errorSummary(page)).map((e) => e.message);
    expect(errors).toEqual(['Rhowch yr hyn a ddywedodd pobl']);
    // Each field's own message says the same, after a Welsh "Error:".
    await expect(page.locator('.govuk-error-message').first().innerText()).resolves.toMatch(/^Gwall:/);

    // Back to English: the same form, in English.
    await switchLanguage(page);
    expect(new URL(page.url()).pathname).toBe('/manage/loops/new');
    await expect(lang(page)).resolves.toBe('en');
    await expect(heading(page)).resolves.toBe('Add a feedback loop');
    await expect(page.getByTestId('language-switch').innerText()).resolves.toContain('Cymraeg');
    await page.close();
  });

  it('passes axe on a Welsh form showing its errors', async () => {
    const context = await signedInContext(browser, app.url, 'demo-school-editor');
    const page = await context.newPage();
    await page.goto('/language/cy?returnTo=%2Fmanage%2Floops%2Fnew');
    expect(new URL(page.url()).pathname).toBe('/manage/loops/new');
    await expect(lang(page)).resolves.toBe('cy');
    await submit(page, 'Cadw’r ddolen adborth');
    await expect(page.locator('.govuk-error-summary__title').innerText()).resolves.toBe('Mae problem wedi codi');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('keeps the language as the browser moves between pages with JavaScript, and the public pages by their address', async () => {
    const page = await editor.newPage();
    await page.goto('/');
    await expect(lang(page)).resolves.toBe('en');
    await switchLanguage(page);
    await expect(lang(page)).resolves.toBe('cy');
    await expect(page.getByRole('link', { name: 'Eich cofnodion' }).count()).resolves.toBe(1);
    // The header's public report is the Welsh one, followed within the app.
    await Promise.all([
      page.waitForURL('**/cy/public'),
      page.getByRole('link', { name: 'Adroddiad cyhoeddus', exact: true }).click(),
    ]);
    await expect(lang(page)).resolves.toBe('cy');
    // A public page links to its twin itself, not through the frame's switch.
    await expect(page.getByTestId('language-switch').count()).resolves.toBe(1);
    await expect(page.getByTestId('language-switch').evaluate((a: HTMLAnchorElement) => a.pathname)).resolves.toBe(
      '/public',
    );
    await page.goto('/public');
    await expect(lang(page)).resolves.toBe('en');
    await page.close();
  });

  it('is on every page without a twin, never on a public page', async () => {
    const page = await editorNoScript.newPage();
    for (const path of ['/', '/sign-in', '/manage', '/manage/activities/new', '/manage/loops?months=12']) {
      await page.goto(path);
      const href = await page.getByTestId('language-switch').getAttribute('href');
      const target = new URL(href ?? '', page.url());
      expect(target.pathname, path).toMatch(/^\/language\/(cy|en)$/);
      expect(target.searchParams.get('returnTo'), path).toBe(path);
    }
    for (const path of ['/public', '/cy/public', '/accessibility', '/cy/cookies']) {
      await page.goto(path);
      const links = await page.locator('a[href*="language/"]').count();
      expect(links, path).toBe(0);
    }
    await page.close();
  });

  it('says in Welsh when a page is not for the person’s role', async () => {
    const context = await signedInContext(browser, app.url, 'demo-school-editor');
    const page = await context.newPage();
    await page.goto('/language/cy?returnTo=/admin');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await expect(lang(page)).resolves.toBe('cy');
    await expect(heading(page)).resolves.toBe('Nid yw’r dudalen ar gyfer eich rôl');
    await expect(page.getByText('Mae’r dudalen hon ar gyfer: Gweinyddwr y bwrdd.').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Ewch i’ch cofnodion' }).count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});

describe('the rules a record breaks, in Welsh', () => {
  /** A new page of the editor's in Welsh, at `path`. */
  async function welshPage(path: string): Promise<Page> {
    const page = await editorNoScript.newPage();
    await page.goto(`/language/cy?returnTo=${encodeURIComponent(path)}`);
    expect(new URL(page.url()).pathname).toBe(path);
    await expect(lang(page)).resolves.toBe('cy');
    return page;
  }
  const nextYear = new Date().getUTCFullYear() + 1;

  it('lists a date in the future, an end before the start and first-timers above the total, all in Welsh', async () => {
    const page = await welshPage('/manage/activities/new');
    await fillDate(page, 'date', `${nextYear}-01-15`);
    await fillDate(page, 'endDate', `${nextYear}-01-14`);
    await page.locator('#title').fill('Bore coffi i rieni');
    await page.locator('input[name="audience"][value="parents-carers"]').check();
    for (const [name, value] of [
      ['channel', 'face-to-face-meeting'],
      ['setting', 'community'],
      ['stage', 'design'],
      ['level', 'consulting'],
    ]) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    }
    await page.locator('#participants-total').fill('10');
    await page.locator('#participants-firstTime').fill('12');
    await page.locator('#participants-demographicsRecorded').fill('4');
    await submit(page, 'Cadw’r gweithgaredd');

    // The date in the future is the query's, the other two the schema's: each in Welsh, none in English.
    await expect(page.locator('.govuk-error-summary__title').innerText()).resolves.toBe('Mae problem wedi codi');
    expect(await errorSummary(page)).toEqual([
      { message: 'Ni all y dyddiad fod yn y dyfodol', href: '#date-day' },
      { message: 'Ni all y dyddiad gorffen fod cyn y dyddiad dechrau', href: '#endDate-day' },
      {
        message: 'Ni all nifer y cyfranogwyr am y tro cyntaf fod yn fwy na’r cyfanswm',
        href: '#participants-firstTime',
      },
    ]);
    await expect(page.locator('#date-error').innerText()).resolves.toContain('Ni all y dyddiad fod yn y dyfodol');
    await page.close();
  });

  it('says a CSV preview’s date in the future in Welsh', async () => {
    const template = await editorNoScript.request.get(`${app.url}/api/v1/activities:import-template`);
    const columns = (await template.text()).trim().split(',');
    const row: Record<string, string> = {
      id: 'welsh-import-1',
      signatoryId: 'oakfield-special-school',
      date: `${nextYear}-01-15`,
      title: 'Holiadur y gwyliau',
      audience: 'parents-carers',
      channel: 'workshop',
      setting: 'community',
      stage: 'delivery',
      level: 'engaging',
      'lundy.space': 'yes',
      'lundy.voice': 'yes',
      'lundy.audience': 'no',
      'lundy.influence': 'no',
      'participants.total': '8',
      'participants.firstTime': '1',
      'participants.demographicsRecorded': '2',
    };
    const page = await welshPage('/manage/import');
    await page.locator('input[name="kind"][value="activities"]').check();
    await page.getByLabel('Llwytho taenlen i fyny').setInputFiles({
      name: 'gweithgareddau.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([columns.join(','), columns.map((c) => row[c] ?? '').join(',')].join('\n')),
    });
    await submit(page, 'Gwirio’r ffeil');
    const problems = await page.locator('[data-testid="row-errors"] tbody tr').allInnerTexts();
    expect(problems.map((p) => p.split('\t').map((cell) => cell.trim()))).toEqual([
      ['2', 'date', 'Ni all y dyddiad fod yn y dyfodol'],
    ]);
    await page.close();
  });

  it('says why the query refuses another organisation’s record in Welsh, by the code of its reason', async () => {
    // An activity of the council's, whose feedback link the school's editor may not open.
    const token = await fetch(`${app.url}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'demo-council-editor' }),
    }).then(async (r) => ((await r.json()) as { token: string }).token);
    const councilActivity = await fetch(`${app.url}/api/v1/activities?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    }).then(async (r) => ((await r.json()) as { items: { id: string }[] }).items[0]!.id);
    const page = await welshPage(`/manage/activities/${councilActivity}/feedback`);
    await expect(heading(page)).resolves.not.toBe('');
    const body = await page.locator('main').innerText();
    expect(body).toContain('Dim ond cofnodion eich sefydliad eich hun y gallwch eu gweld a’u newid.');
    expect(body).not.toContain('You can only see and change');
    await page.close();
  });
});

describe('what each page loads', () => {
  /** The text of every script a page loaded, once it has settled. */
  async function scriptsOf(context: BrowserContext, path: string): Promise<string> {
    const page = await context.newPage();
    const bodies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.text());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.close();
    return (await Promise.all(bodies)).join('\n');
  }
  // A sentence of the records page in each language: only the app pages' catalogues have them.
  const english = 'Record your organisation’s engagement';
  const welsh = 'Cofnodwch ymgysylltiad eich sefydliad';

  it('keeps the app pages’ catalogues off the public pages, and the other language off every page', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    for (const path of ['/public', '/cy/public', '/cy/public/oakfield-special-school']) {
      const scripts = await scriptsOf(visitor, path);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.includes(english), path).toBe(false);
      expect(scripts.includes(welsh), path).toBe(false);
    }
    const home = await scriptsOf(visitor, '/');
    expect(home.includes(english)).toBe(true);
    expect(home.includes(welsh)).toBe(false);
    await visitor.close();
  });
});

describe('signing in from the Welsh public pages', () => {
  it('leads to the sign-in page in Welsh, which passes axe', async () => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await page.goto('/cy/public');
    await Promise.all([page.waitForURL('**/sign-in'), page.getByRole('link', { name: 'Mewngofnodi' }).click()]);
    await expect(lang(page)).resolves.toBe('cy');
    await expect(heading(page)).resolves.toBe('Mewngofnodi');
    await expect(page.getByRole('button', { name: /^Mewngofnodi fel / }).count()).resolves.toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    // Nobody else is changed: a visitor without the cookie still gets English.
    const other = await browser.newContext({ baseURL: app.url });
    const english = await other.newPage();
    await english.goto('/sign-in');
    await expect(lang(english)).resolves.toBe('en');
    await expect(heading(english)).resolves.toBe('Sign in');
    await Promise.all([context.close(), other.close()]);
  });
});
