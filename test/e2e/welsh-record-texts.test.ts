/**
 * The Welsh of records' public texts, in the browser (docs/decisions/0404): an editor
 * writes a loop's texts in English and Welsh through the form, the board checks both and
 * publishes them, and the Welsh public page shows the Welsh while the English page shows
 * the English; a loop written only in English shows its English on the Welsh page, marked
 * as English and said to be only in English. A challenge's Welsh and its answer's go the
 * same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { daysAgo, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let reviewer: BrowserContext;
let board: BrowserContext;

const council = 'demo-city-council-childrens-services';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  [editor, reviewer, board] = await Promise.all([
    signedInContext(browser, app.url, 'demo-council-editor'),
    signedInContext(browser, app.url, 'demo-reviewer'),
    signedInContext(browser, app.url, 'demo-board-admin', { javaScriptEnabled: false }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const bilingual = {
  youSaid: 'The youth club closes too early on Fridays',
  weDid: 'The club now stays open until nine',
  cyYouSaid: 'Mae’r clwb ieuenctid yn cau yn rhy gynnar ar ddydd Gwener',
  cyWeDid: 'Mae’r clwb bellach ar agor tan naw',
};
const englishOnly = 'A bench by the skate park for parents';

/** The council's public page as anyone sees it, in English or Welsh. */
async function publicPage(language: 'en' | 'cy'): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  const response = await page.goto(`${language === 'cy' ? '/cy' : ''}/public/${council}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** Publishes the waiting text whose card holds `text`, as the board, on the publishing page. */
async function publish(page: Page, text: string) {
  await page.goto('/manage/publish');
  const card = page.locator('[data-testid="waiting-text"]', { hasText: text });
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    card.getByRole('button', { name: /^Publish/ }).click(),
  ]);
  await expect(page.locator('[data-testid="waiting-text"]', { hasText: text }).count()).resolves.toBe(0);
}

/** The log entry (or challenge) on a public page holding `text`. */
const entry = (page: Page, list: string, text: string): Locator =>
  page.getByTestId(list).locator(':scope > li', { hasText: text });

describe('a feedback loop written in English and Welsh', () => {
  it('is checked in both languages and shows each on its own page; one in English only says so in Welsh', async () => {
    const form = await editor.newPage();
    await form.goto('/manage/loops/new');
    await fillDate(form, 'raisedOn', daysAgo(2));
    await form.getByLabel('You said', { exact: true }).fill(bilingual.youSaid);
    await form.getByLabel('We did (optional)', { exact: true }).fill(bilingual.weDid);
    await form.getByLabel('In progress', { exact: true }).check();
    await form.getByText('Welsh version (optional)').click();
    const welshYouSaid = form.getByLabel('You said, in Welsh');
    await expect(welshYouSaid.getAttribute('lang')).resolves.toBe('cy');
    await welshYouSaid.fill(bilingual.cyYouSaid);
    await form.getByLabel('We did, in Welsh').fill(bilingual.cyWeDid);
    await submit(form, 'Save feedback loop');
    expect(new URL(form.url()).pathname).toBe('/manage/loops');

    await form.goto('/manage/loops/new');
    await fillDate(form, 'raisedOn', daysAgo(1));
    await form.getByLabel('You said', { exact: true }).fill(englishOnly);
    await form.getByLabel('Open', { exact: true }).check();
    await submit(form, 'Save feedback loop');
    expect(new URL(form.url()).pathname).toBe('/manage/loops');

    // Before it is published, neither language is on either page.
    for (const language of ['en', 'cy'] as const) {
      const page = await publicPage(language);
      const shown = await page.content();
      expect(shown).not.toContain('youth club');
      expect(shown).not.toContain('clwb ieuenctid');
    }

    // The board reads both languages before publishing, the Welsh marked as Welsh.
    const checking = await board.newPage();
    await checking.goto('/manage/publish');
    const card = checking.locator('[data-testid="waiting-text"]', { hasText: bilingual.youSaid });
    const welshText = card.getByTestId('text-cy.youSaid');
    await expect(welshText.innerText()).resolves.toBe(bilingual.cyYouSaid);
    await expect(welshText.getAttribute('lang')).resolves.toBe('cy');
    await expect(card.innerText()).resolves.toContain('You said (Welsh)');
    await publish(checking, bilingual.youSaid);
    await publish(checking, englishOnly);

    // The Welsh page: the Welsh where written, the English marked as such where not.
    const welsh = await publicPage('cy');
    const both = entry(welsh, 'loop-log', bilingual.cyYouSaid);
    await expect(both.innerText()).resolves.toContain(bilingual.cyWeDid);
    await expect(both.innerText()).resolves.not.toContain(bilingual.youSaid);
    await expect(both.getByTestId('only-english').count()).resolves.toBe(0);
    const english = entry(welsh, 'loop-log', englishOnly);
    await expect(english.locator('[lang="en"]', { hasText: englishOnly }).count()).resolves.toBe(1);
    await expect(english.getByTestId('only-english').innerText()).resolves.toBe('(Yn Saesneg yn unig)');
    // The note itself is Welsh: it is not inside the English.
    await expect(english.locator('[lang="en"] [data-testid="only-english"]').count()).resolves.toBe(0);
    expect(await accessibilityProblems(welsh)).toEqual([]);
    for (const width of [320, 375]) {
      await welsh.setViewportSize({ width, height: 900 });
      await welsh.locator('#log').scrollIntoViewIfNeeded();
      expect(await sidewaysScroll(welsh), `${width} px`).toBe(0);
    }

    // The English page: always the English, never the Welsh, and no note.
    const englishPage = await publicPage('en');
    const log = await englishPage.getByTestId('loop-log').innerText();
    expect(log).toContain(bilingual.youSaid);
    expect(log).toContain(bilingual.weDid);
    expect(log).toContain(englishOnly);
    expect(await englishPage.content()).not.toContain('clwb ieuenctid');
    await expect(englishPage.getByTestId('only-english').count()).resolves.toBe(0);

    // A search on the Welsh page finds the loop by its Welsh words.
    await welsh.goto(`/cy/public/${council}?q=${encodeURIComponent('clwb ieuenctid')}#log`);
    await expect(welsh.getByTestId('loop-log').innerText()).resolves.toContain(bilingual.cyYouSaid);
  });
});

