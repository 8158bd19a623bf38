/**
 * The API app the host built, for the web app to call in-process. The host (the local
 * runner, the test server) decides which sign-in methods exist by building the app and
 * providing it here; the web build bundles its own copy of this module, so the app is
 * kept in a global slot both copies share rather than in a module variable. The host's
 * store comes with it, for the pages' server-side sessions (../identity/web-sessions.ts).
 */
import type { Store } from '../table/index.ts';
import type { ApiApp } from './app.ts';

const slot = Symbol.for('equal-partners.api');

export interface HostedApi {
  app: ApiApp;
  store: Store;
}

type HostGlobal = typeof globalThis & { [slot]?: HostedApi };

/**
 * Makes `app` the API that pages call in this process, and `store` where their sessions live.
 * @example
 * const api = createApp({ store, version, authenticators: [dev.authenticator] });
 * provideApi(api, store);
 */
export function provideApi(app: ApiApp, store: Store): void {
  (globalThis as HostGlobal)[slot] = { app, store };
}

/** The API app and store the host provided, or `undefined` when the web app runs on its own. */
export function hostedApi(): HostedApi | undefined {
  return (globalThis as HostGlobal)[slot];
}
