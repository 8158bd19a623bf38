/**
 * Browser contexts signed in as a demo account, through the sign-in page as a person would:
 * without a page to go back to, sign-in lands on "Your work".
 */
import type { Browser, BrowserContext } from 'playwright-core';

export type DemoAccount =
  'demo-board-admin' | 'demo-council-editor' | 'demo-school-editor' | 'demo-reviewer' | 'demo-commissioner';

export async function signedInContext(
  browser: Browser,
  baseURL: string,
  account: DemoAccount,
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, ...options });
  // A step that cannot happen fails with its own message instead of running into the test's timeout.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto('/sign-in');
  await Promise.all([page.waitForURL(`${baseURL}/your-work`), page.locator(`button[value="${account}"]`).click()]);
  await page.close();
  return context;
}
