/**
 * Everything a signatory page shows, in one load: the figures (exact for those allowed
 * to see them, disclosure-controlled otherwise), the "you said, we did" log searched
 * and paged as the query string asks, challenges, the texts still waiting to be checked
 * before they are published, and the partnership's thresholds.
 * The public and the signed-in pages render the same data with the same components.
 */
import type { PartnershipView } from '@equal-partners/functions/partnership';
import {
  daysBetween,
  waitingToPublish,
  type PublicChallenge,
  type PublicLoop,
  type Signatory,
} from '@equal-partners/shared';
import { filterLoops, logFilterFrom, loopFunnel, loopsRaisedIn, pageOf } from '#lib/dashboard/loop-log.ts';
import { chosenPeriod } from '#lib/dashboard/period-options.ts';
import type { SignatoryMetrics } from '#lib/dashboard/report-types.ts';
import { getJson } from './api.ts';

export type Visibility = 'public' | 'exact';

export async function loadSignatoryReport(id: string, url: URL, visibility: Visibility) {
  const period = chosenPeriod(url.searchParams.get('period'), visibility);
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  const base = visibility === 'public' ? '/api/v1/public/metrics' : '/api/v1/metrics';
  const signatoryPath = encodeURIComponent(id);
  const [report, loops, challenges, partnership, signatories] = await Promise.all([
    getJson<SignatoryMetrics>(`${base}/signatories/${signatoryPath}${query}`),
    getJson<{ items: PublicLoop[] }>(`/api/v1/public/signatories/${signatoryPath}/loops`),
    getJson<{ items: PublicChallenge[] }>(`/api/v1/public/signatories/${signatoryPath}/challenges`),
    getJson<PartnershipView>('/api/v1/partnership'),
    getJson<{ items: Signatory[] }>('/api/v1/signatories?limit=200'),
  ]);
  const inPeriod = loopsRaisedIn(loops.items, report.period.start, report.period.end);
  const filter = logFilterFrom(url.searchParams);
  const names = Object.fromEntries(signatories.items.map((s) => [s.id, s.name]));
  const today = new Date().toISOString().slice(0, 10);
  return {
    visibility,
    period,
    thisMonth: new Date().toISOString().slice(0, 7),
    report,
    settings: partnership.settings,
    log: { filter, ...pageOf(filterLoops(inPeriod, filter), filter.page) },
    funnel: loopFunnel(inPeriod),
    overdueLoops: loops.items
      .filter((loop) => loop.overdue)
      .map((loop) => ({ ...loop, waitingDays: daysBetween(loop.raisedOn, today) })),
    stories: inPeriod.filter((loop) => loop.publicStory !== undefined),
    challenges: challenges.items.map((c) => ({ ...c, reviewerName: names[c.reviewerId] ?? c.reviewerId })),
    waiting: waitingToPublish([
      ...loops.items.map(({ id, raisedOn, publication }) => ({ kind: 'loop' as const, id, raisedOn, publication })),
      ...challenges.items.map(({ id, raisedOn, publication }) => ({
        kind: 'challenge' as const,
        id,
        raisedOn,
        publication,
      })),
    ]),
  };
}

export type SignatoryReportData = Awaited<ReturnType<typeof loadSignatoryReport>>;
