/**
 * Every activity's feedback link the person signed in may set up, to find one: a reviewer
 * (who cannot open activities themselves) sees every signatory's, an editor their own
 * organisation's, the board all. Activities of the last 120 days and to come, newest
 * first, a page at a time, filtered by organisation (for those who see more than their
 * own) and by the link's state through a GET form, so it works without JavaScript.
 */
import { isHttpError } from '@sveltejs/kit';
import {
  feedbackListStates,
  listFeedbackActivities,
  type FeedbackListState,
} from '@equal-partners/functions/feedback/feedback-queries';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { pageHref } from '#lib/server/record-list.ts';
import type { PageServerLoad } from './$types';

interface Filters {
  signatoryId?: string;
  state?: FeedbackListState;
}

/** A page of the list; an address with a cursor the query no longer reads (edited or stale) shows the first page. */
async function readPage(filters: Filters, after: string | undefined) {
  try {
    return { ...(await ask(listFeedbackActivities, after ? { ...filters, cursor: after } : filters)), first: !after };
  } catch (caught) {
    if (after && isHttpError(caught, 400)) return readPage(filters, undefined);
    throw caught;
  }
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const user = requireAllowed(locals, ['update', 'feedback']);
  const seesAll = user.role !== 'signatory-editor';
  const signatoryId = seesAll ? url.searchParams.get('signatoryId') || undefined : undefined;
  const state = feedbackListStates.find((s) => s === url.searchParams.get('state'));
  const filters: Filters = { ...(signatoryId ? { signatoryId } : {}), ...(state ? { state } : {}) };
  const after = url.searchParams.get('after') || undefined;
  const [{ items, nextCursor, first }, signatories] = await Promise.all([
    readPage(filters, after),
    seesAll ? loadSignatories() : Promise.resolve([]),
  ]);
  const askedPage = Number.parseInt(url.searchParams.get('page') ?? '', 10);
  const number = first ? 1 : Math.max(2, Math.min(10_000, askedPage || 2));
  return {
    activities: items,
    filters,
    states: feedbackListStates,
    organisations: seesAll ? signatoryOptions(signatories) : undefined,
    pages: {
      number,
      first: number > 1 ? pageHref(url, 1, undefined) : undefined,
      next: nextCursor ? pageHref(url, number + 1, nextCursor) : undefined,
    },
  };
};
