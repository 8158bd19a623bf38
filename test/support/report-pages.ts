/**
 * What the report browser tests share: opening a page that must answer 200, and reading
 * a PDF the server produced back as text.
 */
import { expect } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { BrowserContext, Page } from 'playwright-core';

/** A new page at `path`, which must answer 200. */
export async function openPage(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const answer = await page.goto(path);
  expect(answer?.status()).toBe(200);
  return page;
}

/** The text of each page of a PDF. */
export async function pdfPages(body: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: false });
  return text;
}

/** The whole text of a PDF, its pages joined. */
export async function pdfText(body: Buffer): Promise<string> {
  return (await pdfPages(body)).join('\n');
}
