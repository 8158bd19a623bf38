/**
 * The board's partnership overview: exact figures for a period and one sector or all,
 * every signatory's row with its change on the previous period. The API decides who
 * may read exact figures; anyone it refuses is sent to the public overview instead.
 */
import { isHttpError, redirect } from '@sveltejs/kit';
import type { PartnershipView } from '@equal-partners/functions/partnership';
import type { PartnershipMetrics } from '#lib/dashboard/report-types.ts';
import { getJson } from './api.ts';
import { loadPartnershipReport, loadPreviousPeriod, overviewQueryFrom } from './partnership-report.ts';

/** Sends someone the API refuses exact figures (public, or not allowed) to `publicPath`. */
export async function exactOrPublic<T>(read: () => Promise<T>, publicPath: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isHttpError(error) && (error.status === 401 || error.status === 403)) redirect(303, publicPath);
    throw error;
  }
}

export async function loadBoardOverview(url: URL) {
  const query = overviewQueryFrom(url, 'participations');
  const publicPath = `/public${query.period ? `?period=${encodeURIComponent(query.period)}` : ''}`;
  const [report, partnership] = await Promise.all([
    exactOrPublic(() => loadPartnershipReport(query, 'exact'), publicPath),
    getJson<PartnershipView>('/api/v1/partnership'),
  ]);
  const previous: PartnershipMetrics = await loadPreviousPeriod(report, query);
  return {
    report,
    previousRows: Object.fromEntries(previous.signatories.rows.map((row) => [row.signatoryId, row])),
    query,
    settings: partnership.settings,
    thisMonth: new Date().toISOString().slice(0, 7),
  };
}

export type BoardOverviewData = Awaited<ReturnType<typeof loadBoardOverview>>;
