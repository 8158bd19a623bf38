/**
 * HTML to PDF in headless Chromium: one module for every place a PDF is made. Locally the
 * web server runs it with Debian's Chromium (./local-chromium.ts); in AWS the `jobs`
 * function runs it with a Chromium packaged for Lambda (../lambda/jobs.ts), and the web
 * function asks the jobs function for it (./board-report-pdf.ts).
 *
 * The page is printed as paper gets it: print media, no script (JavaScript is off, so the
 * print styles alone decide what shows), and no network: the document must carry its
 * styles (every request it makes is refused), so what is rendered is exactly what was
 * given, and a PDF never fetches anything on anyone's behalf.
 */
import type { Browser } from 'playwright-core';

export interface PdfOptions {
  /**
   * The words at the foot of every page, `{page}` and `{pages}` standing for the page's
   * number and the count of pages, e.g. `Page {page} of {pages}`; the document's title is
   * put before them.
   */
  footer?: string | undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The footer template Chromium fills on each page: the title, then the page's number in words. */
export function footerTemplate(footer: string): string {
  const words = escapeHtml(footer)
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{pages}', '<span class="totalPages"></span>');
  return `<div style="font: 8px sans-serif; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between"><span class="title"></span><span>${words}</span></div>`;
}

/**
 * The PDF of a self-contained HTML document (its styles inline), A4 with margins and a
 * footer on every page. The browser is the caller's: it is left open.
 */
export async function renderPdf(browser: Browser, html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // Nothing is fetched: not a stylesheet, an image or a font from anywhere.
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const footer = options.footer ?? 'Page {page} of {pages}';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '18mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(footer),
      outline: true,
      tagged: true,
    });
    // A plain Uint8Array (not Node's Buffer), the same wherever it is read.
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
  } finally {
    await context.close();
  }
}
