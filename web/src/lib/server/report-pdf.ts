/**
 * The board report's PDF: the report page itself (`/dashboard/report` with the query
 * asked), rendered by this server for the person asking (SvelteKit passes their cookies
 * on), in their language, and printed by headless Chromium with no script: locally
 * Debian's, in AWS the jobs function's (@equal-partners/functions/reports/board-report-pdf).
 * The PDF's route and the inspection evidence pack both make it here, and a signatory's
 * annual report its own the same way (`pagePdf`).
 */
import { error } from '@sveltejs/kit';
import { htmlToPdf, PdfUnavailable } from '@equal-partners/functions/reports/board-report-pdf';
import { printablePage } from '#lib/server/printable-page.ts';
import { t } from '#lib/server/text.ts';

/** The PDF, or the page's own answer when it refused (403, 400); a 503 page when no PDF could be made. */
export function boardReportPdf(
  fetch: typeof globalThis.fetch,
  url: URL,
  search: string,
  marking?: string,
): Promise<{ pdf: Uint8Array } | { refused: Response }> {
  const page = new URL(`/dashboard/report${search ? `?${search.replace(/^\?/, '')}` : ''}`, url);
  return pagePdf(fetch, page, marking);
}

/**
 * Any report page of this site as a PDF (the board report, a signatory's annual report):
 * the page rendered for the person asking, made self-contained, and printed by the one
 * renderer. The page's own answer when it refused; a 503 page when no PDF could be made.
 */
export async function pagePdf(
  fetch: typeof globalThis.fetch,
  page: URL,
  marking?: string,
): Promise<{ pdf: Uint8Array } | { refused: Response }> {
  const answer = await fetch(page, { redirect: 'manual' });
  if (!answer.ok) return { refused: answer };
  const html = await printablePage(await answer.text(), page, fetch);
  try {
    return { pdf: await htmlToPdf(html, { footer: t('boardReport.pdf.footer'), marking }) };
  } catch (caught) {
    if (caught instanceof PdfUnavailable) error(503, t('boardReport.pdf.unavailable'));
    throw caught;
  }
}
