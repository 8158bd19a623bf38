/**
 * The board's partnership overview: exact figures for a period and one sector or all,
 * every signatory's row with its change on the previous period. The query decides who
 * may read exact figures; anyone it refuses is sent to the public overview instead, which
 * says why.
 */
import { isHttpError, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { RedirectReason } from '#lib/i18n/frame.ts';
import { loadPartnership } from './partnership.ts';
import { loadExactPartnershipReport, overviewQueryFrom } from './partnership-report.ts';

/**
 * The public page at `publicPath` for someone refused exact figures: in the language they
 * chose (the public pages' Welsh twins are under `/cy`) and, for a person signed in, saying
 * why they were sent there (`why=exact-figures`, which the frame's banner explains).
 */
export function publicInstead(publicPath: string, locals: Pick<App.Locals, 'locale' | 'user'>): string {
  const address = new URL(publicPath, 'http://site.invalid');
  // A visitor not signed in reads the public figures as everyone does: there is nothing to explain.
  if (locals.user) address.searchParams.set('why', 'exact-figures' satisfies RedirectReason);
  return `${locals.locale === 'cy' ? '/cy' : ''}${address.pathname}${address.search}`;
}

/** Sends someone refused exact figures (public, or not allowed) to `publicPath`, saying why. */
export async function exactOrPublic<T>(read: () => Promise<T>, publicPath: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isHttpError(error) && (error.status === 401 || error.status === 403)) {
      redirect(303, publicInstead(publicPath, getRequestEvent().locals));
    }
    throw error;
  }
}

export async function loadBoardOverview(url: URL) {
  const query = overviewQueryFrom(url, 'participations');
  const publicPath = `/public${query.period ? `?period=${encodeURIComponent(query.period)}` : ''}`;
  const { partnership } = await loadPartnership();
  const report = await exactOrPublic(() => loadExactPartnershipReport(query, partnership), publicPath);
  // The previous period's rows come with the report, from the same read (decision 0108).
  const { rows, previousRows } = report.signatories;
  return {
    report,
    previousRows: Object.fromEntries(rows.map((row, i) => [row.signatoryId, previousRows[i]!])),
    query,
    settings: partnership.settings,
    thisMonth: new Date().toISOString().slice(0, 7),
  };
}

export type BoardOverviewData = Awaited<ReturnType<typeof loadBoardOverview>>;
