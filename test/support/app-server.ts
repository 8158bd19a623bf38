/**
 * The whole product on a free port for browser tests: a table of the test's own,
 * loaded with the demo partnership, served by the same local server as `npm start`.
 */
import { createApp } from '@equal-partners/functions/app';
import { loadDemoPartnership } from '@equal-partners/functions/local/demo';
import { loadWebHandler, startLocalServer, type LocalServer } from '@equal-partners/functions/local';
import { createTestStore, type TestStore } from '@equal-partners/functions/testing';

export interface RunningApp {
  url: string;
  store: TestStore;
  stop(): Promise<void>;
}

export async function startApp(today: Date): Promise<RunningApp> {
  const store = await createTestStore('e2e');
  await loadDemoPartnership(store, today);
  // The web app renders pages with the API in-process, configured from the environment.
  process.env.DYNAMODB_ENDPOINT = store.endpoint;
  process.env.TABLE_NAME = store.tableName;
  const api = createApp({ store, version: 'test', today: () => today });
  const server: LocalServer = await startLocalServer({ api, web: await loadWebHandler(), port: 0 });
  return {
    url: server.url,
    store,
    stop: async () => {
      await server.close();
      await store.drop();
    },
  };
}
