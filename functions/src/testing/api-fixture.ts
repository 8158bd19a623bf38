/**
 * An API on a table of the test's own, loaded with the demo partnership, with a
 * bearer token for every kind of caller, so tests read as "as the council editor, POST...".
 */
import { createApp, type AppDependencies } from '../http/app.ts';
import { devSignInRoutes } from '../identity/dev-sign-in-routes.ts';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { createTestStore, type TestStore } from './test-store.ts';

export const demoToday = new Date('2026-05-15T12:00:00Z');

/** The demo signatories the role tests use. */
export const council = 'demo-city-council-childrens-services';
export const school = 'oakfield-special-school';
export const forum = 'demo-city-parent-carer-forum';

export type Caller = 'admin' | 'councilEditor' | 'schoolEditor' | 'reviewer' | 'commissioner' | 'councilKey' | 'public';

export interface ApiFixture {
  store: TestStore;
  app: ReturnType<typeof createApp>;
  tokens: Record<Exclude<Caller, 'public'>, string>;
  /** Sends a request as a caller; `body` objects are sent as JSON. */
  call(
    caller: Caller,
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  drop(): Promise<void>;
}

export async function createApiFixture(label: string, options: Partial<AppDependencies> = {}): Promise<ApiFixture> {
  const store = await createTestStore(label);
  const credentials = await loadDemoPartnership(store, demoToday);
  const dev = devSignIn(store);
  const app = createApp({
    store,
    version: 'test',
    today: () => demoToday,
    authenticators: [dev.authenticator],
    ...options,
  });
  app.add('/api/dev', devSignInRoutes(dev));
  const token = async (userId: string) => {
    const issued = await dev.issueToken(userId);
    if (!issued) throw new Error(`no demo user ${userId}`);
    return issued;
  };
  const tokens = {
    admin: await token('demo-board-admin'),
    councilEditor: await token('demo-council-editor'),
    schoolEditor: await token('demo-school-editor'),
    reviewer: await token('demo-reviewer'),
    commissioner: await token('demo-commissioner'),
    councilKey: credentials.apiKeys.find((k) => k.signatoryId === council)!.key,
  };
  const call: ApiFixture['call'] = (caller, method, path, { body, headers = {} } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (caller !== 'public') (init.headers as Record<string, string>).authorization = `Bearer ${tokens[caller]}`;
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (!('content-type' in headers)) (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    return Promise.resolve(app.request(path, init));
  };
  return { store, app, tokens, call, drop: () => store.drop() };
}

/** A valid activity for a signatory, with an id of the test's choosing. */
export function newActivity(id: string, signatoryId = council, overrides: Record<string, unknown> = {}) {
  return {
    id,
    signatoryId,
    date: '2026-05-02',
    title: 'Parent drop-in at the library',
    publicSummary: 'Parents told us about waiting times.',
    audience: ['parents-carers'],
    channel: 'face-to-face-meeting',
    setting: 'community',
    stage: 'design',
    level: 'consulting',
    lundy: { space: true, voice: true, audience: true, influence: false },
    principles: ['open-communication'],
    participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: { send: 6, fsm: 3 } },
    adjustments: ['interpreter'],
    ...overrides,
  };
}

export function newLoop(id: string, signatoryId = council, overrides: Record<string, unknown> = {}) {
  return {
    id,
    signatoryId,
    raisedOn: '2026-04-01',
    youSaid: 'Evening sessions please',
    weDid: '',
    status: 'open',
    principles: ['open-communication'],
    ...overrides,
  };
}
