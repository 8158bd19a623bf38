import type { ApiKeySummary } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { apiKeyAuthenticator } from './api-key-authenticator.ts';
import { createApiKey, getApiKey } from './api-key-entity.ts';
import { generateApiKey } from './api-keys.ts';

let store: TestStore;
/** Writes of `lastUsedAt` the table accepted, counted as the SDK sends them. */
let writes = 0;

beforeAll(async () => {
  store = await createTestStore('api-key-authenticator');
  store.client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      if (JSON.stringify(args.input).includes('lastUsedAt')) writes += 1;
      return result;
    },
    { step: 'initialize', name: 'countLastUseWrites' },
  );
});
afterAll(() => store.drop());

async function issueKey(overrides: Partial<ApiKeySummary> = {}) {
  const key = generateApiKey();
  await createApiKey(store, key.hash, {
    signatoryId: 'oakfield-special-school',
    prefix: key.prefix,
    label: 'School MIS export',
    createdAt: '2026-05-01T09:00:00.000Z',
    createdBy: 'user:demo-board-admin',
    revoked: false,
    ...overrides,
  });
  const lastUsedAt = async () => (await getApiKey(store, key.hash))?.lastUsedAt as string | undefined;
  return { key: key.key, lastUsedAt };
}

const at = (iso: string) => () => new Date(iso);

describe('the API key authenticator', () => {
  it('records a key’s last use once, however many requests it makes within a minute', async () => {
    const { key, lastUsedAt } = await issueKey();
    const before = writes;
    const authenticate = apiKeyAuthenticator(store, at('2026-05-15T12:00:00.000Z'));
    for (let i = 0; i < 25; i += 1)
      await expect(authenticate(key)).resolves.toMatchObject({
        kind: 'api-key',
        signatoryId: 'oakfield-special-school',
      });
    expect(writes - before).toBe(1);
    await expect(lastUsedAt()).resolves.toBe('2026-05-15T12:00:00.000Z');

    // Still within the minute: nothing written.
    await apiKeyAuthenticator(store, at('2026-05-15T12:00:59.000Z'))(key);
    expect(writes - before).toBe(1);
    await expect(lastUsedAt()).resolves.toBe('2026-05-15T12:00:00.000Z');
  });

  it('records it again once a minute has passed since it was last recorded', async () => {
    const { key, lastUsedAt } = await issueKey({ lastUsedAt: '2026-05-15T11:00:00.000Z' });
    const before = writes;
    await apiKeyAuthenticator(store, at('2026-05-15T11:01:00.000Z'))(key);
    await apiKeyAuthenticator(store, at('2026-05-15T11:01:30.000Z'))(key);
    await apiKeyAuthenticator(store, at('2026-05-15T11:02:01.000Z'))(key);
    expect(writes - before).toBe(2);
    await expect(lastUsedAt()).resolves.toBe('2026-05-15T11:02:01.000Z');
  });

  it('records it once when many requests arrive at the same moment', async () => {
    const { key, lastUsedAt } = await issueKey();
    const before = writes;
    const authenticate = apiKeyAuthenticator(store, at('2026-05-15T13:00:00.000Z'));
    const principals = await Promise.all(Array.from({ length: 10 }, () => authenticate(key)));
    expect(principals.every((p) => p?.kind === 'api-key')).toBe(true);
    expect(writes - before).toBe(1);
    await expect(lastUsedAt()).resolves.toBe('2026-05-15T13:00:00.000Z');
  });

  it('refuses a revoked key, or one it does not know, and records nothing', async () => {
    const { key, lastUsedAt } = await issueKey({ revoked: true });
    const before = writes;
    await expect(apiKeyAuthenticator(store)(key)).resolves.toBeUndefined();
    await expect(apiKeyAuthenticator(store)(generateApiKey().key)).resolves.toBeUndefined();
    expect(writes - before).toBe(0);
    await expect(lastUsedAt()).resolves.toBeUndefined();
  });
});
