/**
 * The board report as a PDF: the report page itself (`/dashboard/report`, rendered for the
 * person asking, in their language), printed by headless Chromium with no script. The
 * page's own checks decide who may have it; locally this server renders it with Debian's
 * Chromium, in AWS the jobs function does (@equal-partners/functions/reports/board-report-pdf).
 */
import { reportQuarter, type ReportYear } from '@equal-partners/functions/reports/board-report-queries';
import { requireReadingEveryone } from '#lib/server/guard.ts';
import { loadPartnership } from '#lib/server/partnership.ts';
import { boardReportPdf } from '#lib/server/report-pdf.ts';
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
  const made = await boardReportPdf(fetch, url, url.search);
  if ('refused' in made) return made.refused;
  const { pdf } = made;
  return new Response(pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileName(url)}"`,
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
};
