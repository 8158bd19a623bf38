/**
 * The "you said, we did" log on a signatory page: the loops raised in the period,
 * searched and filtered by status and outcome from the query string (so it works as
 * a plain GET form), a page at a time; and the funnel of what happened to them.
 */
import {
  isClosed,
  loopOutcomes,
  loopStatuses,
  type LoopOutcome,
  type LoopStatus,
  type PublicLoop,
} from '@equal-partners/shared';

export interface LogFilter {
  q: string;
  status: LoopStatus | '';
  outcome: LoopOutcome | '';
  page: number;
}

export const logPageSize = 20;

/** The filter a query string asks for; unknown values are ignored. */
export function logFilterFrom(params: URLSearchParams): LogFilter {
  const status = params.get('status') ?? '';
  const outcome = params.get('outcome') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    status: (loopStatuses as readonly string[]).includes(status) ? (status as LoopStatus) : '',
    outcome: (loopOutcomes as readonly string[]).includes(outcome) ? (outcome as LoopOutcome) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** Loops raised within `start`..`end` (inclusive days). */
export function loopsRaisedIn(loops: readonly PublicLoop[], start: string, end: string): PublicLoop[] {
  return loops.filter((loop) => loop.raisedOn >= start && loop.raisedOn <= end);
}

/** The loops matching the filter; the search looks in what was said, done, the reason and where it went, in English and Welsh. */
export function filterLoops(loops: readonly PublicLoop[], filter: LogFilter): PublicLoop[] {
  const words = filter.q.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  return loops.filter((loop) => {
    if (filter.status && loop.status !== filter.status) return false;
    if (filter.outcome && loop.outcome !== filter.outcome) return false;
    if (words.length === 0) return true;
    // A loop whose texts wait to be checked has none to search.
    const text = [
      loop.youSaid ?? '',
      loop.weDid ?? '',
      loop.reason ?? '',
      loop.reportedTo ?? '',
      loop.publicStory ?? '',
      ...Object.values(loop.cy ?? {}),
    ]
      .join(' ')
      .toLocaleLowerCase('en-GB');
    return words.every((word) => text.includes(word));
  });
}

/** One page of the matching loops, with where it sits among them. */
export function pageOf<T>(items: readonly T[], page: number, size = logPageSize) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages, total: items.length };
}

export interface LoopFunnel {
  raised: number;
  /** A decision was made (`respondedOn`). */
  responded: number;
  /** The answer went back to the people who raised it (`communicatedOn`): the loop is closed. */
  communicated: number;
}

/** What happened to the loops raised in a period: raised, then decided, then answered back. */
export function loopFunnel(loops: readonly PublicLoop[]): LoopFunnel {
  return {
    raised: loops.length,
    responded: loops.filter((l) => l.respondedOn !== undefined || isClosed(l)).length,
    communicated: loops.filter(isClosed).length,
  };
}
