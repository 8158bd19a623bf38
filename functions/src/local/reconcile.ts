/**
 * `npm run reconcile`: recomputes every rollup of the local store (the one `npm start`
 * uses, under `.data/`) and reports any drift it repaired. dynalite keeps its files
 * locked while `npm start` runs; to reconcile a running store, point this at it with
 * DYNAMODB_ENDPOINT (printed by `npm start`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reconcile } from '../jobs/reconcile.ts';
import { openStore } from '../open-store.ts';
import { tableStatus } from '../store/index.ts';
import { startDynalite, type RunningStore } from './dynalite.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = process.env.DATA_DIR ?? join(root, '.data');

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const inUse =
  'The local store is in use by `npm start`. Stop it first, or reconcile the running store:\n' +
  '  DYNAMODB_ENDPOINT=<the Store address npm start printed> npm run reconcile';

// dynalite reports files locked by another process by throwing outside any request.
process.on('uncaughtException', (error) => {
  if (/lock|database is closed/i.test(error.message)) fail(inUse);
  fail(`Reconcile failed: ${error.message}`);
});

async function main() {
  const tableName = process.env.TABLE_NAME ?? 'equal-partners';
  let running: RunningStore | undefined;
  let endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) {
    if (!existsSync(join(dataDir, 'dynalite'))) fail('There is no local store yet: run `npm start` first.');
    running = await startDynalite({ path: join(dataDir, 'dynalite') });
    endpoint = running.endpoint;
  }
  const store = openStore({
    tableName,
    region: process.env.AWS_REGION ?? 'eu-west-2',
    endpoint,
    changeDelivery: 'stream',
  });
  try {
    const status = await tableStatus(store.client, tableName);
    if (status !== 'ACTIVE') fail(`The table ${tableName} does not exist at ${endpoint}: run \`npm start\` first.`);
    console.log(`Reconciling the rollups of ${tableName} at ${endpoint}...`);
    const report = await reconcile(store);
    const checked = Object.entries(report.checked)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    console.log(`Checked ${checked}.`);
    if (report.drifted.length === 0) console.log('No drift: every rollup equals the recompute of its records.');
    else {
      console.log(`Repaired ${report.drifted.length} drifted rollup(s):`);
      for (const { kind, key } of report.drifted) console.log(`  ${kind.padEnd(18)} ${key}`);
    }
  } catch (error) {
    if (/lock|database is closed/i.test((error as Error).message)) fail(inUse);
    throw error;
  } finally {
    await running?.close();
  }
}

main().catch((error: unknown) => fail(`Reconcile failed: ${(error as Error).message}`));
