/**
 * Free text is checked before it is public, in the browser: the forms warn not to name
 * people; a new loop's text is not on the public page (English or Welsh) until it is
 * published, which says how many texts wait and lists those waiting too long; the board
 * sets a safeguarding contact, removes a name and publishes on the publishing page,
 * without JavaScript; editors publish their own loops only where the board allows.
 */
import { mkdirSync } from 'node:fs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { challengeKind } from '@equal-partners/functions/challenges';
import { accessibilityProblems } from '../support/a11y.ts';
import { raiseChallenge, startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { daysAgo, errorSummary, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let board: BrowserContext;
let boardNoScript: BrowserContext;

const council = 'demo-city-council-childrens-services';
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  [editor, board, boardNoScript] = await Promise.all([
    signedInContext(browser, app.url, 'demo-council-editor'),
    signedInContext(browser, app.url, 'demo-board-admin'),
    signedInContext(browser, app.url, 'demo-board-admin', { javaScriptEnabled: false }),
  ]);
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The council's public page as anyone sees it, in English or Welsh. */
async function publicPage(language: 'en' | 'cy' = 'en'): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  const response = await page.goto(`${language === 'cy' ? '/cy' : ''}/public/${council}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** Every text a person or a machine reading the page gets: what it shows and its markup. */
const everything = async (page: Page) => `${await page.locator('body').innerText()}\n${await page.content()}`;

async function saveSettings(page: Page, change: (page: Page) => Promise<void>) {
  await page.goto('/admin/settings');
  await change(page);
  await submit(page, 'Save settings');
  await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain('The settings were saved.');
}

describe('a new feedback loop', () => {
  it('is on the public page only once the board has removed a name and published it', async () => {
    // The editor records it; the form warns not to name anyone.
    const entry = await editor.newPage();
    await entry.goto('/manage/loops/new');
    await expect(entry.getByTestId('no-names').innerText()).resolves.toContain(
      'Do not name children, families or staff',
    );
    await form(entry, 'Ellis Parker’s class wants a quiet corner in the library');

    // Anyone: the entry is there, its text is not; the page says one text waits.
    const waiting = await publicPage();
    const shown = await everything(waiting);
    expect(shown).not.toContain('Ellis');
    expect(shown).not.toContain('quiet corner');
    await expect(waiting.getByTestId('waiting-count').innerText()).resolves.toBe(
      'One entry is waiting to be checked before its text is published. It has waited 0 days.',
    );
    await expect(waiting.getByTestId('log-waiting').first().innerText()).resolves.toBe(
      'What was said and done is waiting to be checked before it is published.',
    );
    expect(await accessibilityProblems(waiting)).toEqual([]);
    const welsh = await publicPage('cy');
    expect(await everything(welsh)).not.toContain('Ellis');
    await expect(welsh.getByTestId('waiting-count').innerText()).resolves.toMatch(/^Mae un cofnod yn aros/);
    expect(await accessibilityProblems(welsh)).toEqual([]);

    // The board sets its safeguarding contact, then checks the text without JavaScript.
    const settings = await boardNoScript.newPage();
    await saveSettings(settings, async (page) => {
      await page
        .getByLabel('Safeguarding contact (optional)')
        .fill('Sam Shah, designated safeguarding lead, 0123 456 7890');
    });
    await expect(settings.getByLabel('Safeguarding contact (optional)').inputValue()).resolves.toBe(
      'Sam Shah, designated safeguarding lead, 0123 456 7890',
    );

    const page = await boardNoScript.newPage();
    await page.goto('/manage');
    await Promise.all([
      page.waitForURL('**/manage/publish'),
      page.getByRole('link', { name: 'Check texts before they are published' }).click(),
    ]);
    await expect(page.getByTestId('safeguarding').innerText()).resolves.toContain(
      'If a child is in immediate danger, call 999.',
    );
    await expect(page.getByTestId('safeguarding-contact').innerText()).resolves.toBe(
      'Sam Shah, designated safeguarding lead, 0123 456 7890',
    );
    const card = page.locator('[data-testid="waiting-text"]', { hasText: 'Ellis Parker' });
    await expect(card.getByTestId('text-youSaid').innerText()).resolves.toBe(
      'Ellis Parker’s class wants a quiet corner in the library',
    );

    // A misspelt name is refused in the GOV.UK pattern, and nothing changes.
    await card.getByLabel('Remove a name').fill('Elis Parker');
    await submit(page, 'Remove from the feedback loop raised on ' + (await raisedOnLabel(card)));
    const [error] = await errorSummary(page);
    expect(error?.message).toBe('This does not appear in the texts: check the spelling');
    await expect(page.locator(error!.href).inputValue()).resolves.toBe('Elis Parker');
    await expect(page.title()).resolves.toMatch(/^Error: Check texts before they are published/);

    await card.getByLabel('Remove a name').fill('ellis parker');
    await submit(page, 'Remove from the feedback loop raised on ' + (await raisedOnLabel(card)));
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The name was removed from the feedback loop raised on',
    );
    const redacted = page.locator('[data-testid="waiting-text"]', { hasText: 'quiet corner' });
    await expect(redacted.getByTestId('text-youSaid').innerText()).resolves.toBe(
      '[name removed]’s class wants a quiet corner in the library',
    );
    await submit(page, 'Publish the feedback loop raised on ' + (await raisedOnLabel(redacted)));
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The feedback loop raised on',
    );
    await expect(page.locator('[data-testid="waiting-text"]', { hasText: 'quiet corner' }).count()).resolves.toBe(0);

    // Now it is public, without the name.
    const published = await publicPage();
    const log = await published.getByTestId('loop-log').innerText();
    expect(log).toContain('[name removed]’s class wants a quiet corner in the library');
    expect(await everything(published)).not.toContain('Ellis');
  });

  it('lists texts waiting longer than the board allows as overdue, saying nothing of what they say', async () => {
    await raiseChallenge(app, 'long-waiting-challenge', daysAgo(40));
    // Stored three weeks ago, as a text not yet checked: its wait began then.
    await app.store.client.send(
      new UpdateCommand({
        TableName: app.store.tableName,
        Key: challengeKind.keyOf('long-waiting-challenge'),
        UpdateExpression: 'SET publication.since = :since',
        ExpressionAttributeValues: { ':since': new Date(Date.now() - 21 * 86_400_000).toISOString() },
      }),
    );
    const page = await publicPage();
    await expect(page.getByTestId('waiting-count').innerText()).resolves.toBe(
      'One entry is waiting to be checked before its text is published. It has waited 21 days. ' +
        'That is longer than the 14 days the partnership board allows.',
    );
    const overdue = await page.getByTestId('waiting-overdue').innerText();
    expect(overdue).toContain('Challenge raised on');
    expect(overdue).toContain('21 days');
    await expect(page.getByTestId('challenge-waiting').first().innerText()).resolves.toBe(
      'This challenge, and any answer, is waiting to be checked before it is published.',
    );
    expect(await everything(page)).not.toContain('How did young people shape the new short breaks offer?');
    expect(await accessibilityProblems(page)).toEqual([]);
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.locator('#waiting').scrollIntoViewIfNeeded();
      expect(await sidewaysScroll(page), `${width} px`).toBe(0);
    }
    await page.screenshot({ path: `${artifacts}public-waiting-texts-375.png`, fullPage: false });

    // The board's page lists it, oldest first, as overdue; it passes axe and fits a phone.
    const boardPage = await board.newPage();
    await boardPage.goto('/manage/publish');
    const first = boardPage.locator('[data-testid="waiting-text"]').first();
    await expect(first.getAttribute('data-id')).resolves.toBe('long-waiting-challenge');
    await expect(first.innerText()).resolves.toContain('Overdue');
    expect(await accessibilityProblems(boardPage)).toEqual([]);
    for (const width of [320, 375]) {
      await boardPage.setViewportSize({ width, height: 900 });
      expect(await sidewaysScroll(boardPage), `${width} px`).toBe(0);
    }
    await boardPage.screenshot({ path: `${artifacts}publish-page-375.png`, fullPage: true });
  });
});

describe('editors', () => {
  it('check their own loops only where the board allows, never a challenge to their organisation', async () => {
    const page = await editor.newPage();
    await page.goto('/manage');
    await expect(page.getByRole('link', { name: 'Check texts before they are published' }).count()).resolves.toBe(0);
    await expect((await page.goto('/manage/publish'))?.status()).toBe(403);

    await form(page, 'A bus stop nearer the family centre');
    const settings = await board.newPage();
    await saveSettings(settings, (p) =>
      p.getByLabel('The board, and each signatory’s editors for their own feedback loops').check(),
    );
    try {
      await page.goto('/manage/publish');
      await expect(page.locator('h1').innerText()).resolves.toBe('Check texts before they are published');
      // Their own loop is there; the challenge to their organisation is the board's to publish.
      await expect(page.getByTestId('text-youSaid').allInnerTexts()).resolves.toContain(
        'A bus stop nearer the family centre',
      );
      const headings = await page.locator('[data-testid="waiting-text"] h2').allInnerTexts();
      for (const heading of headings) expect(heading).toMatch(/^Feedback loop raised on/);
      await expect(page.locator('[data-id="long-waiting-challenge"]').count()).resolves.toBe(0);
      await expect(page.getByTestId('safeguarding-contact').innerText()).resolves.toContain('Sam Shah');
      expect(await accessibilityProblems(page)).toEqual([]);
    } finally {
      await saveSettings(settings, (p) => p.getByLabel('The partnership board checks every text').check());
    }
  });
});

/** Records a feedback loop through the form, as the signed-in editor of `page`. */
async function form(page: Page, youSaid: string) {
  await page.goto('/manage/loops/new');
  await fillDate(page, 'raisedOn', daysAgo(1));
  await page.getByLabel('You said', { exact: true }).fill(youSaid);
  await page.getByLabel('Open', { exact: true }).check();
  await submit(page, 'Save feedback loop');
  expect(new URL(page.url()).pathname).toBe('/manage/loops');
}

/** The date in a waiting text's heading ("Feedback loop raised on 3 May 2026"), as its buttons name it. */
async function raisedOnLabel(card: ReturnType<Page['locator']>): Promise<string> {
  const heading = await card.locator('h2').innerText();
  return heading.replace(/^.* raised on /, '').trim();
}
