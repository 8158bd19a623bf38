/** Reading and filling GOV.UK forms in browser tests. */
import type { Page } from 'playwright-core';

/** The error summary's entries: each message and the field it links to. */
export async function errorSummary(page: Page): Promise<{ message: string; href: string }[]> {
  const links = page.locator('.govuk-error-summary__list a');
  const count = await links.count();
  const entries: { message: string; href: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    entries.push({
      message: (await links.nth(i).innerText()).trim(),
      href: (await links.nth(i).getAttribute('href')) ?? '',
    });
  }
  return entries;
}

/** Fills a GOV.UK date input called `name` with `YYYY-MM-DD`. */
export async function fillDate(page: Page, name: string, date: string): Promise<void> {
  const [year = '', month = '', day = ''] = date.split('-');
  const id = name.replace(/[^A-Za-z0-9_-]/g, '-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
}

/** What a GOV.UK date input called `name` holds, as `YYYY-MM-DD` (`--` when empty). */
export async function dateValue(page: Page, name: string): Promise<string> {
  const id = name.replace(/[^A-Za-z0-9_-]/g, '-');
  const [day, month, year] = await Promise.all(
    ['day', 'month', 'year'].map((part) => page.locator(`#${id}-${part}`).inputValue()),
  );
  return `${year}-${month!.padStart(month ? 2 : 0, '0')}-${day!.padStart(day ? 2 : 0, '0')}`;
}

/** Empties a GOV.UK date input called `name`. */
export async function clearDate(page: Page, name: string): Promise<void> {
  const id = name.replace(/[^A-Za-z0-9_-]/g, '-');
  for (const part of ['day', 'month', 'year']) await page.locator(`#${id}-${part}`).fill('');
}

/** Submits the form the button is in and waits for the page the server answers with. */
export async function submit(page: Page, buttonName: string): Promise<void> {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: buttonName, exact: true }).click(),
  ]);
}

/** `YYYY-MM-DD` for `days` days before today. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
