/**
 * Guarded awards and the public register (docs/decisions/0110): a board admin opens the
 * form of a signatory that does not meet every criterion and finds the criteria it fails
 * beside the charter status, near the top of the page; an award without a reason is
 * refused with an error summary naming the reason field; with one it is saved with a
 * confirmation, kept in the status history, and once checked on the publishing page shows
 * on the public register with its reason, in English and in Welsh. The register works
 * without JavaScript, its CSV and JSON files parse and match its data dictionary, and the
 * new and changed pages pass axe in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayOf, type Principal } from '@equal-partners/shared';
import { awardDecision } from '@equal-partners/functions/signatories/award-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { accessibilityProblems } from '../support/a11y.ts';
import { startApp, type RunningApp } from '../support/app-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { errorSummary, fillDate, submit } from '../support/forms.ts';
import { signedInContext } from '../support/sign-in.ts';

const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
const reason = 'The forum showed the board evidence of co-produced work not yet recorded here.';

let app: RunningApp;
let browser: Browser;
let board: BrowserContext;
let page: Page;
let today: string;
/** A demo signatory without an award that does not meet every criterion today. */
let target: { id: string; name: string; unmet: string[] };

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(new Date()), launchBrowser()]);
  const deps = app.host.deps;
  today = dayOf(deps.today());
  const { items } = await signatoryQueries.list(deps, admin, { limit: 200 });
  for (const s of items.filter((s) => s.charterStatus === 'signed' || s.charterStatus === 'working-towards')) {
    const { eligibility } = await awardDecision(deps, admin, { id: s.id });
    const unmet = eligibility.criteria.filter((c) => c.met === false).map((c) => c.id);
    if (unmet.length > 0) {
      target = { id: s.id, name: s.name, unmet };
      break;
    }
  }
  board = await signedInContext(browser, app.url, 'demo-board-admin', { viewport: { width: 1280, height: 900 } });
  page = await board.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The register's row of a signatory. */
const registerRow = (on: Page, id: string) => on.locator(`[data-testid="register"] tr[data-id="${id}"]`);

