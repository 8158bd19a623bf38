/**
 * Runs a job (`npm run reconcile`, `npm run digest`) against the local store that
 * `npm start` uses, under `.data/`. dynalite keeps its files locked while `npm start`
 * runs; to run a job against a running store, point it there with DYNAMODB_ENDPOINT
 * (printed by `npm start`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../open-store.ts';
import { ensureTable, tableStatus, type Store } from '../table/index.ts';
import { startDynalite, type RunningStore } from './dynalite.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = process.env.DATA_DIR ?? join(root, '.data');

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/**
 * Opens the local store, runs `job` with it, and closes it; any failure ends the process with
 * a message. With `createTable`, a store and table that do not exist yet are created (a restore).
 */
export function runLocalJob(
  name: string,
  job: (store: Store, where: string) => Promise<void>,
  { createTable = false }: { createTable?: boolean } = {},
): void {
  const inUse =
    'The local store is in use by `npm start`. Stop it first, or run against the running store:\n' +
    `  DYNAMODB_ENDPOINT=<the Store address npm start printed> npm run ${name}`;
  // dynalite reports files locked by another process by throwing outside any request.
  process.on('uncaughtException', (error) => {
    if (/lock|database is closed/i.test(error.message)) fail(inUse);
    fail(`${name} failed: ${error.message}`);
  });

  const main = async () => {
    const tableName = process.env.TABLE_NAME ?? 'equal-partners';
    let running: RunningStore | undefined;
    let endpoint = process.env.DYNAMODB_ENDPOINT;
    if (!endpoint) {
      if (createTable) mkdirSync(join(dataDir, 'dynalite'), { recursive: true });
      else if (!existsSync(join(dataDir, 'dynalite'))) fail('There is no local store yet: run `npm start` first.');
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
      if (createTable) await ensureTable(store.client, tableName);
      const status = await tableStatus(store.client, tableName);
      if (status !== 'ACTIVE') fail(`The table ${tableName} does not exist at ${endpoint}: run \`npm start\` first.`);
      await job(store, `${tableName} at ${endpoint}`);
    } catch (error) {
      if (/lock|database is closed/i.test((error as Error).message)) fail(inUse);
      throw error;
    } finally {
      await running?.close();
    }
  };
  main().catch((error: unknown) => fail(`${name} failed: ${(error as Error).message}`));
}
