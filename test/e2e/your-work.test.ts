/**
 * "Your work", where sign-in lands each role: the demo partnership with something put, through
 * the record queries, in every list of every role's page (a loop past due, challenges unanswered
 * and answered but open, an award expiring, a closed loop that changed a service; the demo has
 * no reviewer assessment for the current quarter), then each demo account signs in and finds
 * each item with its link. Also in Welsh, at 320 px, with no JavaScript, through axe; and the
 * reviewer sent from the board's overview to the public one is told why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, dayOf, type Principal } from '@equal-partners/shared';
import { challengeQueries } from '@equal-partners/functions/challenges/challenge-queries';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { newLoop } from '@equal-partners/functions/testing/api-fixture';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import type { DemoAccount } from '../support/sign-in.ts';

const council = 'demo-city-council-childrens-services';
const forum = 'demo-city-parent-carer-forum';
const school = 'riverside-primary-school';
const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
const councilEditor: Principal = {
  kind: 'user',
  id: 'demo-council-editor',
  role: 'signatory-editor',
  signatoryId: council,
};
const reviewer: Principal = { kind: 'user', id: 'demo-reviewer', role: 'reviewer', signatoryId: forum };

const loopText = 'Work test: evening sessions for working parents, please';
const overdueChallenge = 'Work test: who did you ask about the short breaks offer?';
const answeredChallenge = 'Work test: how did young people shape the transport policy?';

let app: RunningApp;
let browser: Browser;
let today: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  const deps = app.host.deps;
  today = dayOf(deps.today());
  // The council's loop past due (raised 120 days ago, nothing told back): its texts wait to be checked too.
  await loopQueries.create(deps, councilEditor, {
    body: newLoop('work-overdue-loop', council, { raisedOn: addDays(today, -120), youSaid: loopText }),
  });
  // A closed loop of this month that changed a service: what feedback changed has something to say.
  await loopQueries.create(deps, councilEditor, {
    body: newLoop('work-closed-loop', council, {
      raisedOn: today,
      youSaid: 'Work test: the forms are too long',
      weDid: 'We cut the form to one page',
      status: 'done',
      communicatedOn: today,
      outcome: 'service-change',
    }),
  });
  // A challenge unanswered for 40 days (overdue), and one the council answered that waits for the forum's close.
  const raise = (id: string, raisedOn: string, text: string) =>
    challengeQueries.create(deps, reviewer, { body: { id, signatoryId: council, reviewerId: forum, raisedOn, text } });
  await raise('work-overdue-challenge', addDays(today, -40), overdueChallenge);
  const answered = await raise('work-answered-challenge', addDays(today, -10), answeredChallenge);
  await challengeQueries.replace(deps, councilEditor, {
    id: 'work-answered-challenge',
    body: {
      id: 'work-answered-challenge',
      signatoryId: council,
      reviewerId: forum,
      raisedOn: addDays(today, -10),
      text: answeredChallenge,
      response: 'Young people chose the routes with us.',
      respondedOn: today,
    },
    expectedVersion: answered.version,
  });
  // The school's award was made 300 days ago: it expires within the board's 90 days' notice.
  const { record, version } = await signatoryQueries.read(deps, admin, { id: school });
  const stored = new Set(['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version']);
  const fields = Object.fromEntries(Object.entries(record).filter(([key]) => !stored.has(key)));
  await signatoryQueries.replace(deps, admin, {
    id: school,
    body: {
      ...fields,
      charterStatus: 'awarded',
      awardedOn: addDays(today, -300),
      awardReason: 'Work test: awarded while the school completes its evidence.',
    },
    expectedVersion: version,
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Signs in through the sign-in page, asking for no page: the page it lands on. */
async function landAs(
  account: DemoAccount,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: app.url, ...options });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await Promise.all([page.waitForURL('**/your-work'), page.locator(`button[value="${account}"]`).click()]);
  expect(new URL(page.url()).pathname).toBe('/your-work');
  await expect(page.locator('h1').innerText()).resolves.toBe('Your work');
  return { context, page };
}

