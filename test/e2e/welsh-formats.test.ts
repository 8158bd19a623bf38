/**
 * Dates, months and counts on the Welsh public pages, as the browser shows them: no
 * English month name and no English plural ("1 activities"), both as the server renders
 * a page and when the browser renders one itself (a link followed within the app, with
 * Debian's Chromium, whose `Intl` has no Welsh). Text from the partnership's own data is
 * marked `lang="en"` and is not checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';

let app: RunningApp;
let browser: Browser;
const school = 'oakfield-special-school';
const trust = 'demo-city-hospitals-nhs-trust';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const englishMonth =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/g;
const englishPlural =
  /\b1 (activities|points|days|months|quarters|times|answers|organisations|principles|entries|groups)\b|\b1 o (weithgareddau|bwyntiau|atebion|sefydliadau|egwyddorion|gofnodion|weithiau|ffyrdd|grwpiau)\b/g;

/**
 * The page's Welsh text: every text node (the options of a list too) and every label
 * given to assistive technology, less what is marked as English.
 */
function welshText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const english = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang')?.startsWith('en');
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest('script, style, noscript') || english(parent)) continue;
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title]')) {
      if (english(element)) continue;
      for (const name of ['aria-label', 'title']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** What on the page reads as English: month names and "1 activities"-style plurals. */
async function englishOn(page: Page): Promise<string[]> {
  return (await welshText(page)).filter((text) => text.match(englishMonth) || text.match(englishPlural));
}

/** A page as the browser shows it once its scripts have run. */
async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: app.url, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  return page;
}

describe('Welsh public pages', () => {
  it('show the overview’s months and counts in Welsh', async () => {
    const page = await open('/cy/public');
    const text = (await welshText(page)).join('\n');
    // The checks saw the page's dates: the period list's months are Welsh.
    expect(text).toMatch(
      /\b(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\b/,
    );
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });

  it('show a signatory’s dates, months and counts in Welsh, rendered by the server', async () => {
    const page = await open(`/cy/public/${school}`);
    const text = (await welshText(page)).join('\n');
    // A date in the "you said, we did" log, "Wedi’i godi ar 5 Awst 2026".
    expect(text).toMatch(/Wedi’i godi ar \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });

  it('show a financial year’s quarters in Welsh', async () => {
    const page = await open(`/cy/public/${trust}?period=FY2025`);
    const text = (await welshText(page)).join('\n');
    // The quarters of the year as runs of months, "Ebr – Meh 2025".
    expect(text).toContain('Ebr – Meh 2025');
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });

  it('stay in Welsh when the browser renders a page itself, following a link', async () => {
    const page = await open('/cy/public');
    await page.locator(`[data-testid="organisations"] a[href$="/cy/public/${school}"]`).click();
    await page.waitForURL(`${app.url}/cy/public/${school}`);
    await page.locator('[data-testid="loop-log"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await englishOn(page)).toEqual([]);
    await page.context().close();
  });
});