describe('an award against the criteria', () => {
  it('shows the criteria the signatory fails beside the charter status, near the top of the form', async () => {
    expect(target, 'the demo has a signatory failing a criterion').toBeDefined();
    await page.goto(`/admin/signatories/${target.id}`);
    const failing = page.locator('[data-testid="award-criteria"] [data-met="false"]');
    await expect(failing.count()).resolves.toBe(target.unmet.length);
    await expect(
      page
        .locator('[data-testid="award-criteria"] [data-met="false"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-criterion'))),
    ).resolves.toEqual(target.unmet);
    await expect(failing.first().innerText()).resolves.toContain('Not met');
    await expect(page.getByTestId('award-verdict').innerText()).resolves.toContain(
      `${target.name} does not meet every criterion`,
    );

    // Beside the choice, in the first screen: the criteria left of the status, their headings level,
    // and the first criterion not met above the fold of a 900 px window.
    const criteria = (await page.locator('#award-criteria').boundingBox())!;
    const choice = (await page.locator('fieldset', { hasText: 'Charter status' }).first().boundingBox())!;
    expect(criteria.x + criteria.width).toBeLessThanOrEqual(choice.x);
    expect(Math.abs(criteria.y - choice.y)).toBeLessThan(50);
    expect((await failing.first().boundingBox())!.y).toBeLessThan(900);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('is refused without a reason, with an error summary naming the reason field', async () => {
    await page.getByLabel('Charter status awarded').check();
    await fillDate(page, 'awardedOn', today);
    await submit(page, 'Save signatory');
    expect(await errorSummary(page)).toEqual([
      {
        message: `Enter why the board is awarding charter status although ${target.name} does not meet every criterion`,
        href: '#awardReason',
      },
    ]);
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expect(page.getByLabel('Charter status awarded').isChecked()).resolves.toBe(true);
    // Nothing was awarded.
    const { record } = await signatoryQueries.read(app.host.deps, admin, { id: target.id });
    expect(record.charterStatus).not.toBe('awarded');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('is saved with a reason, with a confirmation, and kept in the status history', async () => {
    await page.getByLabel('Reason for awarding against the criteria').fill(reason);
    await submit(page, 'Save signatory');
    expect(new URL(page.url()).pathname).toBe('/admin/signatories');
    await expect(page.locator('.govuk-notification-banner--success').innerText()).resolves.toContain(
      `Charter status was awarded to ${target.name} against the criteria.`,
    );
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.goto(`/admin/signatories/${target.id}`);
    const latest = page.locator('[data-testid="status-history"] tbody tr').first();
    await expect(latest.innerText()).resolves.toContain(reason);
    await expect(latest.innerText()).resolves.toContain('Not met:');
    await expect(page.getByTestId('award-dates').innerText()).resolves.toContain('Due for renewal from');
  });

  it('shows on the register, with its reason once checked', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    const register = await visitor.newPage();
    await register.goto('/public/register');
    await expect(registerRow(register, target.id).getByTestId('register-status').innerText()).resolves.toBe(
      'Charter status awarded',
    );
    await expect(registerRow(register, target.id).getByTestId('register-criteria').innerText()).resolves.toContain(
      'waiting to be checked',
    );
    await expect(register.getByText(reason).count()).resolves.toBe(0);

    // The board checks the reason like any other text before it is public.
    await page.goto('/manage/publish');
    const card = page.locator(`[data-testid="waiting-text"][data-id="${target.id}"]`);
    await expect(card.getByTestId('text-awardReason').innerText()).resolves.toBe(reason);
    expect(await accessibilityProblems(page)).toEqual([]);
    await Promise.all([page.waitForURL(/published=signatory/), card.getByRole('button', { name: /^Publish/ }).click()]);

    await register.reload();
    const row = registerRow(register, target.id);
    await expect(row.getByTestId('register-reason').innerText()).resolves.toBe(reason);
    await expect(row.getByTestId('register-criteria').innerText()).resolves.toContain(
      'Awarded although it did not meet:',
    );
    await expect(register.getByTestId('register-criteria-list').locator('li').count()).resolves.toBe(5);
    expect(await accessibilityProblems(register)).toEqual([]);
    await visitor.close();
  });
});

describe('the register', () => {
  it('is in Welsh at /cy/public/register, with the reason', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    const register = await visitor.newPage();
    await register.goto('/cy/public/register');
    await expect(register.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(register.locator('h1').innerText()).resolves.toBe('Cofrestr statws y siarter');
    const row = registerRow(register, target.id);
    await expect(row.getByTestId('register-status').innerText()).resolves.toBe('Wedi cael statws y siarter');
    await expect(row.getByTestId('register-criteria').innerText()).resolves.toContain(
      'Wedi’i ddyfarnu er nad oedd yn bodloni:',
    );
    await expect(row.getByTestId('register-reason').innerText()).resolves.toBe(reason);
    await expect(register.getByRole('link', { name: 'English' }).getAttribute('href')).resolves.toBe(
      '/public/register',
    );
    expect(await accessibilityProblems(register)).toEqual([]);
    await visitor.close();
  });

  it('is linked from the public overview in both languages', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    const overview = await visitor.newPage();
    for (const [path, name, to] of [
      ['/public', 'Register of charter status', '/public/register'],
      ['/cy/public', 'Cofrestr statws y siarter', '/cy/public/register'],
    ] as const) {
      await overview.goto(path);
      await Promise.all([overview.waitForURL(`**${to}`), overview.getByRole('link', { name, exact: true }).click()]);
      await expect(overview.getByTestId('register').count()).resolves.toBe(1);
    }
    await visitor.close();
  });

  it('works without JavaScript', async () => {
    const noScript = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
    const register = await noScript.newPage();
    await register.goto('/public/register');
    const { items } = await signatoryQueries.list(app.host.deps, admin, { limit: 200 });
    await expect(register.locator('[data-testid="register"] tbody tr').count()).resolves.toBe(items.length);
    await expect(registerRow(register, target.id).getByTestId('register-reason').innerText()).resolves.toBe(reason);
    const [download] = await Promise.all([
      register.waitForEvent('download'),
      register.getByTestId('register-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^charter-register-\d{4}-\d{2}-\d{2}\.csv$/);
    await noScript.close();
  });

  it('offers CSV and JSON files that parse and match its data dictionary', async () => {
    const visitor = await browser.newContext({ baseURL: app.url });
    const register = await visitor.newPage();
    await register.goto('/public/register');
    const onPage = await register
      .locator('[data-testid="data-dictionary"] tbody th')
      .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim() ?? ''));
    const dictionary = parseCsv(await (await visitor.request.get('/public/register-dictionary.csv')).text());
    expect(dictionary[0]).toEqual(['field', 'type', 'description']);
    const fields = dictionary.slice(1).map(([name = '', type = '']) => ({ name, type }));
    expect(fields.map((f) => f.name)).toEqual(onPage);

    const csvResponse = await visitor.request.get(await hrefOf(register, 'register-csv'));
    expect(csvResponse.headers()['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(await csvResponse.text());
    expect(header).toEqual(fields.map((f) => f.name));
    const jsonResponse = await visitor.request.get(await hrefOf(register, 'register-json'));
    const json = (await jsonResponse.json()) as { signatories: Record<string, unknown>[] };
    expect(rows.length).toBe(json.signatories.length);

    const date = /^\d{4}-\d{2}-\d{2}$/;
    rows.forEach((row, i) => {
      const entry = json.signatories[i]!;
      // Every JSON field is in the dictionary; every value is of its field's type, and the CSV says the same.
      for (const key of Object.keys(entry)) expect(header, key).toContain(key);
      fields.forEach(({ name, type }, column) => {
        const cell = row[column] ?? '';
        const value = entry[name];
        if (value === undefined) {
          expect(cell, `${name} of row ${i}`).toBe('');
          return;
        }
        if (type === 'date') expect(value, name).toMatch(date);
        if (type === 'boolean') expect(typeof value, name).toBe('boolean');
        if (type === 'list') expect(Array.isArray(value), name).toBe(true);
        if (type === 'code' || type === 'text') expect(typeof value, name).toBe('string');
        expect(cell, `${name} of row ${i}`).toBe(Array.isArray(value) ? value.join(';') : String(value));
      });
    });
    const awarded = json.signatories.find((s) => s.id === target.id);
    expect(awarded).toMatchObject({ status: 'awarded', againstCriteria: true, reasonStatus: 'published', reason });
    expect(awarded?.unmetCriteria).toEqual(target.unmet);
    // Statuses, dates and reasons only: no count of people.
    expect(fields.map((f) => f.name).filter((name) => /count|people|participa/i.test(name))).toEqual([]);
    await visitor.close();
  });
});

describe('the changed board pages in Welsh', () => {
  it('pass axe: the award form, the settings and the publishing page', async () => {
    const welsh = await signedInContext(browser, app.url, 'demo-board-admin');
    await welsh.addCookies([{ name: 'ep_lang', value: 'cy', url: app.url }]);
    const cy = await welsh.newPage();
    await cy.goto(`/admin/signatories/${target.id}`);
    await expect(cy.locator('html').getAttribute('lang')).resolves.toBe('cy');
    await expect(cy.locator('#award-criteria').innerText()).resolves.toBe('Meini prawf y dyfarniad');
    expect(await accessibilityProblems(cy)).toEqual([]);
    await cy.goto('/admin/settings');
    await expect(cy.locator('#award-criteria > legend').innerText()).resolves.toBe('Dyfarnu statws y siarter');
    expect(await accessibilityProblems(cy)).toEqual([]);
    await cy.goto('/manage/publish');
    expect(await accessibilityProblems(cy)).toEqual([]);
    await welsh.close();
  });

  it('the settings page passes axe in English, with the award criteria and their floors', async () => {
    await page.goto('/admin/settings');
    await page.getByLabel('Feedback loops closed (%)').fill('40');
    await submit(page, 'Save settings');
    const [first] = await errorSummary(page);
    expect(first).toMatchObject({ href: '#settings-awardClosurePercent' });
    expect(first?.message).toContain('50');
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

/** The address a link on the page points at. */
async function hrefOf(on: Page, testId: string): Promise<string> {
  return (await on.getByTestId(testId).getAttribute('href')) ?? '';
}

/** Rows of an RFC 4180 CSV text: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