/** Where a link goes on this site: its path, query and fragment (a page rendered without JavaScript links relatively). */
async function target(link: Locator): Promise<string> {
  const href = await link.getAttribute('href');
  const url = new URL(href ?? '', link.page().url());
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The link named `name` inside the list `testId`, and where it goes. */
async function linkIn(page: Page, testId: string, name: string | RegExp): Promise<string> {
  const link = page.getByTestId(testId).getByRole('link', { name, exact: true });
  await expect(link.count()).resolves.toBe(1);
  return target(link);
}

const count = (page: Page, id: string) => page.getByTestId(`count-${id}`).innerText().then(Number);

describe('a signatory editor lands on their work', () => {
  it('sees the loops past due and the challenges to answer, overdue first, each a link to act on it', async () => {
    const { context, page } = await landAs('demo-council-editor');
    expect(await accessibilityProblems(page)).toEqual([]);
    await expect(page.getByTestId('work-lead').innerText()).resolves.toContain("Demo City Council Children's Services");
    await expect(count(page, 'loops')).resolves.toBeGreaterThanOrEqual(1);
    await expect(count(page, 'challenges')).resolves.toBeGreaterThanOrEqual(1);
    await expect(linkIn(page, 'overdue-loops', loopText)).resolves.toBe('/manage/loops/work-overdue-loop');
    const loopRow = page.getByTestId('overdue-loops').locator('tr', { hasText: loopText });
    await expect(loopRow.innerText()).resolves.toContain('120 days');
    // The answered challenge is not theirs to answer any more; the overdue one says how long it has waited.
    await expect(linkIn(page, 'challenges-to-answer', overdueChallenge)).resolves.toBe(
      '/manage/challenges/work-overdue-challenge',
    );
    const challengeRow = page.getByTestId('challenges-to-answer').locator('tr', { hasText: overdueChallenge });
    await expect(challengeRow.innerText()).resolves.toMatch(/40 days\s*Overdue/);
    await expect(page.getByTestId('challenges-to-answer').innerText()).resolves.not.toContain(answeredChallenge);
    // The header leads back here from any page.
    await page.goto('/manage');
    await page.getByRole('link', { name: 'Your work' }).click();
    await page.waitForURL('**/your-work');
    // The link opens the loop's form.
    await Promise.all([
      page.waitForURL('**/manage/loops/work-overdue-loop'),
      page.getByRole('link', { name: loopText }).click(),
    ]);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/feedback loop/i);
    await context.close();
  });
});

