/**
 * The local outbox: where the alerts job puts its e-mails when there is no mail service
 * (`npm start`, `npm run digest`, the tests), one JSON file per message, and where the
 * board's alerts page (`/admin/alerts`) reads them back, newest first. Its folder is
 * `OUTBOX_DIR`, `.local/outbox/` under the repository by default.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AlertSender } from './alert-job.ts';
import type { AlertMessage } from './alert-message.ts';

/** A message in the outbox, with when it was written. */
export interface OutboxMessage extends AlertMessage {
  writtenAt: string;
}

/** A sender that writes each message to `folder` as `<time>-<n>.json`. */
export function outboxSender(folder: string, now: () => Date = () => new Date()): AlertSender {
  let count = 0;
  return {
    async send(message) {
      await mkdir(folder, { recursive: true });
      const writtenAt = now().toISOString();
      count += 1;
      const name = `${writtenAt.replace(/[:.]/g, '-')}-${process.pid}-${count}.json`;
      const saved: OutboxMessage = { ...message, writtenAt };
      await writeFile(join(folder, name), `${JSON.stringify(saved, null, 2)}\n`, { flag: 'wx' });
    },
  };
}

const isMessage = (value: unknown): value is OutboxMessage =>
  typeof value === 'object' &&
  value !== null &&
  ['to', 'subject', 'text', 'writtenAt'].every(
    (field) => typeof (value as Record<string, unknown>)[field] === 'string',
  );

/** The messages in `folder`, newest first, at most `limit`; none when the folder does not exist. */
export async function readOutbox(folder: string, limit = 50): Promise<OutboxMessage[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const newest = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit);
  const messages = await Promise.all(
    newest.map(async (name) => {
      try {
        const parsed: unknown = JSON.parse(await readFile(join(folder, name), 'utf8'));
        return isMessage(parsed) ? [parsed] : [];
      } catch {
        return [];
      }
    }),
  );
  return messages.flat();
}
