/**
 * Recording evidence as a signatory editor and a reviewer: every record form, new and
 * changed, submitted with invalid and valid input, the errors in the GOV.UK pattern (summary first, each
 * linking to its field, values kept), the API's own rules and concurrency reaching the
 * form, and the forms working with JavaScript disabled.
 */
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { clearDate, dateValue, daysAgo, errorSummary, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

let app: RunningApp;
let browser: Browser;
let editor: BrowserContext;
let editorNoScript: BrowserContext;
let reviewer: BrowserContext;

const artifacts = new URL('../artifacts/', import.meta.url).pathname;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  [editor, editorNoScript, reviewer] = await Promise.all([
    signedInContext(browser, app.url, 'demo-council-editor'),
    signedInContext(browser, app.url, 'demo-council-editor', { javaScriptEnabled: false }),
    signedInContext(browser, app.url, 'demo-reviewer'),
  ]);
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const council = "Demo City Council Children's Services";

async function fieldValue(page: Page, selector: string) {
  return page.locator(selector).inputValue();
}

describe('engagement activities', () => {
  let activityPath: string;

  it('lists every problem in the error summary, linked to its field, keeps what was typed, then saves', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/activities/new');
    await expect(page.getByTestId('fixed-organisation').innerText()).resolves.toBe(council);
    // An activity is most often recorded on its day: the date starts as today.
    await expect(dateValue(page, 'date')).resolves.toBe(daysAgo(0));
    await expect(dateValue(page, 'endDate')).resolves.toBe('--');
    await page.getByLabel('Title', { exact: true }).fill('Drop-in at the library');
    await fillDate(page, 'date', '2026-02-31');
    await page.getByLabel('Number of participants or responses').fill('10');
    await page.getByLabel('Of those, how many took part with you for the first time').fill('12');
    await page.getByLabel('Of those, how many told you anything about themselves').fill('6');
    await submit(page, 'Save activity');

    await expect(page.title()).resolves.toMatch(/^Error: Add an engagement activity/);
    expect(await errorSummary(page)).toEqual([
      { message: 'Date must be a real date', href: '#date-day' },
      { message: 'Select who the activity was for', href: '#audience' },
      { message: 'Select how the activity happened', href: '#channel' },
      { message: 'Select where the activity happened', href: '#setting' },
      { message: 'Select which stage of the work it was about', href: '#stage' },
      { message: 'Select how much say people had', href: '#level' },
      { message: 'First-time participants cannot exceed the total', href: '#participants-firstTime' },
    ]);
    for (const { href } of await errorSummary(page)) await expect(page.locator(href).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toContain('govuk-error-summary');
    await expect(page.locator('#channel-error').innerText()).resolves.toContain('Select how the activity happened');
    await expect(fieldValue(page, '#title')).resolves.toBe('Drop-in at the library');
    await expect(fieldValue(page, '#date-day')).resolves.toBe('31');
    await expect(fieldValue(page, '#participants-firstTime')).resolves.toBe('12');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 900 });
    await page.screenshot({ path: `${artifacts}activity-form-errors-375.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Valid for the schema, but the API refuses a date in the future.
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
    await fillDate(page, 'date', nextYear);
    await page.getByLabel('Parents and carers').check();
    await page.getByLabel('Face-to-face meeting').check();
    await page.getByLabel('In the community').check();
    await page.getByLabel('Design', { exact: true }).check();
    await page.getByLabel('Consulting', { exact: true }).check();
    await page.getByLabel('Voice', { exact: true }).check();
    await page.getByLabel('Of those, how many took part with you for the first time').fill('4');
    await page.getByLabel('Children with SEND').fill('2');
    await submit(page, 'Save activity');
    expect(await errorSummary(page)).toEqual([{ message: 'The date cannot be in the future', href: '#date-day' }]);
    await expect(page.getByLabel('Face-to-face meeting').isChecked()).resolves.toBe(true);

    await fillDate(page, 'date', daysAgo(3));
    await submit(page, 'Save activity');
    expect(new URL(page.url()).pathname).toBe('/manage/activities');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The activity ‘Drop-in at the library’ was saved.',
    );
    const link = page.locator('[data-testid="records"] a', { hasText: 'Drop-in at the library' });
    activityPath = new URL((await link.getAttribute('href'))!, app.url).pathname;

    await page.goto(activityPath);
    await expect(page.getByLabel('Voice', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Space', { exact: true }).isChecked()).resolves.toBe(false);
    await expect(fieldValue(page, '#participants-groups-send')).resolves.toBe('2');
    await page.close();
  });

  it('refuses to overwrite a change someone else saved since the form was opened, keeping the edit', async () => {
    const [first, second] = [await editor.newPage(), await editor.newPage()];
    await Promise.all([first.goto(activityPath), second.goto(activityPath)]);
    await first.getByLabel('Title', { exact: true }).fill('Drop-in at the central library');
    await submit(first, 'Save activity');
    expect(new URL(first.url()).pathname).toBe('/manage/activities');

    await second.getByLabel('Title', { exact: true }).fill('Drop-in at the town library');
    await submit(second, 'Save activity');
    await expect(second.locator('.govuk-error-summary').innerText()).resolves.toContain(
      'Someone else changed this activity after you opened it, so your changes were not saved.',
    );
    await expect(fieldValue(second, '#title')).resolves.toBe('Drop-in at the town library');
    await second.goto(activityPath);
    await expect(fieldValue(second, '#title')).resolves.toBe('Drop-in at the central library');
    await Promise.all([first.close(), second.close()]);
  });

  it('works without JavaScript: a feedback loop from the activity, refused then saved', async () => {
    const page = await editorNoScript.newPage();
    await page.goto(activityPath);
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('link', { name: /Record what was raised at this activity/ }).click(),
    ]);
    const raisedAt = page.getByLabel(/Drop-in at the central library$/);
    await expect(raisedAt.isChecked()).resolves.toBe(true);
    await expect(dateValue(page, 'raisedOn')).resolves.toBe(daysAgo(0));
    await expect(dateValue(page, 'communicatedOn')).resolves.toBe('--');
    await fillDate(page, 'raisedOn', daysAgo(3));
    await page.getByLabel('You said', { exact: true }).fill('Sessions in the evening, please');
    await page.getByLabel('Not taken forward', { exact: true }).check();
    await page.getByLabel('Link to evidence (optional)').fill('minutes of the board');
    await submit(page, 'Save feedback loop');
    expect(await errorSummary(page)).toEqual([
      { message: 'Say why the suggestion was not taken forward', href: '#reason' },
      { message: 'Enter link to evidence as a web address, like https://example.org/minutes', href: '#evidenceUrl' },
    ]);
    await expect(fieldValue(page, '#youSaid')).resolves.toBe('Sessions in the evening, please');
    await expect(raisedAt.isChecked()).resolves.toBe(true);

    await page.getByLabel('Why it was not taken forward', { exact: true }).fill('The building closes at six.');
    await page.getByLabel('Link to evidence (optional)').fill('https://example.org/minutes');
    await submit(page, 'Save feedback loop');
    expect(new URL(page.url()).pathname).toBe('/manage/loops');
    const row = page.locator('[data-testid="records"] tr', { hasText: 'Sessions in the evening, please' });
    await expect(row.innerText()).resolves.toContain('Not taken forward');
    await page.close();
  });
});

describe('every error in one round', () => {
  it('shows a future date, a title too long, a number that is not one and first-timers above the total after one submission', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/activities/new');
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-15`;
    await fillDate(page, 'date', nextYear);
    await page.getByLabel('Title', { exact: true }).fill('A'.repeat(201));
    await page.getByLabel('Parents and carers').check();
    await page.getByLabel('Face-to-face meeting').check();
    await page.getByLabel('In the community').check();
    await page.getByLabel('Design', { exact: true }).check();
    await page.getByLabel('Consulting', { exact: true }).check();
    await page.getByLabel('Number of participants or responses').fill('10');
    await page.getByLabel('Of those, how many took part with you for the first time').fill('12');
    await page.getByLabel('Of those, how many told you anything about themselves').fill('lots');
    await submit(page, 'Save activity');

    expect(await errorSummary(page)).toEqual([
      { message: 'The date cannot be in the future', href: '#date-day' },
      { message: 'Title must be 200 characters or fewer', href: '#title' },
      { message: 'First-time participants cannot exceed the total', href: '#participants-firstTime' },
      {
        message: 'Of those, how many told you anything about themselves must be a number',
        href: '#participants-demographicsRecorded',
      },
    ]);
    for (const { href } of await errorSummary(page)) await expect(page.locator(href).count()).resolves.toBe(1);
    await expect(fieldValue(page, '#participants-demographicsRecorded')).resolves.toBe('lots');

    // All four put right, the end date is the one thing wrong: it cannot come before the start.
    await fillDate(page, 'date', daysAgo(10));
    await fillDate(page, 'endDate', daysAgo(11));
    await page.getByLabel('Title', { exact: true }).fill('Survey of the summer holiday clubs');
    await page.getByLabel('Of those, how many took part with you for the first time').fill('4');
    await page.getByLabel('Of those, how many told you anything about themselves').fill('6');
    await submit(page, 'Save activity');
    expect(await errorSummary(page)).toEqual([
      { message: 'The end date cannot be before the start date', href: '#endDate-day' },
    ]);
    await expect(page.locator('#endDate-error').innerText()).resolves.toContain(
      'The end date cannot be before the start date',
    );

    await fillDate(page, 'endDate', daysAgo(9));
    await submit(page, 'Save activity');
    expect(new URL(page.url()).pathname).toBe('/manage/activities');
    await page.close();
  });
});

describe('sending a form twice', () => {
  it('saves the record once: the second sending (a double click, or back and send again) finds it saved', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/loops/new');
    await fillDate(page, 'raisedOn', daysAgo(2));
    await page.getByLabel('You said', { exact: true }).fill('A crèche during the evening sessions');
    const save = page.getByRole('button', { name: 'Save feedback loop', exact: true });
    // Sent as the form's script sends it, which answers where the browser goes next.
    const answers = await save.evaluate(async (button: HTMLButtonElement) => {
      const form = button.form!;
      const body = new FormData(form);
      const sent: unknown[] = [];
      for (const _ of [1, 2]) {
        const response = await fetch(form.action, {
          method: 'POST',
          body,
          headers: { accept: 'application/json', 'x-sveltekit-action': 'true' },
        });
        sent.push(await response.json());
      }
      return sent;
    });
    expect(answers).toEqual([
      { type: 'redirect', status: 303, location: '/manage/loops?saved' },
      { type: 'redirect', status: 303, location: '/manage/loops?saved' },
    ]);
    await page.goto('/manage/loops');
    await expect(
      page.locator('[data-testid="records"] tr', { hasText: 'A crèche during the evening sessions' }).count(),
    ).resolves.toBe(1);
    await page.close();
  });
});

