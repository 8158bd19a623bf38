/**
 * The one HTML-to-PDF renderer, run as the local server runs it (Debian's Chromium): the
 * pages it makes, read back as text, follow the document's print styles (a page break
 * before each section, what print hides left out), with no script run and nothing fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { launchLocalChromium } from './local-chromium.ts';
import { footerTemplate, renderPdf } from './pdf-rendering.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchLocalChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Each page's text. */
async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: false });
  return text;
}

const document = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Board report: Jan to Mar 2026</title>
<style>
  section { break-before: page; }
  .screen-only { display: block; }
  @media print { .screen-only { display: none; } }
</style>
<link rel="stylesheet" href="https://example.org/never-fetched.css"></head>
<body>
  <h1>Summary</h1><p class="screen-only">Download this report</p>
  <section><h2>Demo City Council</h2></section>
  <section><h2>Demo City NHS Trust</h2></section>
  <script>document.body.insertAdjacentHTML('beforeend', '<p>Written by a script</p>');</script>
</body></html>`;

describe('renderPdf', () => {
  it('prints each section on a page of its own, as print media, with no script run', async () => {
    const pdf = await renderPdf(browser, document, { footer: 'Page {page} of {pages}' });
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const pages = await pagesOf(pdf);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Summary');
    expect(pages[1]).toContain('Demo City Council');
    expect(pages[2]).toContain('Demo City NHS Trust');
    expect(pages.join('\n')).not.toContain('Download this report');
    expect(pages.join('\n')).not.toContain('Written by a script');
    // The footer numbers each page, after the document's title.
    expect(pages[2]).toContain('Page 3 of 3');
    expect(pages[0]).toContain('Board report: Jan to Mar 2026');
  });
});

describe('footerTemplate', () => {
  it('puts the page number and count in the words given, escaping the rest', () => {
    const template = footerTemplate('Tudalen {page} o {pages} <b>');
    expect(template).toContain('Tudalen <span class="pageNumber"></span> o <span class="totalPages"></span> &lt;b&gt;');
  });
});
