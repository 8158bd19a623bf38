/**
 * The product under `npm run test:load`, in a process of its own so the load it serves
 * does not share an event loop with the clients sending it: `startApp` on a table of its
 * own on the DynamoDB endpoint given as the first argument, with the per-client rate limit
 * given as the second. Talks to the run over its IPC channel: says where it listens, lists
 * the activities the run stored, and stops (dropping its table) when told. Both wait for the
 * store to fall quiet first: the posts the run cut off at its end are still being written.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { demoToday } from '@equal-partners/functions/testing/api-fixture';
import { createDocumentClient, ensureTable } from '@equal-partners/functions/store';
import type { TestStore } from '@equal-partners/functions/testing';
import { handleChanges } from '../../functions/src/changes/handle-changes.ts';
import { listActivitiesOfSignatory } from '../../functions/src/activities/activity-entity.ts';
import { countedAnswerIds } from '../../functions/src/feedback/feedback-entity.ts';
import { startApp } from '../support/app-server.ts';

/** What this process tells the run once it listens. */
export interface LoadAppReady {
  kind: 'ready';
  url: string;
  apiKeys: { signatoryId: string; key: string }[];
}

/** What the run asks of this process. */
export type LoadAppRequest =
  | { kind: 'count'; signatoryIds: string[]; date: string; idPrefix: string }
  | { kind: 'answers'; activityIds: string[] }
  | { kind: 'stop' };

const [endpoint, rateLimit] = process.argv.slice(2);
if (!endpoint || !rateLimit || !process.send) throw new Error('Usage: started by test/load/run.ts');
const tell = process.send.bind(process);

const tableName = `ep-load-${randomBytes(6).toString('hex')}`;
const client = createDocumentClient({ tableName, region: 'eu-west-2', endpoint });
await ensureTable(client, tableName);
const store: TestStore = {
  client,
  tableName,
  endpoint,
  drop: async () => {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  },
};
// Changes are delivered in-process after each write, as the local server does.
store.onChange = handleChanges(store);

// Every read and write goes through the client: counting its commands in flight tells when the store is quiet.
let pending = 0;
let lastSettled = Date.now();
const sendCommand = client.send.bind(client) as (...args: unknown[]) => Promise<unknown>;
client.send = ((...args: unknown[]) => {
  pending += 1;
  return sendCommand(...args).finally(() => {
    pending -= 1;
    lastSettled = Date.now();
  });
}) as typeof client.send;
/** Waits until no command has been in flight for a second. */
async function quiet(): Promise<void> {
  while (pending > 0 || Date.now() - lastSettled < 1000) await sleep(100);
}

// The pages read the viewer's address from X-Forwarded-For, as behind CloudFront: the run's families answer from many.
process.env.ADDRESS_HEADER = 'x-forwarded-for';
const app = await startApp(demoToday, { rateLimitPerMinute: Number(rateLimit), store });
// Every request of the run goes to the loopback address itself.
const url = app.url.replace('//localhost:', '//127.0.0.1:');
tell({
  kind: 'ready',
  url,
  apiKeys: app.credentials.apiKeys.map(({ signatoryId, key }) => ({ signatoryId, key })),
} satisfies LoadAppReady);

process.on('message', (message: LoadAppRequest) => {
  if (message.kind === 'count') {
    void quiet()
      .then(() =>
        Promise.all(
          message.signatoryIds.map((signatoryId) =>
            listActivitiesOfSignatory(store, signatoryId, { from: message.date, to: message.date }),
          ),
        ),
      )
      .then((lists) => {
        const ids = lists
          .flat()
          .map((activity) => activity.id)
          .filter((id) => id.startsWith(message.idPrefix));
        tell({ kind: 'counted', ids });
      });
  } else if (message.kind === 'answers') {
    // The ids of the answers each link counted, read once the store is quiet.
    void quiet()
      .then(() => Promise.all(message.activityIds.map((activityId) => countedAnswerIds(store, activityId))))
      .then((lists) => tell({ kind: 'counted', ids: lists.flat() }));
  } else {
    void quiet()
      .then(() => app.stop())
      .then(() => process.exit(0));
  }
});
