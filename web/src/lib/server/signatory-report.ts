/**
 * Everything a signatory page shows, in one load: the figures (exact for those allowed
 * to see them, disclosure-controlled otherwise), the "you said, we did" log searched
 * and paged as the query string asks, challenges, the texts still waiting to be checked
 * before they are published, and the partnership's thresholds.
 * The public and the signed-in pages render the same data with the same components.
 *
 * The Welsh of the texts (docs/decisions/0404) goes only to a page in Welsh: an English
 * page shows the English, and its data carries nothing it does not show.
 *
 * The partnership is read once for the whole page (the layout asks for it too) and given
 * to each query, which would otherwise read it again for its settings.
 */
import { daysBetween, waitingToPublish } from '@equal-partners/shared';
import { signatoryMetrics } from '@equal-partners/functions/reports/report-queries';
import { publicSignatoryMetrics } from '@equal-partners/functions/reports/public-report-queries';
import { publicChallengesOf, publicLoopsOf } from '@equal-partners/functions/publication/public-record-queries';
import type { VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { filterLoops, logFilterFrom, loopFunnel, loopsRaisedIn, pageOf } from '#lib/dashboard/loop-log.ts';
import { chosenPeriod } from '#lib/dashboard/period-options.ts';
import { loadPartnership, loadSignatories } from './partnership.ts';
import { ask } from './queries.ts';
import { requestLocale } from './text.ts';

/** The partnership as the page has read it (`loadPartnership`). */
type Partnership = VersionedPartnership['partnership'];

export type Visibility = 'public' | 'exact';

/** The figures a page of `visibility` shows for the period asked, given the partnership already read. */
type ReadFigures<R> = (input: { id: string; period?: string; partnership: Partnership }) => Promise<R>;

/** The entries as a page in the request's language shows them: with their Welsh texts on a Welsh page only. */
export function inPageLanguage<T extends { cy?: object | undefined }>(items: T[]): T[] {
  return requestLocale() === 'cy' ? items : items.map(({ cy: _welsh, ...entry }) => entry as T);
}

async function loadSignatoryPage<V extends Visibility, R extends { period: { start: string; end: string } }>(
  id: string,
  url: URL,
  visibility: V,
  readFigures: ReadFigures<R>,
) {
  const period = chosenPeriod(url.searchParams.get('period'), visibility);
  const { partnership } = await loadPartnership();
  const [report, published, answered, signatories] = await Promise.all([
    readFigures({ id, ...(period ? { period } : {}), partnership }),
    ask(publicLoopsOf, { signatoryId: id, partnership }),
    ask(publicChallengesOf, { signatoryId: id, partnership }),
    loadSignatories(),
  ]);
  const loops = { items: inPageLanguage(published.items) };
  const challenges = { items: inPageLanguage(answered.items) };
  const inPeriod = loopsRaisedIn(loops.items, report.period.start, report.period.end);
  const filter = logFilterFrom(url.searchParams);
  const names = Object.fromEntries(signatories.map((s) => [s.id, s.name]));
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

/** A signatory's page with exact figures, for those the rules allow them; a refusal is the query's (401, 403). */
export function loadExactSignatoryReport(id: string, url: URL) {
  return loadSignatoryPage(id, url, 'exact', (input) => ask(signatoryMetrics, input));
}

/** A signatory's public page: its published figures. */
export function loadPublicSignatoryReport(id: string, url: URL) {
  return loadSignatoryPage(id, url, 'public', (input) => ask(publicSignatoryMetrics, input));
}

export type SignatoryReportData =
  Awaited<ReturnType<typeof loadExactSignatoryReport>> | Awaited<ReturnType<typeof loadPublicSignatoryReport>>;

/** A signatory's figures as a page shows them: exact, or published (with the disclosure rules). */
export type SignatoryMetrics = SignatoryReportData['report'];
