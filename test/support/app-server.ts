/**
 * The whole product on a free port for browser tests: a table of the test's own,
 * loaded with the demo partnership, served by the same local server as `npm start`,
 * with the development sign-in for the demo accounts.
 */
import { createApp } from '@equal-partners/functions/app';
import { devSignIn } from '@equal-partners/functions/dev-sign-in';
import { devSignInRoutes } from '@equal-partners/functions/dev-sign-in/routes';
import { createHost, provideHost, type Host } from '@equal-partners/functions/host';
import { loadDemoPartnership, type DemoCredentials } from '@equal-partners/functions/local/demo';
import { loadWebHandler, startLocalServer, type LocalServer } from '@equal-partners/functions/local';
import { createTestStore, type TestStore } from '@equal-partners/functions/testing';

export interface RunningApp {
  url: string;
  store: TestStore;
  /** The demo accounts and an API key for each demo signatory. */
  credentials: DemoCredentials;
  /** What the pages run their queries on (a test may break its sign-in methods). */
  host: Host;
  stop(): Promise<void>;
}

/**
 * `rateLimitPerMinute` is the API's and the pages' per-client limit (600 unless a test needs another).
 * `store` is a table to use instead of one on the test run's endpoint (for runs outside the test runner);
 * it is dropped on `stop()` all the same.
 */
export async function startApp(
  today: Date,
  { store: given, ...options }: { rateLimitPerMinute?: number; store?: TestStore } = {},
): Promise<RunningApp> {
  const store = given ?? (await createTestStore('e2e'));
  const credentials = await loadDemoPartnership(store, today);
  // Pages run their queries on the provided host; the environment is what a web app without a host would use.
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  process.env.TABLE_NAME = store.tableName;
  const dev = devSignIn(store);
  const host = createHost({ store, today: () => today, devSignIn: dev, pagesPerMinute: options.rateLimitPerMinute });
  const api = createApp({ host, version: 'test', ...options });
  api.add('/api/dev', devSignInRoutes(dev));
  provideHost(host);
  const server: LocalServer = await startLocalServer({ api, web: await loadWebHandler(), port: 0 });
  return {
    url: server.url,
    store,
    credentials,
    host,
    stop: async () => {
      await server.close();
      await store.drop();
    },
  };
}

/**
 * Raises a challenge as the demo reviewer, through the API: the demo data has none, and
 * tests that walk or post every page need one to open.
 */
export async function raiseChallenge(app: RunningApp, id: string, raisedOn: string): Promise<void> {
  const signIn = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-reviewer' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const raised = await fetch(`${app.url}/api/v1/challenges`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      signatoryId: 'demo-city-council-childrens-services',
      reviewerId: 'demo-city-parent-carer-forum',
      raisedOn,
      text: 'How did young people shape the new short breaks offer?',
    }),
  });
  if (raised.status !== 201) throw new Error(`raising a challenge: ${raised.status} ${await raised.text()}`);
}
