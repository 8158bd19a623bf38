/**
 * The board report as a PDF: the report page itself (`/dashboard/report`, rendered for the
 * person asking, in their language), printed by headless Chromium with no script. The
 * page's own checks decide who may have it; locally this server renders it with Debian's
 * Chromium, in AWS the jobs function does (@equal-partners/functions/reports/board-report-pdf).
 */
import { error } from '@sveltejs/kit';
import { htmlToPdf, PdfUnavailable } from '@equal-partners/functions/reports/board-report-pdf';
import { reportQuarter, type ReportYear } from '@equal-partners/functions/reports/board-report-queries';
import { requireReadingEveryone } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { printablePage } from '#lib/server/printable-page.ts';
import { t } from '#lib/server/text.ts';
import type { RequestHandler } from './$types';

/** The file's name, by the quarter it is of: `board-report-fy2026-q3.pdf`. */
function fileName(url: URL): string {
  const year: ReportYear = url.searchParams.get('year') === 'calendar' ? 'calendar' : 'financial';
  const quarter = url.searchParams.get('quarter') ?? undefined;
  const key = reportQuarter(quarter && /^\d{4}-Q[1-4]$/.test(quarter) ? quarter : undefined, year, new Date());
  return `board-report-${key.toLowerCase()}.pdf`;
}

export const GET: RequestHandler = async ({ fetch, locals, url }) => {
  const { partnership } = await loadPartnership();
  requireReadingEveryone(locals, partnership.settings);
  const page = new URL(`/dashboard/report${url.search}`, url);
  // Rendered by this server for the same person (SvelteKit passes their cookies on), in their language.
  const answer = await fetch(page);
  if (!answer.ok) return answer;
  const html = await printablePage(await answer.text(), page, fetch);
  let pdf: Uint8Array;
  try {
    pdf = await htmlToPdf(html, { footer: t('boardReport.pdf.footer') });
  } catch (caught) {
    if (caught instanceof PdfUnavailable) error(503, t('boardReport.pdf.unavailable'));
    throw caught;
  }
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName(url)}"`,
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
};
