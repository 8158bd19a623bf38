/** Runs dynalite, the embedded DynamoDB-compatible store, in this process: on disk for `npm start`, in memory for tests. */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { refuseWhatDynamoDbRefuses } from './dynamodb-rules.ts';

export interface RunningStore {
  endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite on `port` (0 picks a free one), keeping data under `path` when given.
 * It refuses what DynamoDB refuses where the two are known to differ (dynamodb-rules.ts).
 */
export async function startDynalite({ port = 0, path }: { port?: number; path?: string } = {}): Promise<RunningStore> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
  refuseWhatDynamoDbRefuses(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
