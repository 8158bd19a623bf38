/**
 * The board admin's pages: signatories, population baselines, charter principles, the
 * group taxonomy, API keys and settings (users: users.test.ts), each form submitted with invalid and valid
 * input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runLocalAlerts } from '@equal-partners/functions/alerts/local-alerts';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { errorSummary, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  admin = await signedInContext(browser, app.url, 'demo-board-admin');
  page = await admin.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('signatories', () => {
  it('adds a signatory after showing every problem, and refuses an id that is taken', async () => {
    await page.goto('/admin/signatories/new');
    await page.getByLabel('Short name for web addresses').fill('Riverside School!');
    await submit(page, 'Save signatory');
    expect(await errorSummary(page)).toEqual([
      { message: 'Enter the organisation name', href: '#name' },
      { message: 'Short name for web addresses: Use lower-case letters, digits and single hyphens', href: '#id' },
      { message: 'Select the sector', href: '#sector' },
      { message: 'Enter the date it signed the charter', href: '#signedOn-day' },
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Organisation name').fill('Oakfield Again');
    await page.getByLabel('Short name for web addresses').fill('oakfield-special-school');
    await page.getByLabel('Voluntary sector').check();
    await fillDate(page, 'signedOn', '2025-09-01');
    await submit(page, 'Save signatory');
    await expect(page.locator('.govuk-error-summary').innerText()).resolves.toContain(
      'A signatory with the id "oakfield-special-school" already exists',
    );

    await page.getByLabel('Organisation name').fill('Brookside Youth Project');
    await page.getByLabel('Short name for web addresses').fill('brookside-youth-project');
    await submit(page, 'Save signatory');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'Brookside Youth Project was saved.',
    );
    const row = page.locator('[data-testid="records"] tr', { hasText: 'Brookside Youth Project' });
    await expect(row.innerText()).resolves.toContain('Voluntary sector');
  });

  it('changes a signatory’s charter status, after refusing a blank name, a date that does not exist and an award without its date', async () => {
    await page.getByRole('link', { name: 'Brookside Youth Project' }).click();
    await page.waitForURL(/\/admin\/signatories\/brookside-youth-project$/);
    await expect(page.getByLabel('Short name for web addresses').count()).resolves.toBe(0);
    await page.getByLabel('Organisation name').fill('');
    await page.getByLabel('Charter status awarded').check();
    await fillDate(page, 'signedOn', '2025-02-30');
    await submit(page, 'Save signatory');
    // The award comes first on the page, beside its criteria (docs/decisions/0110), and so in the summary.
    expect(await errorSummary(page)).toEqual([
      { message: 'Enter the date of the award', href: '#awardedOn-day' },
      { message: 'Enter the organisation name', href: '#name' },
      { message: 'Date it signed the charter must be a real date', href: '#signedOn-day' },
    ]);
    await expect(page.getByLabel('Charter status awarded').isChecked()).resolves.toBe(true);
    await page.getByLabel('Organisation name').fill('Brookside Youth Project');
    await fillDate(page, 'signedOn', '2025-09-01');
    const lastMonth = new Date();
    lastMonth.setUTCDate(1);
    lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
    await fillDate(page, 'awardedOn', lastMonth.toISOString().slice(0, 10));
    // A new organisation has no evidence yet: the board says why it awards charter status anyway.
    await page.getByLabel('Reason for awarding against the criteria').fill('A founding member of the partnership.');
    await submit(page, 'Save signatory');
    const row = page.locator('[data-testid="records"] tr', { hasText: 'Brookside Youth Project' });
    await expect(row.innerText()).resolves.toContain('Charter status awarded');
  });

  it('shows an award made 13 months ago as lapsed, with the day it lapsed', async () => {
    const awarded = new Date();
    awarded.setUTCDate(1);
    awarded.setUTCMonth(awarded.getUTCMonth() - 13);
    const awardedOn = awarded.toISOString().slice(0, 10);
    await page.goto('/admin/signatories/brookside-youth-project');
    await fillDate(page, 'awardedOn', awardedOn);
    await submit(page, 'Save signatory');
    const row = page.locator('[data-testid="records"] tr', { hasText: 'Brookside Youth Project' });
    await expect(row.innerText()).resolves.toContain('Lapsed');

    const expired = new Date(awarded);
    expired.setUTCFullYear(expired.getUTCFullYear() + 1);
    const longDate = (d: Date) =>
      d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const path of ['/dashboard/signatories/brookside-youth-project', '/public/brookside-youth-project']) {
      await page.goto(path);
      const status = await page.getByTestId('charter-status').innerText();
      expect(status, path).toMatch(/^Lapsed\s/);
      expect(status, path).toContain(
        `Awarded on ${longDate(awarded)}; lapsed on ${longDate(expired)} as it was not renewed.`,
      );
    }
  });
});

describe('population baselines', () => {
  it('takes group shares as percentages, refusing one over 100, and shows them again as entered', async () => {
    await page.goto('/admin/baselines/new');
    await page.getByLabel('Year').fill('2019');
    await page.getByLabel('Source').fill('School Census January 2019');
    await page.getByLabel('Children', { exact: true }).fill('48000');
    await page.getByLabel('Young people', { exact: true }).fill('30000');
    await page.getByLabel('Parents and carers', { exact: true }).fill('59000');
    await page.getByLabel('Children with an EHCP (%)').fill('150');
    await submit(page, 'Save baseline');
    expect(await errorSummary(page)).toEqual([
      { message: 'Children with an EHCP (%) must be a percentage from 0 to 100', href: '#groupShares-ehcp' },
    ]);
    await expect(page.getByLabel('Source').inputValue()).resolves.toBe('School Census January 2019');

    await page.getByLabel('Children with an EHCP (%)').fill('5.3');
    await submit(page, 'Save baseline');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The baseline for 2019 was saved.',
    );
    await page.getByRole('link', { name: '2019', exact: true }).click();
    await page.waitForURL(/\/admin\/baselines\/2019$/);
    await expect(page.getByLabel('Children with an EHCP (%)').inputValue()).resolves.toBe('5.3');
  });

  it('changes a baseline after refusing a count that is not a whole number and a share over 100', async () => {
    await page.goto('/admin/baselines/2019');
    await page.getByLabel('Source').fill('School Census January 2019, revised');
    await page.getByLabel('Children', { exact: true }).fill('48000.5');
    await page.getByLabel('Young people', { exact: true }).fill('');
    await page.getByLabel('Eligible for free school meals (%)').fill('101');
    await submit(page, 'Save baseline');
    expect(await errorSummary(page)).toEqual([
      { message: 'Children must be a whole number', href: '#population-children' },
      { message: 'Enter the number of young people', href: '#population-young-people' },
      { message: 'Eligible for free school meals (%) must be a percentage from 0 to 100', href: '#groupShares-fsm' },
    ]);
    await expect(page.getByLabel('Source').inputValue()).resolves.toBe('School Census January 2019, revised');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('Children', { exact: true }).fill('48500');
    await page.getByLabel('Young people', { exact: true }).fill('30100');
    await page.getByLabel('Eligible for free school meals (%)').fill('24.6');
    await submit(page, 'Save baseline');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The baseline for 2019 was saved.',
    );
    await page.goto('/admin/baselines/2019');
    await expect(page.getByLabel('Children', { exact: true }).inputValue()).resolves.toBe('48500');
    await expect(page.getByLabel('Eligible for free school meals (%)').inputValue()).resolves.toBe('24.6');
    await expect(page.getByLabel('Children with an EHCP (%)').inputValue()).resolves.toBe('5.3');
    await expect(page.getByLabel('Source').inputValue()).resolves.toBe('School Census January 2019, revised');
  });
});

describe('the charter and the group taxonomy', () => {
  it('adds a principle, which the record forms then offer, and removes it again', async () => {
    await page.goto('/admin/charter');
    const newRow = page.getByTestId('principle-row').last();
    await newRow.getByLabel('Short name').fill('listen-first');
    await submit(page, 'Save charter');
    expect(await errorSummary(page)).toEqual([
      { message: 'Enter the title of the principle', href: '#principles-8-title' },
    ]);
    await page.locator('#principles-8-title').fill('Listen first');
    await submit(page, 'Save charter');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain('The charter was saved.');

    await page.goto('/manage/activities/new');
    await expect(page.getByLabel('Listen first').count()).resolves.toBe(1);

    await page.goto('/admin/charter');
    await page.getByLabel('Remove this principle').last().check();
    await submit(page, 'Save charter');
    await page.goto('/manage/activities/new');
    await expect(page.getByLabel('Listen first').count()).resolves.toBe(0);
  });

  it('adds a group to the taxonomy, which the baseline then asks a share for', async () => {
    await page.goto('/admin/groups');
    const newRow = page.getByTestId('group-row').last();
    await newRow.getByLabel('Name', { exact: true }).fill('Kinship carers');
    await submit(page, 'Save groups');
    expect((await errorSummary(page)).map((e) => e.message)).toEqual(['Enter a short name for the group']);
    await page.getByTestId('group-row').last().getByLabel('Short name').fill('kinship-carers');
    await page.getByTestId('group-row').last().getByLabel('Marginalised group').check();
    await submit(page, 'Save groups');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain('The groups were saved.');
    await page.goto('/admin/baselines/new');
    await expect(page.getByLabel('Kinship carers (%)').count()).resolves.toBe(1);
  });
});

describe('API keys', () => {
  it('shows a new key once, which then works until it is revoked', async () => {
    await page.goto('/admin/api-keys');
    await submit(page, 'Issue key');
    expect(await errorSummary(page)).toEqual([
      { message: 'Select the organisation the key is for', href: '#signatoryId' },
      { message: 'Enter a label for the key', href: '#label' },
    ]);
    await page.getByLabel('Organisation').selectOption({ label: 'Riverside Primary School' });
    await page.getByLabel('Label').fill('Pupil voice survey tool');
    await submit(page, 'Issue key');
    const key = (await page.getByTestId('issued-key').locator('code').innerText()).trim();
    expect(key).toMatch(/^ep_[0-9a-f]{8}_/);
    const me = await admin.request.get(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    await expect(me.json()).resolves.toMatchObject({ kind: 'api-key', signatoryId: 'riverside-primary-school' });

    await page.goto('/admin/api-keys');
    await expect(page.getByTestId('issued-key').count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.not.toContain(key);

    const prefix = key.split('_').slice(0, 2).join('_');
    await submit(page, `Revoke ${prefix}, Riverside Primary School`);
    await expect(page.getByTestId('confirm-revoke').innerText()).resolves.toContain('This cannot be undone.');
    expect(await accessibilityProblems(page)).toEqual([]);
    const stillWorks = await admin.request.get(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(stillWorks.status()).toBe(200);
    await submit(page, 'Yes, revoke the key');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      `The key ${prefix} was revoked.`,
    );
    const row = page.locator('[data-testid="records"] tr', { hasText: prefix });
    await expect(row.innerText()).resolves.toContain('Revoked');
    const refused = await admin.request.get(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
  });
});

describe('settings', () => {
  const school = 'oakfield-special-school';

  it('lets the board give reviewers exact figures, which the reviewer then sees, and take them back', async () => {
    const reviewer = await signedInContext(browser, app.url, 'demo-reviewer', { javaScriptEnabled: false });
    const reviewerPage = await reviewer.newPage();
    try {
      await reviewerPage.goto(`/dashboard/signatories/${school}`);
      expect(new URL(reviewerPage.url()).pathname).toBe(`/public/${school}`);
      await expect(reviewerPage.getByTestId('reviewer-public-note').innerText()).resolves.toContain(
        'has not allowed reviewers to see exact figures',
      );
      await expect(reviewerPage.getByTestId('exact-note').count()).resolves.toBe(0);
      await expect(reviewerPage.getByRole('link', { name: 'Partnership overview' }).count()).resolves.toBe(0);

      await page.goto('/admin');
      await page.getByRole('link', { name: 'Partnership settings' }).click();
      await page.waitForURL(/\/admin\/settings$/);
      await expect(page.getByLabel('No, reviewers see the public figures').isChecked()).resolves.toBe(true);
      // A form sent without an answer (radios cannot be unchecked by hand, but a stale page can) is refused.
      await page.evaluate(() => {
        for (const radio of document.querySelectorAll<HTMLInputElement>('input[type=radio]')) radio.checked = false;
      });
      await submit(page, 'Save settings');
      expect(await errorSummary(page)).toEqual([
        { message: 'Select whether reviewers can see exact figures', href: '#settings-reviewersSeeExactFigures' },
        {
          message: 'Select whether a reviewer assessment is needed',
          href: '#settings-awardNeedsReviewerAssessment',
        },
        { message: 'Select who checks texts before they are published', href: '#settings-editorsMayPublish' },
        {
          message: 'Select whether every new activity gets a feedback link',
          href: '#settings-feedbackOnByDefault',
        },
        { message: 'Select the handling marking of the evidence pack', href: '#settings-evidenceMarking' },
      ]);
      await page.getByLabel('Yes, reviewers see exact figures').check();
      await page.getByLabel('Yes, at least one reviewer assessment is needed').check();
      await page.getByLabel('The partnership board checks every text').check();
      await page.getByLabel('No, editors or reviewers switch it on').check();
      await page.getByLabel('OFFICIAL-SENSITIVE', { exact: true }).check();
      await submit(page, 'Save settings');
      await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
        'The settings were saved.',
      );
      await expect(page.getByLabel('Yes, reviewers see exact figures').isChecked()).resolves.toBe(true);
      expect(await accessibilityProblems(page)).toEqual([]);

      await reviewerPage.goto(`/dashboard/signatories/${school}`);
      expect(new URL(reviewerPage.url()).pathname).toBe(`/dashboard/signatories/${school}`);
      await expect(reviewerPage.getByTestId('exact-note').innerText()).resolves.toContain(
        'The partnership board lets reviewers see exact figures',
      );
      await expect(reviewerPage.getByTestId('disclosure-note').count()).resolves.toBe(0);
      await reviewerPage.getByRole('link', { name: 'Partnership overview' }).click();
      await reviewerPage.waitForURL(`${app.url}/dashboard`);
      await expect(reviewerPage.locator('h1').innerText()).resolves.toBe('Partnership overview');

      await page.getByLabel('No, reviewers see the public figures').check();
      await submit(page, 'Save settings');
      await reviewerPage.goto(`/dashboard/signatories/${school}`);
      expect(new URL(reviewerPage.url()).pathname).toBe(`/public/${school}`);
    } finally {
      await reviewer.close();
    }
  });
  it('changes the other settings, each checked as the API checks it, and refuses invalid ones without changing anything', async () => {
    const stored = async () => {
      const response = await admin.request.get(`${app.url}/api/v1/partnership`);
      return { etag: response.headers().etag, settings: ((await response.json()) as { settings: object }).settings };
    };
    const recorded = 'Demographic information needed for reliable inclusion figures (%)';
    const before = await stored();
    const overdue = async (days: number) => {
      await page.goto('/dashboard');
      const card = await page.getByTestId('card-overdue').innerText();
      expect(card).toContain(`Points with no answer after ${days} days.`);
      return Number(/Points overdue\s+([\d,]+)/.exec(card)?.[1]?.replace(',', ''));
    };
    const overdueAt90 = await overdue(90);

    await page.goto('/admin/settings');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await expect(field('Days to answer a feedback loop').inputValue()).resolves.toBe('90');
    await expect(field(recorded).inputValue()).resolves.toBe('50');
    await expect(field('Fewest cases behind a rating').inputValue()).resolves.toBe('5');
    await field('Disclosure threshold').fill('4');
    await field('Rounding of public counts').fill('0');
    await field('Days to answer a feedback loop').fill('60');
    await field('Days to answer a challenge').fill('');
    await field('Threshold for under-represented groups').fill('most');
    await field(recorded).fill('150');
    await field('Fewest cases behind a rating').fill('0');
    await submit(page, 'Save settings');
    expect(await errorSummary(page)).toEqual([
      { message: 'Disclosure threshold must be 5 or more', href: '#settings-disclosureThreshold' },
      { message: 'Rounding of public counts must be more than 0', href: '#settings-publicRounding' },
      { message: 'Enter the number of days to answer a challenge', href: '#settings-challengeDueDays' },
      { message: 'Threshold for under-represented groups must be a number', href: '#settings-underRepresented' },
      { message: `${recorded} must be a percentage from 0 to 100`, href: '#settings-minRecordedShare' },
      { message: 'Fewest cases behind a rating must be 1 or more', href: '#settings-minRateBase' },
    ]);
    await expect(field('Days to answer a feedback loop').inputValue()).resolves.toBe('60');
    await expect(field('Threshold for under-represented groups').inputValue()).resolves.toBe('most');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await stored()).toEqual(before);

    // The same form without JavaScript, as it must work before the page's script loads.
    const noScript = await signedInContext(browser, app.url, 'demo-board-admin', { javaScriptEnabled: false });
    try {
      const form = await noScript.newPage();
      await form.goto('/admin/settings');
      const noScriptField = (label: string) => form.getByLabel(label, { exact: true });
      await noScriptField('Days to answer a feedback loop').fill('60');
      await noScriptField('Days to answer a challenge').fill('21');
      await noScriptField('Threshold for under-represented groups').fill('0.75');
      await noScriptField('Threshold for over-represented groups').fill('1.5');
      await noScriptField(recorded).fill('40');
      await noScriptField('Fewest cases behind a rating').fill('8');
      await submit(form, 'Save settings');
      await expect(form.locator('.govuk-notification-banner').innerText()).resolves.toContain(
        'The settings were saved.',
      );
      await expect(noScriptField('Days to answer a feedback loop').inputValue()).resolves.toBe('60');
      await expect(noScriptField(recorded).inputValue()).resolves.toBe('40');
    } finally {
      await noScript.close();
    }
    expect((await stored()).settings).toEqual({
      ...before.settings,
      loopDueDays: 60,
      challengeDueDays: 21,
      underRepresented: 0.75,
      overRepresented: 1.5,
      minRecordedShare: 0.4,
      minRateBase: 8,
    });
    // The demo partnership has open feedback loops raised between 60 and 90 days ago.
    expect(await overdue(60)).toBeGreaterThan(overdueAt90);
  });
});

describe('records for any organisation', () => {
  it('asks a board admin which organisation an activity is for', async () => {
    await page.goto('/manage/activities/new');
    await submit(page, 'Save activity');
    expect((await errorSummary(page))[0]).toEqual({ message: 'Select the organisation', href: '#signatoryId' });
  });
});

describe('alert e-mails', () => {
  it("lists the daily job's e-mails in the outbox, and switches the board contact's off", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ep-outbox-'));
    process.env.OUTBOX_DIR = folder;
    try {
      const report = await runLocalAlerts({ store: app.store, users: app.host.deps.users, siteUrl: app.url, folder });
      expect(report.sent).toBeGreaterThan(0);
      await page.goto('/admin/alerts');
      const messages = page.getByTestId('outbox').locator(':scope > li');
      await expect(messages.count()).resolves.toBe(report.sent);
      await expect(page.getByTestId('outbox').textContent()).resolves.toContain('participation@demo-city.example');
      expect(await accessibilityProblems(page)).toEqual([]);

      await page.getByLabel('No, switch them off').check();
      await submit(page, 'Save');
      await expect(page.getByText('The board contact’s setting is saved.').isVisible()).resolves.toBe(true);
      await expect(page.getByLabel('No, switch them off').isChecked()).resolves.toBe(true);
    } finally {
      delete process.env.OUTBOX_DIR;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
