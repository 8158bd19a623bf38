/**
 * "Your work": what is waiting for the person signed in, by their role, each item with where
 * they act on it. Every list is read through the queries the other pages run (`ask`), as this
 * person, so the permission rules of each query decide what it holds:
 * - a signatory's editor: their organisation's feedback loops past due and the challenges to
 *   it not yet answered (overdue first, then the longest waiting);
 * - a reviewer: the challenges their organisation raised that were answered and wait for
 *   its close, and the signatories it has not assessed this quarter;
 * - the board: awards to decide, exceptions across the partnership, texts waiting to be checked;
 * - a commissioner: what feedback changed (the outcomes page's summary) and the exceptions.
 */
import {
  dayOf,
  daysBetween,
  type Challenge,
  type FeedbackLoop,
  type PartnershipSettings,
  type Signatory,
} from '@equal-partners/shared';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { challengeQueries } from '@equal-partners/functions/challenges/challenge-queries';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { waitingTexts } from '@equal-partners/functions/publication/publication-queries';
import { partnershipExceptions } from '@equal-partners/functions/reports/exception-queries';
import { closedLoopOutcomes } from '@equal-partners/functions/reports/outcome-queries';
import type { VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { requireSignedIn } from './guard.ts';
import { loadPartnership, loadSignatories } from './partnership.ts';
import { ask, askAll, host } from './queries.ts';
import type { SignedInUser } from './session.ts';

/** A record's text as a link's words: its first line, cut at a word near `length` characters. */
export function shortText(text: string | undefined, length = 90): string {
  const line = (text ?? '').trim().split('\n')[0] ?? '';
  if (line.length <= length) return line;
  const cut = line.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length)}…`;
}

/** The calendar quarter of a day, `YYYY-Qn`, as assessments are written. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

type Partnership = VersionedPartnership['partnership'];
type Names = Map<string, string>;

const namesOf = (signatories: readonly Signatory[]): Names => new Map(signatories.map((s) => [s.id, s.name]));

/** A signatory's editor: loops past due and challenges to answer, for their own organisation. */
async function editorWork(user: SignedInUser, settings: PartnershipSettings, today: string, names: Names) {
  const signatoryId = user.signatoryId!;
  const [loops, challenges] = await Promise.all([
    askAll(loopQueries.list, { signatoryId, overdue: 'true' as const }),
    askAll(challengeQueries.list, { signatoryId }),
  ]);
  const overdueLoops = (loops as FeedbackLoop[])
    .map((loop) => ({
      id: loop.id,
      raisedOn: loop.raisedOn,
      text: shortText(loop.youSaid),
      days: daysBetween(loop.raisedOn, today),
    }))
    .sort((a, b) => b.days - a.days);
  const toAnswer = (challenges as Challenge[])
    .filter((c) => c.respondedOn === undefined)
    .map((c) => {
      const days = daysBetween(c.raisedOn, today);
      return {
        id: c.id,
        raisedOn: c.raisedOn,
        text: shortText(c.text),
        reviewer: names.get(c.reviewerId) ?? c.reviewerId,
        days,
        overdue: days > settings.challengeDueDays,
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.days - a.days);
  return {
    role: 'signatory-editor' as const,
    organisation: names.get(signatoryId) ?? signatoryId,
    loopDueDays: settings.loopDueDays,
    challengeDueDays: settings.challengeDueDays,
    overdueLoops,
    toAnswer,
  };
}

/** A reviewer: answered challenges waiting for their close, and signatories not assessed this quarter. */
async function reviewerWork(user: SignedInUser, today: string, signatories: readonly Signatory[], names: Names) {
  const own = user.signatoryId;
  const quarter = quarterOf(today);
  const [challenges, assessments] = await Promise.all([
    askAll(challengeQueries.list, {}),
    askAll(assessmentQueries.list, { by: 'reviewer' as const, period: quarter }),
  ]);
  const toClose = (challenges as Challenge[])
    .filter((c) => c.reviewerId === own && c.respondedOn !== undefined && c.closedOn === undefined)
    .map((c) => ({
      id: c.id,
      organisation: names.get(c.signatoryId) ?? c.signatoryId,
      text: shortText(c.text),
      respondedOn: c.respondedOn!,
      days: daysBetween(c.respondedOn!, today),
    }))
    .sort((a, b) => b.days - a.days);
  const reviewed = new Set(assessments.filter((a) => a.reviewerId === own).map((a) => a.signatoryId));
  const notReviewed = signatories
    .filter((s) => s.id !== own && !reviewed.has(s.id))
    .map((s) => ({ id: s.id, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { role: 'reviewer' as const, organisation: own ? names.get(own) : undefined, quarter, toClose, notReviewed };
}

/** The exceptions and awards to decide, as the query gives them. */
const exceptionsOf = (partnership: Partnership) => ask(partnershipExceptions, { partnership });

/** A board admin: awards to decide, exceptions, and texts waiting to be checked. */
async function boardWork(partnership: Partnership, names: Names) {
  const [exceptions, waiting] = await Promise.all([exceptionsOf(partnership), ask(waitingTexts, undefined)]);
  return {
    role: 'board-admin' as const,
    exceptions,
    waiting: waiting.items.map((item) => ({
      kind: item.kind,
      id: item.id,
      organisation: names.get(item.signatoryId) ?? item.signatoryId,
      raisedOn: item.raisedOn,
      waitingDays: item.waitingDays,
      overdue: item.overdue,
    })),
    publishWithinDays: partnership.settings.publishWithinDays,
  };
}

/** A commissioner: what feedback changed this period (the outcomes page's default), and the exceptions. */
async function commissionerWork(partnership: Partnership) {
  const [outcomes, exceptions] = await Promise.all([
    ask(closedLoopOutcomes, { partnership }),
    exceptionsOf(partnership),
  ]);
  const { counts, total } = outcomes.closed;
  return {
    role: 'commissioner' as const,
    outcomes: {
      period: outcomes.period,
      closed: total,
      changed: total - counts.none - counts['not-recorded'],
      counts,
    },
    exceptions,
  };
}

/** What is waiting for the person signed in; a 401 page for anyone not signed in. */
export async function loadYourWork(locals: App.Locals) {
  const user = requireSignedIn(locals);
  const [{ partnership }, signatories] = await Promise.all([loadPartnership(), loadSignatories()]);
  const names = namesOf(signatories);
  const today = dayOf(host().deps.today());
  const work = await (async () => {
    switch (user.role) {
      case 'signatory-editor':
        return editorWork(user, partnership.settings, today, names);
      case 'reviewer':
        return reviewerWork(user, today, signatories, names);
      case 'board-admin':
        return boardWork(partnership, names);
      case 'commissioner':
        return commissionerWork(partnership);
    }
  })();
  return { today, work };
}

export type YourWorkData = Awaited<ReturnType<typeof loadYourWork>>;
export type Work = YourWorkData['work'];
