/**
 * The API app the host built, for the web app to call in-process. The host (the local
 * runner, the test server) decides which sign-in methods exist by building the app and
 * providing it here; the web build bundles its own copy of this module, so the app is
 * kept in a global slot both copies share rather than in a module variable.
 */
import type { ApiApp } from './app.ts';

const slot = Symbol.for('equal-partners.api');

type HostGlobal = typeof globalThis & { [slot]?: ApiApp };

/**
 * Makes `app` the API that pages call in this process.
 * @example
 * const api = createApp({ store, version, authenticators: [dev.authenticator] });
 * provideApi(api);
 */
export function provideApi(app: ApiApp): void {
  (globalThis as HostGlobal)[slot] = app;
}

/** The API app the host provided, or `undefined` when the web app runs on its own. */
export function hostedApi(): ApiApp | undefined {
  return (globalThis as HostGlobal)[slot];
}
