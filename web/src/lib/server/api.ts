/**
 * The API, called in-process while rendering pages: the same Hono app, routes and
 * rules that serve `/api/*`, without a network hop. The host that started this server
 * (the local runner, the test server) provides its app, and with it the sign-in methods
 * it allows; otherwise the app is built from the environment (table, store endpoint,
 * Cognito). Every call carries the signed-in person's token, so the API's rules decide
 * what a page may show or change.
 */
import { error } from '@sveltejs/kit';
import type { Problem } from '@equal-partners/shared';
import { getRequestEvent } from '$app/server';
import { createApiApp } from '@equal-partners/functions/api-app';
import { appConfigFromEnv } from '@equal-partners/functions/config';
import { firstPages, type ListPage } from './list-pages.ts';
import { host } from './queries.ts';

const apps = new WeakMap<object, ReturnType<typeof createApiApp>>();

function api() {
  let app = apps.get(host());
  if (!app) apps.set(host(), (app = createApiApp({ host: host(), version: appConfigFromEnv().version })));
  return app;
}

export type { Problem } from '@equal-partners/shared';

export type ApiResult<T> =
  { ok: true; status: number; body: T; version: number | undefined } | { ok: false; status: number; problem: Problem };

interface CallOptions {
  method?: string;
  /** JSON-encoded unless it is a string. */
  body?: unknown;
  contentType?: string;
  /** The version read, sent as If-Match. */
  version?: number | undefined;
  /** Overrides the signed-in person's token (sign-in itself). */
  token?: string | undefined;
}

/** Sends a request to the API as the person signed in to this request (or the public). */
export async function callApi(path: string, options: CallOptions = {}): Promise<Response> {
  const event = getRequestEvent();
  const headers = new Headers();
  const token = options.token ?? event.locals.token;
  if (token) headers.set('authorization', `Bearer ${token}`);
  // The API limits requests per client: name the viewer, not this server.
  headers.set('x-forwarded-for', event.getClientAddress());
  if (options.version !== undefined) headers.set('if-match', `"${options.version}"`);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers.set('content-type', options.contentType ?? 'application/json');
  }
  return api().request(path, { method: options.method ?? 'GET', headers, ...(body !== undefined ? { body } : {}) });
}

/** Calls the API and reads the result: the body and version, or the problem. */
export async function send<T>(path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
  const response = await callApi(path, options);
  if (response.ok) {
    const etag = response.headers.get('etag');
    const text = await response.text();
    return {
      ok: true,
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      version: etag ? Number(/\d+/.exec(etag)?.[0]) : undefined,
    };
  }
  const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
  return {
    ok: false,
    status: response.status,
    problem: {
      type: problem.type ?? 'about:blank',
      title: problem.title ?? 'Request failed',
      status: response.status,
      detail: problem.detail ?? 'The request could not be completed.',
      ...(problem.errors ? { errors: problem.errors } : {}),
      ...(problem.rowErrors ? { rowErrors: problem.rowErrors } : {}),
    },
  };
}

/** GETs an API path and returns its JSON body and version, turning a problem response into a page error. */
export async function read<T>(path: string): Promise<{ body: T; version: number | undefined }> {
  const result = await send<T>(path);
  if (!result.ok) error(result.status, result.problem.detail);
  return { body: result.body, version: result.version };
}

/** GETs an API path and returns its JSON body, turning a problem response into a page error. */
export async function getJson<T>(path: string): Promise<T> {
  return (await read<T>(path)).body;
}

/** Every item of a list, following `nextCursor` up to `maxPages` pages of 200. */
export async function listAll<T>(path: string, maxPages = 10): Promise<T[]> {
  const separator = path.includes('?') ? '&' : '?';
  const { items } = await firstPages(
    (cursor) =>
      getJson<ListPage<T>>(`${path}${separator}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`),
    maxPages,
  );
  return items;
}