describe('changing a record', () => {
  it('refuses an activity without its title and a feedback loop without what was said, keeping the rest, then saves', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/activities');
    const activity = page.locator('[data-testid="records"] tbody a').first();
    await Promise.all([page.waitForURL(/\/manage\/activities\/[^/]+$/), activity.click()]);
    const title = await fieldValue(page, '#title');
    const total = await fieldValue(page, '#participants-total');
    await page.getByLabel('Title', { exact: true }).fill('');
    await submit(page, 'Save activity');
    expect(await errorSummary(page)).toEqual([{ message: 'Enter a title for the activity', href: '#title' }]);
    await expect(fieldValue(page, '#participants-total')).resolves.toBe(total);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('Title', { exact: true }).fill(`${title} (checked)`);
    await submit(page, 'Save activity');
    expect(new URL(page.url()).pathname).toBe('/manage/activities');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(`${title} (checked)`);

    await page.goto('/manage/loops');
    const loop = page.locator('[data-testid="records"] tbody a').first();
    await Promise.all([page.waitForURL(/\/manage\/loops\/[^/]+$/), loop.click()]);
    const raisedOn = await fieldValue(page, '#raisedOn-year');
    await page.getByLabel('You said', { exact: true }).fill('');
    await submit(page, 'Save feedback loop');
    expect(await errorSummary(page)).toEqual([{ message: 'Enter what people said', href: '#youSaid' }]);
    await expect(fieldValue(page, '#raisedOn-year')).resolves.toBe(raisedOn);
    await page.getByLabel('You said', { exact: true }).fill('A quieter room for the sessions');
    await submit(page, 'Save feedback loop');
    expect(new URL(page.url()).pathname).toBe('/manage/loops');
    await expect(
      page.locator('[data-testid="records"] tr', { hasText: 'A quieter room for the sessions' }).count(),
    ).resolves.toBe(1);
    await page.close();
  });
});

