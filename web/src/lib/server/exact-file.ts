/**
 * A CSV file of exact figures, made by the query as the person asking: the query decides
 * who may read exact figures, and anyone it refuses is sent to the public page instead,
 * whose figures are open data.
 */
import { csvHeaders, type CsvFile } from '@equal-partners/functions/reports/report-queries';
import { exactOrPublic } from './board-overview.ts';

/** The file `read` makes, answered as a download that no shared cache keeps. */
export async function exactFile(read: () => Promise<CsvFile>, publicPath: string): Promise<Response> {
  const file = await exactOrPublic(read, publicPath);
  return new Response(file.text, {
    headers: {
      ...csvHeaders(file),
      // Exact figures about children: never kept by a shared cache.
      'cache-control': 'private, no-store',
    },
  });
}

/** The values a page's query string gives for `names` (period, sector, order), the empty ones left out. */
export function keptParameters(url: URL, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => (url.searchParams.get(name) ? [[name, url.searchParams.get(name)!]] : [])),
  );
}
