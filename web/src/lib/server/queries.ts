/**
 * The pages' way to the data: they run the same queries the API's routes run
 * (@equal-partners/functions/host), with the signed-in person (or the public) as the
 * principal, so the permission rules inside each query protect a page exactly as they
 * protect the API (docs/decisions/0016). No HTTP in between: a page load authenticates
 * once (hooks.server.ts) and reads only what it shows.
 *
 * The host that started this server (the local runner, the test server) provides its
 * host; otherwise one is built from the environment (the table, Cognito), as in the web Lambda.
 */
import { error } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { publicPrincipal, type Principal, type Problem } from '@equal-partners/shared';
import { appConfigFromEnv } from '@equal-partners/functions/config';
import { createHost, providedHost, type Host, type QueryDeps } from '@equal-partners/functions/host';
import { authenticatorsFromEnv } from '@equal-partners/functions/identity/authenticators-from-env';
import { usersFromEnv } from '@equal-partners/functions/identity/users-from-env';
import { openStore } from '@equal-partners/functions/open-store';
import { ProblemError } from '@equal-partners/functions/problem';
import { principalOf } from './guard.ts';
import { problemDetail } from './text.ts';
import { firstPages } from './list-pages.ts';

export type { Problem } from '@equal-partners/shared';
export type { Host } from '@equal-partners/functions/host';

let own: Host | undefined;

/** The host the queries run on: the one this process provided, or one of the web app's own. */
export function host(): Host {
  const provided = providedHost();
  if (provided) return provided;
  if (!own) {
    const store = openStore(appConfigFromEnv().store);
    own = createHost({ store, authenticators: authenticatorsFromEnv(store), users: usersFromEnv(store) });
  }
  return own;
}

/** Who this request asks as: the signed-in person, or the public. */
export function requestPrincipal(locals: App.Locals = getRequestEvent().locals): Principal {
  return locals.user ? principalOf(locals.user) : publicPrincipal;
}

/** A query as the pages run it: the deps and the caller come from the host and the request. */
type PageQuery<I, O> = (deps: QueryDeps, principal: Principal, input: I) => Promise<O>;

/**
 * What this request has already asked, so the layout and the page read the partnership once.
 * Kept by the request's `locals`: each load function gets its own copy of the request
 * event, but every copy shares the one `locals`.
 */
const asked = new WeakMap<App.Locals, Map<PageQuery<never, unknown>, Map<string, Promise<unknown>>>>();

/**
 * Runs a query as the person signed in to this request; a refusal becomes the error page
 * with the query's status and explanation (404, 403, ...). Asking the same query with
 * the same input again in one request answers from the first (a change through `attempt`
 * forgets them), so a layout and its page can each ask for what they show.
 * @example const { partnership } = await ask(readPartnership, {});
 */
export async function ask<I, O>(query: PageQuery<I, O>, input: I): Promise<O> {
  const event = getRequestEvent();
  let byQuery = asked.get(event.locals);
  if (!byQuery) asked.set(event.locals, (byQuery = new Map()));
  let byInput = byQuery.get(query as PageQuery<never, unknown>);
  if (!byInput) byQuery.set(query as PageQuery<never, unknown>, (byInput = new Map()));
  const key = JSON.stringify(input) ?? '';
  let answer = byInput.get(key) as Promise<O> | undefined;
  if (!answer) {
    answer = query(host().deps, requestPrincipal(event.locals), input);
    byInput.set(key, answer);
  }
  try {
    return await answer;
  } catch (caught) {
    if (caught instanceof ProblemError) error(caught.problem.status, problemDetail(caught.problem));
    throw caught;
  }
}

/**
 * Every item of a list query, following its cursor up to `maxPages` pages of 200.
 * @example const signatories = await askAll(signatoryQueries.list, {});
 */
export async function askAll<I extends object, T>(
  query: PageQuery<I & { cursor?: string; limit?: number }, { items: T[]; nextCursor?: string }>,
  input: I,
  maxPages = 10,
): Promise<T[]> {
  const { items } = await firstPages(
    (cursor) => ask(query, { ...input, limit: 200, ...(cursor ? { cursor } : {}) }),
    maxPages,
  );
  return items;
}

/** A query's answer, or the problem it refused with, for a form to show beside its fields. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; status: number; problem: Problem };

/**
 * Runs a query (usually a change a form asked for) and hands back its refusal rather than
 * throwing it, so the form can show each field's error.
 */
export async function attempt<I, O>(query: PageQuery<I, O>, input: I): Promise<Outcome<O>> {
  asked.delete(getRequestEvent().locals);
  try {
    return { ok: true, value: await query(host().deps, requestPrincipal(), input) };
  } catch (caught) {
    if (caught instanceof ProblemError) return { ok: false, status: caught.problem.status, problem: caught.problem };
    throw caught;
  }
}