describe('an address with an id no record could have', () => {
  it('answers not found, not a server error', async () => {
    const page = await editor.newPage();
    const id = 'x'.repeat(3000);
    for (const path of [
      `/manage/activities/${id}`,
      `/manage/loops/${id}`,
      `/manage/assessments/${id}`,
      `/manage/challenges/${id}`,
      `/manage/activities/${id}/delete`,
    ]) {
      const response = await page.goto(path);
      expect({ path: path.slice(0, 30), status: response?.status() }).toEqual({ path: path.slice(0, 30), status: 404 });
    }
    await page.close();
  });
});

describe('self-assessments', () => {
  it('asks for the quarter and a rating for each principle with a narrative, then saves', async () => {
    const page = await editor.newPage();
    await page.goto('/manage/assessments/new');
    await page.getByLabel('Why this rating for Embed from start to end (optional)').fill('Parents sat on the panel.');
    await submit(page, 'Save assessment');
    expect(await errorSummary(page)).toEqual([
      { message: 'Select the quarter', href: '#period' },
      { message: 'Select a rating for Embed from start to end', href: '#scores-embed-start-to-end-score' },
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    const quarter = page.locator('#period option').nth(1);
    await page.locator('#period').selectOption((await quarter.getAttribute('value'))!);
    await page.locator('#scores-embed-start-to-end-score-3').check();
    await submit(page, 'Save assessment');
    expect(new URL(page.url()).pathname).toBe('/manage/assessments');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The assessment was saved.',
    );

    // Changing it: the quarter cannot be left out; the narrative typed is kept.
    const saved = page.locator('[data-testid="records"] tbody tr', { hasText: 'Self-assessment' }).first().locator('a');
    await Promise.all([page.waitForURL(/\/manage\/assessments\/[^/]+$/), saved.click()]);
    const narrative = page.getByLabel('Why this rating for Embed from start to end (optional)');
    await narrative.fill('Parents chaired the panel.');
    await page.locator('#period').selectOption('');
    await submit(page, 'Save assessment');
    expect(await errorSummary(page)).toEqual([{ message: 'Select the quarter', href: '#period' }]);
    await expect(narrative.inputValue()).resolves.toBe('Parents chaired the panel.');
    await page.locator('#period').selectOption((await quarter.getAttribute('value'))!);
    await submit(page, 'Save assessment');
    expect(new URL(page.url()).pathname).toBe('/manage/assessments');
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain(
      'The assessment was saved.',
    );
    await page.close();
  });
});

describe('challenges: raised by a reviewer, answered by the signatory, closed by the reviewer', () => {
  it('goes round the whole cycle, with errors at each step', async () => {
    const asReviewer = await reviewer.newPage();
    await asReviewer.goto('/manage/challenges/new');
    await expect(dateValue(asReviewer, 'raisedOn')).resolves.toBe(daysAgo(0));
    await clearDate(asReviewer, 'raisedOn');
    await submit(asReviewer, 'Raise challenge');
    expect((await errorSummary(asReviewer)).map((e) => e.message)).toEqual([
      'Select the organisation you are challenging',
      'Enter the date the challenge was raised',
      'Enter the challenge',
    ]);
    expect(await accessibilityProblems(asReviewer)).toEqual([]);
    await asReviewer.getByLabel('Organisation challenged').selectOption({ label: council });
    await fillDate(asReviewer, 'raisedOn', daysAgo(2));
    await asReviewer.getByLabel('Challenge', { exact: true }).fill('Why were no young carers at the consultation?');
    await submit(asReviewer, 'Raise challenge');
    const row = asReviewer.locator('[data-testid="records"] tr', { hasText: 'no young carers' });
    await expect(row.innerText()).resolves.toContain('Awaiting an answer');
    const challengePath = new URL((await row.locator('a').getAttribute('href'))!, app.url).pathname;

    await asReviewer.goto(challengePath);
    await expect(asReviewer.getByRole('heading', { name: 'Answer this challenge' }).count()).resolves.toBe(0);

    const asEditor = await editor.newPage();
    await asEditor.goto(challengePath);
    await expect(asEditor.getByRole('heading', { name: 'Close this challenge' }).count()).resolves.toBe(0);
    // An answer is most often sent the day it is written; emptied, the date is asked for.
    await expect(dateValue(asEditor, 'respondedOn')).resolves.toBe(daysAgo(0));
    await clearDate(asEditor, 'respondedOn');
    await asEditor.getByLabel('Answer', { exact: true }).fill('We will hold the next one after school.');
    await submit(asEditor, 'Send answer');
    expect(await errorSummary(asEditor)).toEqual([
      { message: 'Enter the date of the answer', href: '#respondedOn-day' },
    ]);
    await expect(fieldValue(asEditor, '#response')).resolves.toBe('We will hold the next one after school.');
    // An answer too long and a date in the future: both at once.
    await asEditor.getByLabel('Answer', { exact: true }).fill('A'.repeat(5001));
    await fillDate(asEditor, 'respondedOn', `${new Date().getUTCFullYear() + 1}-01-15`);
    await submit(asEditor, 'Send answer');
    expect(await errorSummary(asEditor)).toEqual([
      { message: 'Answer must be 5000 characters or fewer', href: '#response' },
      { message: 'The date cannot be in the future', href: '#respondedOn-day' },
    ]);
    await asEditor.getByLabel('Answer', { exact: true }).fill('We will hold the next one after school.');
    await fillDate(asEditor, 'respondedOn', daysAgo(1));
    await submit(asEditor, 'Send answer');
    await expect(asEditor.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'Your answer was saved.',
    );
    await expect(
      asEditor.locator('[data-testid="records"] tr', { hasText: 'no young carers' }).innerText(),
    ).resolves.toContain('Answered');

    await asReviewer.goto(challengePath);
    await expect(asReviewer.getByTestId('challenge').innerText()).resolves.toContain(
      'We will hold the next one after school.',
    );
    await expect(dateValue(asReviewer, 'closedOn')).resolves.toBe(daysAgo(0));
    await clearDate(asReviewer, 'closedOn');
    await submit(asReviewer, 'Close challenge');
    expect(await errorSummary(asReviewer)).toEqual([
      { message: 'Select the outcome', href: '#closure' },
      { message: 'Enter the date the challenge was closed', href: '#closedOn-day' },
    ]);
    await asReviewer.getByLabel('Resolved', { exact: true }).check();
    await fillDate(asReviewer, 'closedOn', daysAgo(0));
    await submit(asReviewer, 'Close challenge');
    await expect(asReviewer.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      'The challenge was closed.',
    );
    await expect(
      asReviewer.locator('[data-testid="records"] tr', { hasText: 'no young carers' }).innerText(),
    ).resolves.toContain('Closed: resolved');
    await Promise.all([asReviewer.close(), asEditor.close()]);
  });

  it('lets a reviewer assess any signatory on behalf of their own group', async () => {
    const page = await reviewer.newPage();
    await page.goto('/manage/assessments/new');
    await page.getByLabel('Organisation assessed').selectOption({ label: 'Oakfield Special School' });
    const quarter = await page.locator('#period option').nth(1).getAttribute('value');
    await page.locator('#period').selectOption(quarter!);
    await page.locator('#scores-open-communication-score-2').check();
    await submit(page, 'Save assessment');
    const row = page.locator('[data-testid="records"] tbody tr', { hasText: 'Oakfield Special School' }).first();
    await expect(row.innerText()).resolves.toContain('Reviewer: Demo City Parent Carer Forum');
    await page.close();
  });
});

describe('importing a spreadsheet', () => {
  async function templateColumns(): Promise<string[]> {
    const response = await editor.request.get(`${app.url}/api/v1/activities:import-template`);
    return (await response.text()).trim().split(',');
  }

  function csv(columns: string[], rows: Record<string, string>[]): string {
    return [columns.join(','), ...rows.map((row) => columns.map((c) => row[c] ?? '').join(','))].join('\n');
  }

  const row = (id: string, title: string, total: string, signatoryId = 'demo-city-council-childrens-services') => ({
    id,
    signatoryId,
    date: daysAgo(10),
    title,
    audience: 'children;parents-carers',
    channel: 'workshop',
    setting: 'community',
    stage: 'delivery',
    level: 'engaging',
    'lundy.space': 'yes',
    'lundy.voice': 'yes',
    'lundy.audience': 'no',
    'lundy.influence': 'no',
    'participants.total': total,
    'participants.firstTime': '1',
    'participants.demographicsRecorded': '2',
  });

  it('shows each row’s problems, by row and column, every one of a row at once, before anything is imported', async () => {
    const columns = await templateColumns();
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(columns).toContain('participants.groups.send');
    const page = await editor.newPage();
    await page.goto('/manage/import');
    await submit(page, 'Check the file');
    expect(await errorSummary(page)).toEqual([
      { message: 'Select what the file holds', href: '#kind' },
      { message: 'Select a spreadsheet file', href: '#file' },
    ]);

    await page.getByLabel('Engagement activities').check();
    await page.getByLabel('Upload a spreadsheet').setInputFiles({
      name: 'activities.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        csv(columns, [
          row('import-1', 'Holiday club feedback', 'lots'),
          row('import-2', 'School gate chat', '8', 'oakfield-special-school'),
          {
            ...row('import-several', 'A'.repeat(201), '5'),
            'participants.firstTime': '9',
            date: `${nextYear}-01-15`,
            endDate: `${nextYear}-01-14`,
          },
        ]),
      ),
    });
    await submit(page, 'Check the file');
    const problems = await page.locator('[data-testid="row-errors"] tbody tr').allInnerTexts();
    // The template's own names are still headings the import knows; each problem says what to do.
    expect(problems.map((p) => p.split('\t').map((cell) => cell.trim()))).toEqual([
      ['2', 'participants.total', '‘lots’ is not a number of people: enter a whole number from 0 to 100,000, like 12'],
      ['3', 'signatoryId', 'You can only import your own organisation’s records: enter your organisation’s name'],
      ['4', 'title', 'Too big: expected string to have <=200 characters'],
      ['4', 'participants.firstTime', 'First-time participants cannot exceed the total'],
      ['4', 'endDate', 'The end date cannot be before the start date'],
      ['4', 'date', 'The date cannot be in the future'],
    ]);
    await expect(page.getByRole('button', { name: /^Import/ }).count()).resolves.toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('imports a clean file after the preview, without JavaScript', async () => {
    const columns = await templateColumns();
    const page = await editorNoScript.newPage();
    await page.goto('/manage/import');
    await page.getByLabel('Engagement activities').check();
    await page.getByLabel('Upload a spreadsheet').setInputFiles({
      name: 'activities.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        csv(columns, [row('import-1', 'Holiday club feedback', '14'), row('import-2', 'School gate chat', '8')]),
      ),
    });
    await submit(page, 'Check the file');
    await expect(page.getByTestId('import-summary').innerText()).resolves.toMatch(/New records\s+2/);
    await page.screenshot({ path: `${artifacts}import-preview.png`, fullPage: true });
    await submit(page, 'Import 2 activities');
    await expect(page.getByTestId('import-done').innerText()).resolves.toContain(
      '2 activities added, 0 updated and 0 unchanged.',
    );
    await page.goto('/manage/activities');
    const titles = await page.locator('[data-testid="records"] tbody th').allInnerTexts();
    expect(titles).toEqual(expect.arrayContaining(['Holiday club feedback', 'School gate chat']));
    await page.close();
  });

  it('checks the file again when it is imported, refusing one that stopped passing or was changed, and writes nothing', async () => {
    const columns = await templateColumns();
    const page = await editor.newPage();
    const preview = async (rows: Record<string, string>[]) => {
      await page.goto('/manage/import');
      await page.getByLabel('Engagement activities').check();
      await page.getByLabel('Upload a spreadsheet').setInputFiles({
        name: 'activities.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv(columns, rows)),
      });
      await submit(page, 'Check the file');
    };
    const imported = async () => {
      const list = await editor.newPage();
      await list.goto('/manage/activities');
      const titles = await list.locator('[data-testid="records"] tbody th').allInnerTexts();
      await list.close();
      return titles;
    };
    const rowErrors = async () =>
      (await page.locator('[data-testid="row-errors"] tbody tr').allInnerTexts()).map((p) =>
        p.split('\t').map((cell) => cell.trim()),
      );

    // Between the preview and the import, someone else imports a different activity with the same id.
    await preview([row('import-3', 'Youth forum', '12'), row('import-4', 'Parents evening', '9')]);
    const elsewhere = await editorNoScript.newPage();
    await elsewhere.goto('/manage/import');
    await elsewhere.getByLabel('Engagement activities').check();
    await elsewhere.getByLabel('Upload a spreadsheet').setInputFiles({
      name: 'activities.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv(columns, [row('import-3', 'Youth forum moved online', '12')])),
    });
    await submit(elsewhere, 'Check the file');
    await submit(elsewhere, 'Import 1 activity');
    await elsewhere.close();
    await submit(page, 'Import 2 activities');
    expect(await errorSummary(page)).toEqual([
      {
        message: '1 problem in the file: fix every row listed, then check the file again. Nothing was imported.',
        href: '#file',
      },
    ]);
    expect(await rowErrors()).toEqual([
      ['2', 'id', 'Someone changed this record after you checked the file: check the file again'],
    ]);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The file travels back with the import form, so one changed in the page is checked as any other.
    await preview([row('import-5', 'Sports day stall', '20')]);
    const changed = csv(columns, [
      row('import-5', 'Sports day stall', 'lots'),
      row('import-6', 'Open morning', '6', 'oakfield-special-school'),
    ]);
    await page
      .locator('form[action="?/commit"] input[name="file"]')
      .evaluate((input, value) => ((input as HTMLInputElement).value = value), gzipSync(changed).toString('base64'));
    await submit(page, 'Import 1 activity');
    expect((await errorSummary(page)).map((e) => e.message)).toEqual([
      '2 problems in the file: fix every row listed, then check the file again. Nothing was imported.',
    ]);
    expect(await rowErrors()).toEqual([
      ['2', 'participants.total', '‘lots’ is not a number of people: enter a whole number from 0 to 100,000, like 12'],
      ['3', 'signatoryId', 'You can only import your own organisation’s records: enter your organisation’s name'],
    ]);
    const titles = await imported();
    expect(titles).toContain('Youth forum moved online');
    const refused = ['Youth forum', 'Parents evening', 'Sports day stall', 'Open morning'];
    expect(titles.filter((title) => refused.includes(title))).toEqual([]);
    await page.close();
  });
});

