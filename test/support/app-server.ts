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

/**
 * Adds a council activity 30 days ago with a loop raised at it, and switches its feedback
 * link on for the partnership's window (14 days), so that it has closed: returns the
 * link's path (`/f/{token}`). The activity's id is `phone-feedback`.
 */
export async function closedFeedback(app: RunningApp): Promise<string> {
  const signIn = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-council-editor' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const call = (method: string, path: string, body: unknown) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const date = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const council = 'demo-city-council-childrens-services';
  const added = await call('POST', '/api/v1/activities', {
    id: 'phone-feedback',
    signatoryId: council,
    date,
    title: 'Young people’s panel on the new youth centre’s opening hours and activities',
    publicSummary: 'Twelve young people told us when the youth centre should open and what it should offer.',
    audience: ['young-people'],
    channel: 'face-to-face-meeting',
    setting: 'community',
    stage: 'design',
    level: 'co-designing',
    lundy: { space: true, voice: true, audience: true, influence: true },
    principles: [],
    participants: { total: 12, firstTime: 4, demographicsRecorded: 0, groups: {} },
    adjustments: [],
  });
  if (added.status !== 201) throw new Error(`adding an activity: ${added.status} ${await added.text()}`);
  const loop = await call('POST', '/api/v1/loops', {
    id: 'phone-feedback-loop',
    signatoryId: council,
    activityIds: ['phone-feedback'],
    raisedOn: date,
    youSaid: 'Open on Saturday evenings.',
    status: 'in-progress',
    principles: [],
  });
  if (loop.status !== 201) throw new Error(`adding a loop: ${loop.status} ${await loop.text()}`);
  const switched = await call('PUT', '/api/v1/activities/phone-feedback/feedback', { on: true });
  if (switched.status !== 200) throw new Error(`switching feedback on: ${switched.status} ${await switched.text()}`);
  return ((await switched.json()) as { feedback: { path: string } }).feedback.path;
}

/**
 * The page of an import that has finished (`/manage/import/{id}`): the council's editor
 * imports, through the API, a CSV file of one of their activities as it is stored, filled
 * into the template's columns.
 */
export async function finishedImport(app: RunningApp): Promise<string> {
  const signIn = await fetch(`${app.url}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-council-editor' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  const get = (path: string) => fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const columns = (await (await get('/api/v1/activities:import-template')).text()).trim().split(',');
  const council = 'demo-city-council-childrens-services';
  const { items } = (await (await get(`/api/v1/activities?signatoryId=${council}&limit=1`)).json()) as {
    items: Record<string, unknown>[];
  };
  const cell = (name: string) => {
    const value = name
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], items[0]);
    if (Array.isArray(value)) return value.join(';');
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    return value === undefined ? '' : `"${String(value).replaceAll('"', '""')}"`;
  };
  const imported = await fetch(`${app.url}/api/v1/activities:import?commit=true`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: `${columns.join(',')}\n${columns.map(cell).join(',')}\n`,
  });
  if (imported.status !== 202) throw new Error(`importing: ${imported.status} ${await imported.text()}`);
  return `/manage/import/${((await imported.json()) as { id: string }).id}`;
}