describe('a reviewer lands on their work', () => {
  it('sees the answered challenges to close and the signatories not assessed this quarter', async () => {
    const { context, page } = await landAs('demo-reviewer');
    await expect(count(page, 'to-close')).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await expect(linkIn(page, 'challenges-to-close', answeredChallenge)).resolves.toBe(
      '/manage/challenges/work-answered-challenge',
    );
    await expect(page.getByTestId('challenges-to-close').innerText()).resolves.toContain(
      "Demo City Council Children's Services",
    );
    // The demo's reviewer assessments stop at the last quarter: every other signatory waits (not the forum itself).
    await expect(count(page, 'not-reviewed')).resolves.toBe(11);
    const assess = await linkIn(page, 'not-reviewed', "Assess Demo City Council Children's Services");
    expect(assess).toMatch(
      /^\/manage\/assessments\/new\?signatoryId=demo-city-council-childrens-services&period=\d{4}-Q[1-4]$/,
    );
    await expect(page.getByTestId('not-reviewed').innerText()).resolves.not.toContain('Demo City Parent Carer Forum');
    // The link opens the assessment form for that organisation and quarter.
    await page.goto(assess);
    await expect(page.locator('select[name="signatoryId"]').inputValue()).resolves.toBe(council);
    await context.close();
  });

  it('is told why the partnership overview sent them to the public figures, in English and in Welsh', async () => {
    const { context, page } = await landAs('demo-reviewer');
    // Reviewers have no overview link; a bookmark to it brings them to the public page, which says why.
    await expect(page.getByRole('link', { name: 'Partnership overview' }).count()).resolves.toBe(0);
    await page.goto('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/public');
    const banner = page.getByTestId('redirect-reason');
    await expect(banner.getByRole('heading').innerText()).resolves.toBe('Important');
    await expect(banner.innerText()).resolves.toContain(
      'The page you opened shows exact figures, which the partnership board has not allowed your role to see',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    // A signatory's page of exact figures too, and in Welsh the Welsh public page says it in Welsh.
    await page.goto(`/language/cy?returnTo=${encodeURIComponent(`/dashboard/signatories/${school}`)}`);
    expect(new URL(page.url()).pathname).toBe(`/cy/public/${school}`);
    await expect(page.getByTestId('redirect-reason').getByRole('heading').innerText()).resolves.toBe('Pwysig');
    await expect(page.getByTestId('redirect-reason').innerText()).resolves.toContain(
      'nid yw bwrdd y bartneriaeth wedi caniatáu i’ch rôl eu gweld',
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    // The public page opened directly says nothing of the sort.
    await page.goto('/public');
    await expect(page.getByTestId('redirect-reason').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('the board lands on its work', () => {
  it('sees awards to decide, exceptions and texts to check, each a link, without JavaScript', async () => {
    const { context, page } = await landAs('demo-board-admin', { javaScriptEnabled: false });
    await expect(count(page, 'awards')).resolves.toBeGreaterThanOrEqual(1);
    await expect(count(page, 'exceptions')).resolves.toBeGreaterThanOrEqual(1);
    await expect(count(page, 'texts')).resolves.toBeGreaterThanOrEqual(1);
    const award = page.locator(`[data-testid="award"][data-id="${school}"]`);
    await expect(award.innerText()).resolves.toContain('Award expires on');
    await expect(target(award.getByRole('link', { name: 'Riverside Primary School', exact: true }))).resolves.toBe(
      `/dashboard/signatories/${school}#eligibility`,
    );
    await expect(
      target(award.getByRole('link', { name: 'Decide the award of Riverside Primary School' })),
    ).resolves.toBe(`/admin/signatories/${school}`);
    const exception = page.locator(`[data-testid="exception"][data-id="${council}"]`);
    await expect(exception.innerText()).resolves.toMatch(/the oldest waiting \d+ days/);
    await expect(target(exception.getByRole('link', { name: "Demo City Council Children's Services" }))).resolves.toBe(
      `/dashboard/signatories/${council}`,
    );
    const text = page.getByTestId('waiting-texts').locator('tr', { hasText: "Demo City Council Children's Services" });
    const textLink = text.getByRole('link', { name: /^A feedback loop raised on / }).first();
    await expect(target(textLink)).resolves.toMatch(/^\/manage\/publish#loop-/);
    // The link leads to that text's card on the page where texts are checked.
    await page.goto('/manage/publish#loop-work-overdue-loop');
    await expect(page.locator('#loop-work-overdue-loop').innerText()).resolves.toContain(loopText);
    await context.close();
  });

  it('in Welsh, at 320 px: nothing wider than the window, and axe finds nothing', async () => {
    const { context, page } = await landAs('demo-board-admin', { viewport: { width: 320, height: 800 } });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    await page.goto('/language/cy?returnTo=%2Fyour-work');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(page.locator('h1').innerText()).resolves.toBe('Eich gwaith');
    await expect(page.getByRole('heading', { name: /^Dyfarniadau i benderfynu arnynt/ }).count()).resolves.toBe(1);
    await expect(page.getByTestId('exceptions').innerText()).resolves.toMatch(/yr hynaf yn aros ers \d+ diwrnod/);
    await expect(page.getByRole('link', { name: 'Eich gwaith' }).count()).resolves.toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    const wider = await page.evaluate(
      () =>
        [...document.body.querySelectorAll('*')].filter(
          (el) => el.getBoundingClientRect().right > window.innerWidth + 0.5,
        ).length,
    );
    expect(wider).toBe(0);
    // The tables are cards: each value beside its column's name.
    await expect(page.getByTestId('exceptions').evaluate((table) => getComputedStyle(table).display)).resolves.toBe(
      'block',
    );
    await context.close();
  });
});

describe('a commissioner lands on their work', () => {
  it('sees what feedback changed with a link to the outcomes, and the exceptions', async () => {
    const { context, page } = await landAs('demo-commissioner');
    await expect(page.getByTestId('outcomes-summary').innerText()).resolves.toMatch(
      /have been answered so far; \d+ led to a change/,
    );
    await expect(page.getByTestId('outcomes').innerText()).resolves.toContain('A service changed');
    await expect(target(page.getByTestId('outcomes-link'))).resolves.toBe('/dashboard/outcomes');
    await expect(count(page, 'exceptions')).resolves.toBeGreaterThanOrEqual(1);
    await expect(
      target(
        page
          .locator(`[data-testid="exception"][data-id="${council}"]`)
          .getByRole('link', { name: "Demo City Council Children's Services" }),
      ),
    ).resolves.toBe(`/dashboard/signatories/${council}`);
    // Commissioners decide no awards and check no texts.
    await expect(page.getByTestId('awards').count()).resolves.toBe(0);
    await expect(page.getByTestId('waiting-texts').count()).resolves.toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});
