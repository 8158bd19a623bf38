/**
 * Families' feedback through a link, on a 375 px phone: an editor switches it on from the
 * activity's page and downloads the QR card, whose code opens the link; five people answer
 * with JavaScript off and each answer is counted once; an answer after the window, one past
 * the activity's participants and one through a bad token are refused with nothing written;
 * the answer page sets no cookie; the answer page and its privacy notices pass axe in
 * English and Welsh. With four answers neither the editor nor the board sees a feedback
 * figure; with five (everyone who took part) the signatory page shows the counts, and the
 * public page shows them disclosure-controlled. Once the window has closed the same link shows,
 * at 320 px with JavaScript off and in both languages, what became of what people said, and
 * the loop's form tells its editor so.
 */
import { readFile } from 'node:fs/promises';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getFeedbackCounts } from '@equal-partners/functions/feedback';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { signedInContext } from '../support/sign-in.ts';

/** jsQR's types describe an ES module's default export; Node hands over the CommonJS module's, the function itself. */
const jsQR = jsqr as unknown as typeof jsqr.default;
const phone = { width: 375, height: 800 };
const council = 'demo-city-council-childrens-services';
const today = new Date();
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let board: BrowserContext;
let link: string;
/** The path of the link whose window has closed. */
let closedLink: string;

