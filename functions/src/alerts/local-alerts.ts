/**
 * The alerts job on this machine: messages go to the outbox folder (./outbox.ts) instead
 * of a mail service. `npm start` runs it when it starts and then every hour, which sends
 * each day's alerts once (the job itself refuses to send anything twice on one day) and
 * retries within the hour a message that could not be written; `npm run digest` runs it once.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserDirectory } from '../identity/user-directory.ts';
import type { Store } from '../table/index.ts';
import { sendAlerts, type AlertRunReport } from './alert-job.ts';
import { outboxSender } from './outbox.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The outbox folder: `OUTBOX_DIR`; else `outbox/` in `DATA_DIR` when the data is kept
 * elsewhere (a test's own store); else `.local/outbox/` under the repository.
 */
export function outboxFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OUTBOX_DIR) return env.OUTBOX_DIR;
  return env.DATA_DIR ? join(env.DATA_DIR, 'outbox') : join(root, '.local', 'outbox');
}

export interface LocalAlertOptions {
  store: Store;
  users: UserDirectory;
  siteUrl: string;
  today?: () => Date;
  folder?: string;
}

/** Runs today's alerts once into the outbox. */
export function runLocalAlerts(options: LocalAlertOptions): Promise<AlertRunReport> {
  return sendAlerts({
    store: options.store,
    users: options.users,
    sender: outboxSender(options.folder ?? outboxFolder()),
    today: options.today ?? (() => new Date()),
    siteUrl: options.siteUrl,
    warn: (message, fields) => console.warn(message, fields),
  });
}

/** How often `npm start` runs the job: each day's alerts go out within this long of midnight (UTC). */
export const localAlertsEveryMs = 60 * 60 * 1000;

/** Runs the alerts now and every `localAlertsEveryMs` until `stop` is called; a failed run is reported and retried next time. */
export function scheduleLocalAlerts(options: LocalAlertOptions): { stop: () => void } {
  const run = () =>
    runLocalAlerts(options).catch((error: unknown) =>
      console.warn(`The alerts job failed and runs again within the hour: ${(error as Error).message}`),
    );
  void run();
  const timer = setInterval(() => void run(), localAlertsEveryMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
