/**
 * The reviewer's evidence beside the assessment form: with a self-assessment and an
 * earlier reviewer assessment seeded through the API, the demo reviewer chooses the
 * signatory and quarter (without JavaScript: the form comes back with the choice in its
 * address) and finds, for a principle, the self score and narrative, the previous
 * reviewer score with its quarter, the evidence count and the figures: the published ones
 * while the board keeps exact figures from reviewers, the exact ones once it allows them.
 * In Welsh once; axe-clean; nothing wider than a 320 px phone, the evidence above the
 * rating there and beside it on a desktop. An editor sees their own organisation's only.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let reviewerNoScript: BrowserContext;
let reviewer: BrowserContext;
let editor: BrowserContext;

const artifacts = new URL('../artifacts/', import.meta.url).pathname;
const council = 'demo-city-council-childrens-services';
const councilName = "Demo City Council Children's Services";
const forumName = 'Demo City Parent Carer Forum';
const principle = 'open-communication';
const selfNarrative = 'Young carers co-chaired the review panel and wrote its minutes.';
const reviewerNarrative = 'The panel met once and its minutes were not shared with families.';

/** This quarter and the one before, as `YYYY-Qn`. */
function quarters(today = new Date()): { quarter: string; previous: string } {
  const year = today.getUTCFullYear();
  const q = Math.floor(today.getUTCMonth() / 3) + 1;
  return { quarter: `${year}-Q${q}`, previous: q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}` };
}
const { quarter, previous } = quarters();
const months = ['January to March', 'April to June', 'July to September', 'October to December'];
const quarterWords = (key: string) => `${months[Number(key.slice(6)) - 1]} ${key.slice(0, 4)}`;

async function tokenOf(userId: string): Promise<string> {
  const response = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function api(userId: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenOf(userId)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response;
}

async function seed(userId: string, assessment: Record<string, unknown>): Promise<void> {
  const response = await api(userId, 'POST', '/api/v1/assessments', assessment);
  if (response.status !== 201) throw new Error(`seeding an assessment: ${response.status} ${await response.text()}`);
}

/** Lets reviewers see exact figures, or not, as the board does on its settings page. */
async function setReviewersSeeExactFigures(value: boolean): Promise<void> {
  const read = await api('demo-board-admin', 'GET', '/api/v1/partnership');
  const { name, area, charter, groups, settings } = (await read.json()) as Record<string, Record<string, unknown>>;
  const response = await api(
    'demo-board-admin',
    'PUT',
    '/api/v1/partnership',
    { name, area, charter, groups, settings: { ...settings, reviewersSeeExactFigures: value } },
    { 'if-match': read.headers.get('etag')! },
  );
  if (response.status !== 200) throw new Error(`changing the settings: ${response.status} ${await response.text()}`);
}

/** A figure as the form puts it in words (English). */
function figureText(value: number | string | null): string {
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (value === 'year-only') return 'published for the year only';
  if (typeof value === 'string' && value.startsWith('<')) return `fewer than ${value.slice(1)}`;
  if (typeof value === 'string') return 'not shown';
  return 'no data';
}

interface Metrics {
  metrics: {
    reach: { participations: number | string | null; activities: number | string | null };
    principles: { items: { principleId: string; evidence: number }[] };
  };
}

async function figures(path: string): Promise<Metrics['metrics']> {
  const response = await api('demo-board-admin', 'GET', path);
  expect(response.status).toBe(200);
  return ((await response.json()) as Metrics).metrics;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  mkdirSync(artifacts, { recursive: true });
  await seed('demo-council-editor', {
    id: 'evidence-self',
    signatoryId: council,
    period: quarter,
    by: 'self',
    scores: [{ principleId: principle, score: 3, narrative: selfNarrative }],
  });
  await seed('demo-reviewer', {
    id: 'evidence-reviewer',
    signatoryId: council,
    period: previous,
    by: 'reviewer',
    reviewerId: 'demo-city-parent-carer-forum',
    scores: [{ principleId: principle, score: 2, narrative: reviewerNarrative }],
  });
  [reviewerNoScript, reviewer, editor] = await Promise.all([
    signedInContext(browser, app.url, 'demo-reviewer', { javaScriptEnabled: false }),
    signedInContext(browser, app.url, 'demo-reviewer'),
    signedInContext(browser, app.url, 'demo-council-editor'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const evidenceOf = (page: Page) => page.getByTestId(`evidence-${principle}`);
/** Where a link goes, as a path with its query and fragment. */
const target = async (page: Page, name: string) => {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  const url = new URL(href!, page.url());
  return `${url.pathname}${url.search}${url.hash}`;
};
const text = async (page: Page, testId: string) =>
  (await evidenceOf(page).getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

/** Anything on the page wider than the window, or outside it. */
function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    return [...document.body.querySelectorAll('*')].flatMap((el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || (box.right <= width + 0.5 && box.left >= -0.5)) return [];
      return [
        `<${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(box.left)}..${Math.round(box.right)}`,
      ];
    });
  });
}

describe('the evidence beside a reviewer’s assessment', () => {
  const evidencePath = `/manage/assessments/new?signatoryId=${council}&period=${quarter}`;

  it('follows the signatory and quarter chosen, without JavaScript, keeping what was typed', async () => {
    const page = await reviewerNoScript.newPage();
    await page.goto('/manage/assessments/new');
    await expect(page.getByTestId('evidence-figures').count()).resolves.toBe(0);
    await page.getByLabel('Organisation assessed').selectOption({ label: councilName });
    await page.locator('#period').selectOption(quarter);
    await page.locator('#scores-embed-start-to-end-score-4').check();
    await submit(page, 'Show the evidence');

    const url = new URL(page.url());
    expect(url.pathname).toBe('/manage/assessments/new');
    expect([url.searchParams.get('signatoryId'), url.searchParams.get('period')]).toEqual([council, quarter]);
    await expect(page.getByLabel('Organisation assessed').inputValue()).resolves.toBe(council);
    await expect(page.locator('#period').inputValue()).resolves.toBe(quarter);
    await expect(page.locator('#scores-embed-start-to-end-score-4').isChecked()).resolves.toBe(true);

    const exact = await figures(`/api/v1/metrics/signatories/${council}?period=${quarter}`);
    const published = await figures(`/api/v1/public/metrics/signatories/${council}?period=${quarter}`);
    const count = exact.principles.items.find((p) => p.principleId === principle)!.evidence;

    await expect(text(page, 'evidence-self')).resolves.toBe(
      `3 – Established, for ${quarterWords(quarter)} ${selfNarrative}`,
    );
    await expect(text(page, 'evidence-reviewer')).resolves.toBe(
      `2 – Emerging, for ${quarterWords(previous)}, by ${forumName} ${reviewerNarrative}`,
    );
    await expect(evidenceOf(page).getByTestId('evidence-count-value').innerText()).resolves.toBe(
      count.toLocaleString('en-GB'),
    );
    await expect(evidenceOf(page).innerText()).resolves.toContain(`Evidence in ${quarterWords(quarter)}`);

    // The board has not let reviewers see exact figures (the default): the published ones, linking to the public page.
    const panel = page.getByTestId('evidence-figures');
    await expect(panel.getByTestId('evidence-visibility').innerText()).resolves.toContain(
      'These are the published figures',
    );
    await expect(panel.getByTestId('evidence-reach').innerText()).resolves.toContain(
      `Times people took part: ${figureText(published.reach.participations)}`,
    );
    await expect(panel.getByTestId('evidence-reach').innerText()).resolves.toContain(
      `Activities: ${figureText(published.reach.activities)}`,
    );
    await expect(target(page, 'More about reach')).resolves.toBe(`/public/${council}?period=${quarter}#reach`);
    await page.close();
  });

  it('shows the exact figures once the board allows reviewers to see them', async () => {
    await setReviewersSeeExactFigures(true);
    try {
      const page = await reviewer.newPage();
      await page.goto(evidencePath);
      const exact = await figures(`/api/v1/metrics/signatories/${council}?period=${quarter}`);
      const panel = page.getByTestId('evidence-figures');
      await expect(panel.getByTestId('evidence-visibility').innerText()).resolves.toContain('These are exact figures');
      await expect(panel.getByTestId('evidence-reach').innerText()).resolves.toContain(
        `Times people took part: ${figureText(exact.reach.participations)}`,
      );
      await expect(target(page, 'More about impact')).resolves.toBe(
        `/dashboard/signatories/${council}?period=${quarter}#impact`,
      );
      await page.close();
    } finally {
      await setReviewersSeeExactFigures(false);
    }
  });

  it('sits beside the rating on a desktop and above it on a 320 px phone, with nothing wider than the phone', async () => {
    const page = await reviewer.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(evidencePath);
    expect(await accessibilityProblems(page)).toEqual([]);
    const rating = page.locator(`#scores-${principle}-score`).locator('xpath=ancestor::fieldset');
    const [beside, fieldsAt] = [await evidenceOf(page).boundingBox(), await rating.boundingBox()];
    expect(beside!.x).toBeGreaterThan(fieldsAt!.x + fieldsAt!.width - 1);
    await page.screenshot({ path: `${artifacts}assessment-evidence-1280.png`, fullPage: true });

    await page.setViewportSize({ width: 320, height: 800 });
    await expect(tooWide(page)).resolves.toEqual([]);
    await expect(sidewaysScroll(page)).resolves.toBe(0);
    const [above, fields] = [await evidenceOf(page).boundingBox(), await rating.boundingBox()];
    expect(above!.y + above!.height).toBeLessThanOrEqual(fields!.y);
    await page.screenshot({ path: `${artifacts}assessment-evidence-320.png`, fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('is in Welsh for a Welsh reader', async () => {
    const page = await reviewer.newPage();
    await page.goto(`/language/cy?returnTo=${encodeURIComponent(evidencePath)}`);
    try {
      expect(new URL(page.url()).search).toBe(`?signatoryId=${council}&period=${quarter}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
      await expect(page.getByRole('button', { name: 'Dangos y dystiolaeth' }).count()).resolves.toBe(1);
      await expect(evidenceOf(page).getByRole('heading').innerText()).resolves.toBe('Y dystiolaeth');
      await expect(text(page, 'evidence-self')).resolves.toMatch(/^3 – .+, ar gyfer .+ 20\d\d /);
      await expect(text(page, 'evidence-reviewer')).resolves.toContain(`, gan ${forumName}`);
      await expect(page.getByTestId('evidence-visibility').innerText()).resolves.toContain(
        'Dyma’r ffigurau cyhoeddedig',
      );
      await expect(page.getByTestId('evidence-figures').innerText()).resolves.not.toMatch(
        /Times people|More about|January|April|July|October/,
      );
      await expect(target(page, 'Rhagor am gyrhaeddiad')).resolves.toBe(
        `/cy/public/${council}?period=${quarter}#reach`,
      );
      expect(await accessibilityProblems(page)).toEqual([]);
    } finally {
      await page.goto('/language/en?returnTo=%2Fmanage');
      await page.close();
    }
  });

  it('saves when Enter is pressed in the form, not "Show the evidence", the first button in it', async () => {
    const page = await reviewerNoScript.newPage();
    await page.goto(evidencePath);
    await page.locator(`#scores-${principle}-score-2`).check();
    await page.locator(`#scores-${principle}-score-2`).press('Enter');
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/manage/assessments');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The assessment was saved.',
    );
    await page.close();
  });

  it('saves the rating made beside the evidence', async () => {
    const page = await reviewerNoScript.newPage();
    await page.goto(evidencePath);
    await page.locator(`#scores-${principle}-score-3`).check();
    await submit(page, 'Save assessment');
    expect(new URL(page.url()).pathname).toBe('/manage/assessments');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The assessment was saved.',
    );
    await page.close();
  });
});

describe('the evidence beside an editor’s self-assessment', () => {
  it('is their own organisation’s, whatever the address asks for', async () => {
    const page = await editor.newPage();
    await page.goto(`/manage/assessments/new?signatoryId=oakfield-special-school&period=${quarter}`);
    await expect(page.getByTestId('evidence-figures').innerText()).resolves.toContain(councilName);
    await expect(page.getByTestId('evidence-visibility').innerText()).resolves.toContain('These are exact figures');
    await expect(text(page, 'evidence-reviewer')).resolves.toContain(`2 – Emerging, for ${quarterWords(previous)}`);
    await expect(page.locator('main').innerText()).resolves.not.toContain('Oakfield');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
