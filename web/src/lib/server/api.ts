/**
 * The API, called in-process while rendering pages: the same Hono app, routes and
 * rules that serve `/api/*`, without a network hop. Configured from the environment
 * the server was started with (table name, store endpoint).
 */
import { error } from '@sveltejs/kit';
import { createApp, type ApiApp } from '@equal-partners/functions/app';
import { appConfigFromEnv } from '@equal-partners/functions/config';
import { openStore } from '@equal-partners/functions/open-store';

let app: ApiApp | undefined;

function api(): ApiApp {
  if (!app) {
    const config = appConfigFromEnv();
    app = createApp({
      store: openStore(config.store),
      version: config.version,
    });
  }
  return app;
}

/** GETs an API path and returns its JSON body, turning a problem response into a page error. */
export async function getJson<T>(path: string): Promise<T> {
  const response = await api().request(path);
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string };
    error(response.status, problem.detail ?? 'The data for this page could not be loaded.');
  }
  return (await response.json()) as T;
}