/** Calls the API as a demo account. */
async function asAccount(
  userId: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const signIn = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  const { token } = (await signIn.json()) as { token: string };
  return fetch(`${app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Calls the API as the demo council editor. */
const asEditor = (method: string, path: string, body: unknown) => asAccount('demo-council-editor', method, path, body);

async function addActivity(id: string, date: string, participants: number): Promise<void> {
  const response = await asEditor('POST', '/api/v1/activities', {
    id,
    signatoryId: council,
    date,
    title: 'Parents’ forum on short breaks',
    publicSummary: 'Parents told us what short breaks should offer.',
    audience: ['parents-carers'],
    channel: 'face-to-face-meeting',
    setting: 'community',
    stage: 'design',
    level: 'consulting',
    lundy: { space: true, voice: true, audience: true, influence: false },
    principles: [],
    participants: { total: participants, firstTime: 0, demographicsRecorded: 0, groups: {} },
    adjustments: [],
  });
  if (response.status !== 201) throw new Error(`adding an activity: ${response.status} ${await response.text()}`);
}

/** A phone with JavaScript off that records every cookie it is sent. */
async function phoneWithoutScript(): Promise<{ context: BrowserContext; page: Page; setCookies: string[] }> {
  const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  const setCookies: string[] = [];
  page.on('response', (response) => {
    const header = response.headers()['set-cookie'];
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  return { context, page, setCookies };
}

/** Posts an answer as a form would, from the site's own origin. */
function postAnswer(path: string, answerId = 'AAAAAAAAAAAAAAAAAAAAAA'): Promise<Response> {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      answerId,
      feltListened: 'yes',
      knowWhatHappensNext: 'yes',
      easyToTakePart: 'yes',
    }).toString(),
    redirect: 'manual',
  });
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(today), launchBrowser()]);
  await addActivity('feedback-forum', day(0), 5);
  await addActivity('feedback-old-forum', day(-30), 12);
  editor = await signedInContext(browser, app.url, 'demo-council-editor', { viewport: phone });
  board = await signedInContext(browser, app.url, 'demo-board-admin', { viewport: phone });
});

/** What the families' feedback part of a signatory page says: its table's cells, or its line saying there is none yet. */
async function toldOn(
  context: BrowserContext,
  path: string,
): Promise<{ none: boolean; cells: string[]; base: string }> {
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const none = (await page.getByTestId('told-none').count()) > 0;
  const cells = none ? [] : await page.getByTestId('told-table').locator('td').allInnerTexts();
  const base = none ? '' : await page.getByTestId('told-base').innerText();
  expect(await sidewaysScroll(page), path).toBe(0);
  await page.close();
  return { none, cells, base };
}
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('families’ feedback on a phone', () => {
  it('is switched on by the editor from the activity’s page, and the QR card’s code opens the link', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/activities/feedback-forum');
    await expect(page.getByTestId('feedback-state').innerText()).resolves.toBe(
      'Feedback is switched off for this activity.',
    );
    const section = page.locator('#feedback');
    await section.locator('#on').check();
    await section.locator('input[name="form"][value="standard"]').check();
    await Promise.all([
      page.waitForURL(
        (url) => url.pathname === '/manage/activities/feedback-forum' && url.search === '?feedback=saved',
      ),
      section.getByRole('button', { name: 'Save feedback settings' }).click(),
    ]);
    await expect(page.getByTestId('feedback-state').innerText()).resolves.toMatch(/^Feedback is on/);
    link = (await page.getByTestId('feedback-link').innerText()).trim();
    expect(link).toMatch(new RegExp(`^${app.url}/f/[A-Za-z0-9_-]{22}$`));
    expect(await sidewaysScroll(page)).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-file="card-en.png"]').click(),
    ]);
    const png = PNG.sync.read(await readFile((await download.path())!));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(link);
    // The Welsh card's code opens the Welsh page of the same link.
    const welsh = await page.request.get('/manage/activities/feedback-forum/feedback/card-cy.svg');
    expect(welsh.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    await expect(welsh.text()).resolves.toContain(`${app.url}/cy/f/`);
    await page.close();
  });

  it('is answered by five people with JavaScript off, each counted once, and no cookie is set', async () => {
    const activity = 'feedback-forum';
    const token = new URL(link).pathname.split('/').pop()!;
    for (let person = 0; person < 5; person += 1) {
      const { context, page, setCookies } = await phoneWithoutScript();
      const opened = await page.goto(new URL(link).pathname);
      expect(opened?.headers()['cache-control']).toBe('private, no-store');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Tell us how it went');
      const answerId = await page.locator('input[name="answerId"]').inputValue();
      expect(answerId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      await page.locator(`#feltListened-${person < 4 ? 'yes' : 'no'}`).check();
      await page.locator('#knowWhatHappensNext-not-sure').check();
      await page.locator('#easyToTakePart-yes').check();
      const [answered] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Send my answers' }).click(),
      ]);
      expect(answered.status()).toBe(200);
      await expect(page.getByTestId('feedback-thanks').innerText()).resolves.toContain(
        'Your answers have been counted',
      );
      if (person === 0) {
        // The same form sent again (a phone retrying on a poor connection) is the same answer: counted once.
        const again = await page.request.post(new URL(link).pathname, {
          headers: { origin: app.url, accept: 'text/html' },
          form: { answerId, feltListened: 'yes', knowWhatHappensNext: 'not-sure', easyToTakePart: 'yes' },
        });
        expect(again.status()).toBe(200);
        await expect(again.text()).resolves.toContain('Your answers have been counted');
      }
      expect(await sidewaysScroll(page)).toBe(0);
      expect(setCookies).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
      if (person === 3) {
        // Four answers: under the floor of five, so no reader sees a figure, the board included.
        for (const reader of [editor, board])
          expect((await toldOn(reader, `/dashboard/signatories/${council}`)).none).toBe(true);
      }
    }
    const counts = await getFeedbackCounts(app.store, activity);
    expect(counts).toEqual({
      responses: 5,
      answers: {
        feltListened: { yes: 4, 'not-sure': 0, no: 1 },
        knowWhatHappensNext: { yes: 0, 'not-sure': 5, no: 0 },
        easyToTakePart: { yes: 5, 'not-sure': 0, no: 0 },
      },
      idsCounted: 5,
    });
    expect(token).toHaveLength(22);

    // Five answers from the five who took part: final, so counted, exactly for the editor and the board.
    for (const reader of [editor, board]) {
      const exact = await toldOn(reader, `/dashboard/signatories/${council}`);
      expect(exact.base).toMatch(/^5 answers about 1 activity/);
      expect(exact.cells[0]).toBe('80% (4 said yes)');
      expect(exact.cells[3]).toBe('0% (0 said yes)');
      expect(exact.cells[6]).toBe('100% (5 said yes)');
    }
    // In public, five is fewer than the threshold: the count shows as such and the shares not at all.
    const published = await toldOn(editor, `/public/${council}`);
    expect(published.base).toMatch(/^fewer than 10 answers about 1 activity/);
    expect([published.cells[0], published.cells[3], published.cells[6]]).toEqual([
      'not shown',
      'not shown',
      'not shown',
    ]);
  });

  it('refuses an answer past the activity’s participants, after the window, and through a bad token, writing nothing', async () => {
    const before = await getFeedbackCounts(app.store, 'feedback-forum');
    expect(before?.responses).toBe(5);

    // A sixth person, at an activity five took part in.
    const { context, page, setCookies } = await phoneWithoutScript();
    await page.goto(new URL(link).pathname);
    for (const question of ['feltListened', 'knowWhatHappensNext', 'easyToTakePart'])
      await page.locator(`#${question}-yes`).check();
    const [full] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Send my answers' }).click(),
    ]);
    expect(full.status()).toBe(409);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Everyone who took part has answered',
    );
    expect(setCookies).toEqual([]);
    await context.close();

    // An activity 30 days ago, whose link closed after the partnership's 14 days.
    const switched = await asEditor('PUT', '/api/v1/activities/feedback-old-forum/feedback', { on: true });
    const old = ((await switched.json()) as { feedback: { path: string } }).feedback.path;
    closedLink = old;
    const closed = await postAnswer(old);
    expect(closed.status).toBe(410);
    const closedPage = await closed.text();
    expect(closedPage).toContain('This feedback has closed');
    // An answer refused is told so; what happened since is for those who open the link.
    expect(closedPage).not.toContain('data-testid="feedback-outcome"');

    const bad = await postAnswer('/f/AAAAAAAAAAAAAAAAAAAAAA');
    expect(bad.status).toBe(404);
    await expect(bad.text()).resolves.toContain('This feedback link does not work');
    expect(bad.headers.get('set-cookie')).toBeNull();

    expect(await getFeedbackCounts(app.store, 'feedback-forum')).toEqual(before);
    expect(await getFeedbackCounts(app.store, 'feedback-old-forum')).toMatchObject({ responses: 0, idsCounted: 0 });
  });

  it('passes axe in English and Welsh: the answer page, its errors, and the privacy notices', async () => {
    const context = await browser.newContext({ baseURL: app.url, viewport: phone });
    const page = await context.newPage();
    const path = new URL(link).pathname;
    for (const address of [
      path,
      `/cy${path}`,
      '/f/privacy',
      '/cy/f/privacy',
      '/f/privacy/easy-read',
      '/cy/f/privacy/easy-read',
    ]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(200);
      expect(response?.headers()['set-cookie'], address).toBeUndefined();
      await expect(page.locator('html').getAttribute('lang'), address).resolves.toBe(
        address.startsWith('/cy') ? 'cy' : 'en',
      );
      expect(await accessibilityProblems(page), address).toEqual([]);
      expect(await sidewaysScroll(page), address).toBe(0);
    }
    await page.goto(`/cy${path}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Dywedwch wrthym sut aeth hi');
    const english = await page.getByTestId('language-switch').getAttribute('href');
    expect(new URL(english!, page.url()).pathname).toBe(path);
    // Sent with nothing chosen: the error summary, in Welsh.
    await page.getByRole('button', { name: 'Anfon fy atebion' }).click();
    await expect(page.locator('.govuk-error-summary__title').innerText()).resolves.toBe('Mae problem wedi codi');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it(
    'shows what became of what people said once closed, in English and Welsh, at 320 px with JavaScript off',
    { timeout: 180_000 },
    async () => {
      // Nothing recorded yet: the page says so, and to come back.
      const { context, page } = await phoneWithoutScript();
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(closedLink);
      await expect(page.getByTestId('feedback-outcome-none').innerText()).resolves.toContain('Come back to this link');

      // The council records what was raised there and answers it; the board publishes its texts.
      const loop = await asEditor('POST', '/api/v1/loops', {
        id: 'feedback-old-forum-loop',
        signatoryId: council,
        activityIds: ['feedback-old-forum'],
        raisedOn: day(-30),
        youSaid: 'Short breaks should run in the school holidays.',
        weDid: 'We added holiday short breaks from this summer.',
        status: 'done',
        respondedOn: day(-10),
        communicatedOn: day(-5),
        principles: [],
        cy: {
          youSaid: 'Dylai seibiannau byr redeg yn ystod gwyliau’r ysgol.',
          weDid: 'Ychwanegwyd seibiannau byr yn y gwyliau.',
        },
      });
      expect(loop.status).toBe(201);
      const published = await asAccount(
        'demo-board-admin',
        'PUT',
        '/api/v1/loops/feedback-old-forum-loop/publication',
        { status: 'published' },
        { 'if-match': loop.headers.get('etag')! },
      );
      expect(published.status).toBe(200);

      await page.goto(closedLink);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This feedback has closed');
      const outcome = page.getByTestId('feedback-outcome-loops');
      // The activity by its organisation and day, never by its own texts, which nobody checks (decision 0402).
      await expect(page.getByTestId('feedback-outcome-activity').innerText()).resolves.toMatch(
        /held this activity on \d{1,2} \w+ \d{4}/,
      );
      await expect(page.locator('main').innerText()).resolves.not.toContain('short breaks should offer');
      await expect(outcome.innerText()).resolves.toContain('We added holiday short breaks from this summer.');
      await expect(outcome.locator('[data-status="done"]').innerText()).resolves.toBe('Done');
      await expect(outcome.innerText()).resolves.toMatch(/Answer given back on \d{1,2} \w+ \d{4}/);
      expect(await sidewaysScroll(page)).toBe(0);

      await page.goto(`/cy${closedLink}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Mae’r adborth hwn wedi cau');
      await expect(outcome.innerText()).resolves.toContain('Ychwanegwyd seibiannau byr yn y gwyliau.');
      await expect(outcome.innerText()).resolves.toContain('Ateb wedi’i roi yn ôl ar');
      // Each text says its language: the Welsh answer as Welsh, text written only in English as English.
      await expect(outcome.getByText('Ychwanegwyd seibiannau byr yn y gwyliau.').getAttribute('lang')).resolves.toBe(
        'cy',
      );
      await expect(page.locator('main [lang="en"]').count()).resolves.toBeGreaterThan(0);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(await context.cookies()).toEqual([]);
      await context.close();

      // axe runs as a script: the same pages at 320 px, in a browser that runs it.
      const checked = await browser.newContext({ baseURL: app.url, viewport: { width: 320, height: 800 } });
      const axePage = await checked.newPage();
      for (const address of [closedLink, `/cy${closedLink}`]) {
        await axePage.goto(address);
        expect(await accessibilityProblems(axePage), address).toEqual([]);
      }
      await checked.close();

      // The loop's form tells its editor that the people who took part will see it at the link.
      const form = await editor.newPage();
      await form.goto('/manage/loops/feedback-old-forum-loop');
      await expect(form.getByTestId('loop-feedback-note').innerText()).resolves.toContain('the people who took part');
      await form.close();
    },
  );

  it('counts an answer with one request to the table, and shows the partnership’s new name on its pages within a minute', async () => {
    await addActivity('feedback-reads', day(0), 3);
    const switched = await asEditor('PUT', '/api/v1/activities/feedback-reads/feedback', { on: true });
    const path = ((await switched.json()) as { feedback: { path: string } }).feedback.path;
    /** Renames the partnership as the board does, and answers its name before. */
    const rename = async (name: string) => {
      const read = await asAccount('demo-board-admin', 'GET', '/api/v1/partnership', undefined);
      const { name: was, area, charter, groups, settings } = (await read.json()) as Record<string, unknown>;
      const changed = await asAccount(
        'demo-board-admin',
        'PUT',
        '/api/v1/partnership',
        { name, area, charter, groups, settings },
        { 'if-match': read.headers.get('etag')! },
      );
      expect(changed.status).toBe(200);
      return String(was);
    };
    const title = async (address: string) =>
      (await (await fetch(`${app.url}${address}`)).text()).match(/<title>(.*?)<\/title>/s)?.[1];
    // The clock stands still a minute on, where the feedback pages have to read the partnership again.
    const renamed = 'Demo City Partnership Renamed';
    const start = Date.now() + 61_000;
    vi.useFakeTimers({ toFake: ['Date'], now: start });
    let before: string | undefined;
    try {
      // The first answer reads the link's token (kept after), the activity (kept a few seconds) and the partnership.
      expect((await postAnswer(path, 'BBBBBBBBBBBBBBBBBBBBBB')).status).toBe(200);
      const asked: string[] = [];
      let counting = true;
      app.store.client.middlewareStack.add(
        (next, context) => async (args) => {
          if (counting) asked.push(context.commandName ?? '');
          return next(args);
        },
        { step: 'initialize', name: 'countFeedbackAnswerRequests' },
      );
      const answered = await postAnswer(path, 'CCCCCCCCCCCCCCCCCCCCCC');
      counting = false;
      expect(answered.status).toBe(200);
      await expect(answered.text()).resolves.toContain('Your answers have been counted');
      // The conditional write alone: no read of the partnership, nor of the activity read a moment before.
      expect(asked).toEqual(['UpdateItemCommand']);
      expect((await getFeedbackCounts(app.store, 'feedback-reads'))?.responses).toBe(2);

      // The board renames the partnership: every other page shows it at once, the feedback pages within a minute.
      before = await rename(renamed);
      await expect(title('/public')).resolves.toContain(renamed);
      await expect(title(path)).resolves.toContain(before);
      vi.setSystemTime(start + 60_000);
      await expect(title(path)).resolves.toContain(renamed);
      await expect(title('/cy/f/privacy')).resolves.toContain(renamed);
    } finally {
      vi.useRealTimers();
      if (before) await rename(before);
    }
  });
});
