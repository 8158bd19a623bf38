/**
 * `npm start`: the whole product on this machine. Starts dynalite with data kept
 * under `.data/`, creates the table, loads the demo partnership on first run,
 * then serves the API and the dashboard on one origin, and runs the daily alerts into the
 * outbox folder (`.local/outbox/`) while it runs.
 * `npm run reset` (`--reset`) wipes `.data/`, reloads the demo data and exits.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outboxFolder, scheduleLocalAlerts } from '../alerts/local-alerts.ts';
import { createApp } from '../http/app.ts';
import { version } from '../config.ts';
import { createHost, provideHost } from '../host.ts';
import { devSignInRoutes } from '../identity/dev-sign-in-routes.ts';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { openStore } from '../open-store.ts';
import { ensureTable, type Store } from '../table/index.ts';
import { demoUsers } from './demo/demo-partnership.ts';
import { demoLoaded, loadDemoPartnership, type DemoCredentials } from './demo/load-demo.ts';
import { startDynalite, type RunningStore } from './dynalite.ts';
import { loadWebHandler, startLocalServer } from './server.ts';
import { buildWeb, webBuildIsStale } from './web-build.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = process.env.DATA_DIR ?? join(root, '.data');
const credentialsPath = join(dataDir, 'demo-credentials.json');
const reset = process.argv.includes('--reset');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function portIsFree(candidate: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(candidate, host);
  });
}

const portTaken = () =>
  `Port ${port} is already in use, so Equal Partners cannot start there.\n` +
  `Stop the program using it, or choose another port, for example: PORT=${port + 1} npm start`;

async function openLocalStore(): Promise<{ store: Store; running?: RunningStore }> {
  const tableName = process.env.TABLE_NAME ?? 'equal-partners';
  let running: RunningStore | undefined;
  if (!process.env.DYNAMODB_ENDPOINT) {
    mkdirSync(dataDir, { recursive: true });
    running = await startDynalite({ port: Number(process.env.DYNALITE_PORT ?? 0), path: join(dataDir, 'dynalite') });
    process.env.DYNAMODB_ENDPOINT = running.endpoint;
  }
  process.env.TABLE_NAME = tableName;
  const store = openStore({
    tableName,
    region: process.env.AWS_REGION ?? 'eu-west-2',
    endpoint: process.env.DYNAMODB_ENDPOINT,
    changeDelivery: 'inline',
  });
  await ensureTable(store.client, tableName);
  return running ? { store, running } : { store };
}

async function loadDemoOnFirstRun(store: Store): Promise<DemoCredentials | undefined> {
  if (await demoLoaded(store)) return undefined;
  console.log('Loading the demo partnership (first run only)...');
  const credentials = await loadDemoPartnership(store, new Date());
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(credentialsPath, `${JSON.stringify(credentials, null, 2)}\n`);
  return credentials;
}

async function main() {
  if (!reset && !(await portIsFree(port))) fail(portTaken());
  if (reset) {
    rmSync(dataDir, { recursive: true, force: true });
    console.log('Removed .data/.');
  }
  if (!reset && webBuildIsStale()) {
    console.log('Building the web app...');
    buildWeb();
  }

  const { store, running } = await openLocalStore();
  await loadDemoOnFirstRun(store);
  if (reset) {
    await running?.close();
    console.log('The demo partnership was reloaded. Run `npm start` to use it.');
    return;
  }

  const dev = devSignIn(store);
  const appHost = createHost({ store, devSignIn: dev });
  const api = createApp({ host: appHost, version });
  api.add('/api/dev', devSignInRoutes(dev));
  // Pages run their queries on this same host, so they offer the development sign-in too.
  provideHost(appHost);
  // The board's alerts page lists the outbox this process writes.
  process.env.OUTBOX_DIR = outboxFolder();
  const web = await loadWebHandler();
  const server = await startLocalServer({ api, web, port, host }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(portTaken());
    throw error;
  });

  const alerts = scheduleLocalAlerts({ store, users: appHost.deps.users, siteUrl: server.url });

  console.log(`
Equal Partners is running at ${server.url}  (demo data: fictional organisations and people)
  API:        ${server.url}/api/health  ·  ${server.url}/api/v1/signatories
  Store:      ${process.env.DYNAMODB_ENDPOINT} (table ${store.tableName}${running ? ', data kept in .data/' : ''})
  Demo sign-in accounts and one API key per signatory: .data/demo-credentials.json
  Alert e-mails (daily): written to ${process.env.OUTBOX_DIR}, listed at ${server.url}/admin/alerts
${demoUsers.map((a) => `    ${a.role.padEnd(17)} ${a.email}`).join('\n')}
Press Ctrl-C to stop; the data is kept. \`npm run reset\` starts over.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    alerts.stop();
    await server.close();
    await running?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => fail(`Equal Partners could not start: ${(error as Error).message}`));