describe('a challenge and its answer in English and Welsh', () => {
  it('are raised and answered through the forms, and shown in Welsh on the Welsh page once published', async () => {
    const raise = await reviewer.newPage();
    await raise.goto('/manage/challenges/new');
    await raise.getByLabel('Organisation challenged').selectOption(council);
    await fillDate(raise, 'raisedOn', daysAgo(3));
    await raise.getByLabel('Challenge', { exact: true }).fill('Why were young carers not asked about the club?');
    await raise.getByText('Welsh version (optional)').click();
    await raise.getByLabel('Challenge in Welsh').fill('Pam na ofynnwyd i ofalwyr ifanc am y clwb?');
    await submit(raise, 'Raise challenge');
    expect(new URL(raise.url()).pathname).toBe('/manage/challenges');

    const answer = await editor.newPage();
    await answer.goto('/manage/challenges');
    await Promise.all([
      answer.waitForNavigation({ waitUntil: 'load' }),
      answer
        .getByRole('link', { name: /young carers/ })
        .first()
        .click(),
    ]);
    await expect(answer.locator('[lang="cy"]', { hasText: 'ofalwyr ifanc' }).count()).resolves.toBe(1);
    await answer.getByLabel('Answer', { exact: true }).fill('We asked the young carers group in May');
    await fillDate(answer, 'respondedOn', daysAgo(1));
    await answer.getByText('Welsh version (optional)').click();
    await answer.getByLabel('Answer in Welsh').fill('Gofynnon ni i’r grŵp gofalwyr ifanc ym mis Mai');
    await submit(answer, 'Send answer');
    expect(new URL(answer.url()).pathname).toBe('/manage/challenges');

    const checking = await board.newPage();
    await publish(checking, 'young carers');

    const welsh = await publicPage('cy');
    const challenge = entry(welsh, 'challenges', 'ofalwyr ifanc');
    const shown = await challenge.innerText();
    expect(shown).toContain('Pam na ofynnwyd i ofalwyr ifanc am y clwb?');
    expect(shown).toContain('Gofynnon ni i’r grŵp gofalwyr ifanc ym mis Mai');
    expect(shown).not.toContain('young carers');
    const english = await publicPage('en');
    await expect(entry(english, 'challenges', 'young carers').innerText()).resolves.toContain(
      'We asked the young carers group in May',
    );
  });
});
