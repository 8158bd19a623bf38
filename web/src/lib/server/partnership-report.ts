/**
 * The partnership's figures with a row per signatory, sorted by the query as the query
 * string asks (`sort`, `order`), for a period and optionally one sector. The exact
 * figures come with each signatory's row for the previous period, for each row's change.
 */
import type { VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { partnershipMetrics } from '@equal-partners/functions/reports/report-queries';
import { publicPartnershipMetrics } from '@equal-partners/functions/reports/public-report-queries';
import { rowSortKeys, sectors, type RowSortKey, type Sector } from '@equal-partners/shared';
import { chosenPeriod } from '#lib/dashboard/period-options.ts';
import { loadPartnership } from './partnership.ts';
import { ask } from './queries.ts';

/** The partnership as the page has read it (`loadPartnership`). */
type Partnership = VersionedPartnership['partnership'];

export interface OverviewQuery {
  period: string;
  sector: Sector | '';
  sort: RowSortKey;
  order: 'asc' | 'desc';
}

/** The query a URL asks for; anything the query would refuse falls back to the default. */
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

/** What the figures are asked for with: the overview's query, its defaults left out. */
function figuresInput({ period, sector, sort, order }: OverviewQuery, partnership: Partnership) {
  return { ...(period ? { period } : {}), ...(sector ? { sector } : {}), sort, order, partnership };
}

/** The partnership's exact figures, for those the rules allow them; a refusal is the query's (401, 403). */
export function loadExactPartnershipReport(query: OverviewQuery, partnership: Partnership) {
  return ask(partnershipMetrics, figuresInput(query, partnership));
}

/** The partnership's published figures. */
export function loadPublicPartnershipReport(query: OverviewQuery, partnership: Partnership) {
  return ask(publicPartnershipMetrics, figuresInput(query, partnership));
}

/** The public overview: every signatory's published figures, sorted as asked, and the fewest cases a rate is compared on. */
export async function loadPublicOverview(url: URL) {
  const query = overviewQueryFrom(url, 'name', 'public');
  const { partnership } = await loadPartnership();
  return {
    report: await loadPublicPartnershipReport(query, partnership),
    query,
    thisMonth: new Date().toISOString().slice(0, 7),
    minRateBase: partnership.settings.minRateBase,
  };
}

export type ExactPartnershipMetrics = Awaited<ReturnType<typeof loadExactPartnershipReport>>;
export type PublicPartnershipMetrics = Awaited<ReturnType<typeof loadPublicPartnershipReport>>;
/** A point of a partnership's series: a month of exact figures, or a published quarter. */
export type PartnershipSeriesPoint = (ExactPartnershipMetrics | PublicPartnershipMetrics)['series'][number];
