/**
 * The partnership's figures with a row per signatory, sorted by the API as the query
 * string asks (`sort`, `order`), for a period and optionally one sector. The board's
 * overview also reads the previous period's rows, to show each row's change.
 */
import type { PartnershipView } from '@equal-partners/functions/partnership';
import { rowSortKeys, sectors, type RowSortKey, type Sector } from '@equal-partners/shared';
import { chosenPeriod } from '#lib/dashboard/period-options.ts';
import type { PartnershipMetrics } from '#lib/dashboard/report-types.ts';
import { getJson } from './api.ts';

export interface OverviewQuery {
  period: string;
  sector: Sector | '';
  sort: RowSortKey;
  order: 'asc' | 'desc';
}

/** The query a URL asks for; anything the API would refuse falls back to the default. */
export function overviewQueryFrom(
  url: URL,
  defaultSort: RowSortKey = 'name',
  visibility: 'public' | 'exact' = 'exact',
): OverviewQuery {
  const sort = url.searchParams.get('sort') ?? defaultSort;
  const sector = url.searchParams.get('sector') ?? '';
  const order = url.searchParams.get('order');
  const sortKey = (rowSortKeys as readonly string[]).includes(sort) ? (sort as RowSortKey) : defaultSort;
  return {
    period: chosenPeriod(url.searchParams.get('period'), visibility),
    sector: (sectors as readonly string[]).includes(sector) ? (sector as Sector) : '',
    sort: sortKey,
    order: order === 'asc' || order === 'desc' ? order : sortKey === 'name' ? 'asc' : 'desc',
  };
}

function search(values: Record<string, string>): string {
  const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ''));
  return params.size ? `?${params}` : '';
}

export async function loadPartnershipReport(query: OverviewQuery, visibility: 'public' | 'exact') {
  const base = visibility === 'public' ? '/api/v1/public/metrics' : '/api/v1/metrics';
  const { period, sector, sort, order } = query;
  return getJson<PartnershipMetrics>(`${base}/partnership${search({ period, sector, sort, order })}`);
}

/** The same figures for the period before, as from/to months (the rows' change needs them). */
export async function loadPreviousPeriod(report: PartnershipMetrics, query: OverviewQuery) {
  const { from, to } = report.previousPeriod;
  return getJson<PartnershipMetrics>(
    `/api/v1/metrics/partnership${search({ from, to, sector: query.sector, sort: 'name', order: 'asc' })}`,
  );
}

/** The public overview: every signatory's published figures, sorted as asked, and the fewest cases a rate is compared on. */
export async function loadPublicOverview(url: URL) {
  const query = overviewQueryFrom(url, 'name', 'public');
  const [report, partnership] = await Promise.all([
    loadPartnershipReport(query, 'public'),
    getJson<PartnershipView>('/api/v1/partnership'),
  ]);
  return {
    report,
    query,
    thisMonth: new Date().toISOString().slice(0, 7),
    minRateBase: partnership.settings.minRateBase,
  };
}