describe('record lists', () => {
  it('pages through two years of the partnership’s activities, newest first, 100 at a time', async () => {
    // The data-entry pages run no scripts (csr is off), so this is also the page without JavaScript.
    const board = await signedInContext(browser, app.url, 'demo-board-admin');
    const page = await board.newPage();
    const rows = async () =>
      (await page.locator('[data-testid="records"] tbody tr td:first-child').allInnerTexts()).map((d) =>
        Date.parse(`${d.trim()} UTC`),
      );
    const links = async () =>
      await page.locator('[data-testid="records"] tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await page.goto('/manage/activities?months=24');
    await expect(page.locator('[data-testid="records"] caption').innerText()).resolves.toMatch(
      /^Page 1: 100 activities from the last 24 months, newest first$/,
    );
    const first = { dates: await rows(), links: await links() };
    expect(first.dates).toEqual([...first.dates].sort((a, b) => b - a));
    await expect(page.getByRole('link', { name: 'First page' }).count()).resolves.toBe(0);

    await Promise.all([page.waitForURL(/page=2/), page.getByRole('link', { name: /Next page/ }).click()]);
    expect(new URL(page.url()).searchParams.get('months')).toBe('24');
    await expect(page.locator('[data-testid="records"] caption').innerText()).resolves.toMatch(/^Page 2: /);
    const second = { dates: await rows(), links: await links() };
    expect(second.dates.length).toBeGreaterThan(0);
    // Older than the first page, and none of its records again.
    expect(Math.max(...second.dates)).toBeLessThanOrEqual(Math.min(...first.dates));
    expect(second.links.filter((href) => first.links.includes(href))).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);

    await Promise.all([
      page.waitForURL(/\/manage\/activities\?months=24$/),
      page.getByRole('link', { name: /First page/ }).click(),
    ]);
    expect(await links()).toEqual(first.links);
    // An address whose place in the list no longer reads shows the first page.
    await page.goto('/manage/activities?months=24&page=3&after=not-a-cursor');
    expect(await links()).toEqual(first.links);
    await board.close();
  });
});

describe('narrow screens', () => {
  it('fits the activity form in 320 pixels without sideways scrolling', async () => {
    const page = await editor.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/manage/activities/new');
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await page.close();
  });

  it('fits the forms at 200% zoom without sideways scrolling, with their errors shown', async () => {
    // A 1280 × 720 window at 200% zoom lays pages out in 640 × 360 CSS pixels (WCAG 1.4.4 and 1.4.10).
    const page = await editor.newPage();
    await page.setViewportSize({ width: 640, height: 360 });
    for (const [path, button] of [
      ['/manage/activities/new', 'Save activity'],
      ['/manage/loops/new', 'Save feedback loop'],
    ] as const) {
      await page.goto(path);
      await submit(page, button);
      expect((await errorSummary(page)).length, path).toBeGreaterThan(0);
      const sideways = await sidewaysScroll(page);
      expect(sideways, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
