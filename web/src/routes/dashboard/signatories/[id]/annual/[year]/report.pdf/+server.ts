/**
 * A signatory's annual involvement report as a PDF: the report page itself, rendered for
 * the person asking (in their language), printed by headless Chromium with no script,
 * through the same code as the board report's PDF. The page's own checks decide who may
 * have it: anyone it sends to the public version is sent there.
 */
import { pagePdf } from '#lib/server/report-pdf.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ fetch, params, url }) => {
  const made = await pagePdf(fetch, new URL(url.pathname.replace(/\/report\.pdf$/, ''), url));
  if ('refused' in made) return made.refused;
  return new Response(made.pdf as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="annual-report-${params.id}-fy${params.year}.pdf"`,
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
};
