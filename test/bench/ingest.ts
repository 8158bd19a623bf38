/**
 * `npm run bench:ingest`: how efficiently activities get in (issue 17's measure). Posts
 * activities through `POST /api/v1/activities:batch`, the real API app in-process with
 * everything a post goes through (API key authentication, validation, idempotency, the
 * write with its audit and rollups, delivered after the write as the local server does),
 * and writes items of the same size with plain BatchWriteItem into the same dynalite store.
 * The two alternate, batch by batch, so a busy machine slows both alike. Prints both rates
 * and the ratio API / plain (issue 17's target: at least 0.5).
 *
 * The activities are one signatory's (the demo council's, with its API key), dated across
 * the twelve months before the demo's today, 100 a batch, each batch with an Idempotency-Key.
 * BENCH_INGEST_BATCHES sets the number of batches (5); BENCH_PLAIN_ITEMS the plain items
 * written beside each batch (500).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths } from '@equal-partners/shared';
import { createApp } from '@equal-partners/functions/app';
import { loadDemoPartnership } from '@equal-partners/functions/local/demo';
import { batchPut, createDocumentClient, ensureTable, type Store } from '@equal-partners/functions/store';
import { council, demoToday, newActivity } from '@equal-partners/functions/testing/api-fixture';
import { handleChanges } from '../../functions/src/changes/handle-changes.ts';
import { activityKeys } from '../../functions/src/activities/activity-entity.ts';
import { alternate, plainKey, startStore } from './baseline.ts';
import { printResult } from './bench-result.ts';

const batches = Number(process.env.BENCH_INGEST_BATCHES ?? 5);
const plainPerBatch = Number(process.env.BENCH_PLAIN_ITEMS ?? 500);
const batchSize = 100;

/** Batch `batch`'s activities: dated across the twelve months before the demo's today. */
function activitiesOf(batch: number) {
  const lastMonth = demoToday.toISOString().slice(0, 7);
  return Array.from({ length: batchSize }, (_, n) => {
    const month = addMonths(lastMonth, -1 - (n % 12));
    const day = String(1 + ((batch * batchSize + n) % 28)).padStart(2, '0');
    return newActivity(`ingest-${batch}-${n}`, council, { date: `${month}-${day}` });
  });
}

async function main() {
  const { endpoint, stop } = await startStore();
  try {
    const tableName = 'bench-ingest';
    const client = createDocumentClient({ tableName, region: 'eu-west-2', endpoint });
    await ensureTable(client, tableName);
    const store: Store = { client, tableName };
    const credentials = await loadDemoPartnership(store, demoToday);
    // Changes are delivered after each write, as the local server does.
    store.onChange = handleChanges(store);
    const app = createApp({ store, version: 'bench', today: () => demoToday, rateLimitPerMinute: 1_000_000 });
    const key = credentials.apiKeys.find((k) => k.signatoryId === council)!.key;

    const post = async (batch: number) => {
      const started = performance.now();
      const response = await app.request('/api/v1/activities:batch', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-ingest-${batch}`,
        },
        body: JSON.stringify({ items: activitiesOf(batch) }),
      });
      const outcome = (await response.json()) as { created?: number };
      if (response.status !== 200 || outcome.created !== batchSize)
        throw new Error(
          `batch ${batch}: ${response.status} ${JSON.stringify((outcome as { results?: { status: number }[] }).results?.filter((r) => r.status >= 400)).slice(0, 800)}`,
        );
      return (performance.now() - started) / 1000;
    };

    // The first batch is posted before timing starts (warming the app's code paths), and gives the item to copy.
    await post(batches);
    const first = activitiesOf(batches)[0]!;
    const stored = await client.send(new GetCommand({ TableName: tableName, Key: keysOf(activityKeys(first)) }));
    if (!stored.Item) throw new Error('the first activity posted was not stored');
    const apiItem = stored.Item;
    // The same item under keys of the same lengths, so it is exactly the same size.
    const plainItem = (n: number) => ({
      ...apiItem,
      pk: plainKey(apiItem.pk, String(n)),
      gsi1pk: plainKey(apiItem.gsi1pk),
      gsi2pk: plainKey(apiItem.gsi2pk),
    });
    const write = async (round: number) => {
      const items = Array.from({ length: plainPerBatch }, (_, n) => plainItem(round * plainPerBatch + n));
      const started = performance.now();
      await batchPut(store, items);
      return (performance.now() - started) / 1000;
    };
    await write(batches);

    const { productSeconds: apiSeconds, plainSeconds } = await alternate(batches, post, write);

    const activities = batches * batchSize;
    const plainItems = batches * plainPerBatch;
    const [apiRate, plainRate] = [activities / apiSeconds, plainItems / plainSeconds];
    const bytes = { api: JSON.stringify(apiItem).length, plain: JSON.stringify(plainItem(0)).length };
    console.log(`Ingest into one dynalite store, ${batches} rounds (item of ${bytes.api} bytes as JSON)`);
    console.log(
      `  POST /api/v1/activities:batch   ${activities} activities in ${apiSeconds.toFixed(1)} s: ${apiRate.toFixed(1)} a second`,
    );
    console.log(
      `  plain BatchWriteItem            ${plainItems} items in ${plainSeconds.toFixed(1)} s: ${plainRate.toFixed(0)} a second`,
    );
    console.log(`  ratio ${(apiRate / plainRate).toFixed(3)} (issue 17's target: at least 0.5)`);
    printResult({
      bench: 'ingest',
      api: { activities, batchSize, seconds: apiSeconds },
      plain: { items: plainItems, seconds: plainSeconds },
      itemBytes: bytes,
    });
  } finally {
    await stop();
  }
}

/** The table's primary key of an item's keys. */
function keysOf(keys: { pk: string; sk: string }) {
  return { pk: keys.pk, sk: keys.sk };
}

await main();
