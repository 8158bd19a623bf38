/** The web session's keys and read, offline, and its requests against the local store. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import type { Store } from '../table/store.ts';
import { timeToLiveAttribute } from '../table/table-definition.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  createWebSession,
  deleteWebSession,
  getWebSession,
  setWebSessionToken,
  webSessionKeys,
  type StoredWebSession,
} from './web-session-entity.ts';

const session: StoredWebSession = {
  token: 'access',
  refreshToken: 'refresh',
  name: 'Bea',
  createdAt: '2026-05-15T12:00:00.000Z',
  expiresAt: '2026-05-15T13:00:00.000Z',
};

describe('web session keys', () => {
  it('address a session by its hash alone', () => {
    expect(webSessionKeys({ hash: 'cd34' }).pk).toContain('cd34');
    expect(webSessionKeys({ hash: 'cd34' }).pk).not.toBe(webSessionKeys({ hash: 'cd35' }).pk);
    expect(webSessionKeys({ hash: 'cd34' })).not.toHaveProperty('gsi1pk');
  });

  it('are read consistently, so a session just started or ended is seen at once', async () => {
    const sent: Record<string, unknown>[] = [];
    const store = {
      tableName: 't',
      client: {
        send: (command: { input: Record<string, unknown> }) => {
          sent.push(command.input);
          return Promise.resolve({});
        },
      },
    } as unknown as Store;
    await expect(getWebSession(store, 'cd34')).resolves.toBeUndefined();
    expect(sent).toEqual([{ TableName: 't', Key: primaryKey(webSessionKeys({ hash: 'cd34' })), ConsistentRead: true }]);
  });
});

describe('web sessions in the table', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('web-session-entity');
  });
  afterAll(() => store.drop());

  const stored = async (hash: string) =>
    (await store.client.send(new GetCommand({ TableName: store.tableName, Key: primaryKey(webSessionKeys({ hash })) })))
      .Item;

  it('are stored under their hash with the TTL at their end, rounded up to the second, and read back', async () => {
    const ending = { ...session, expiresAt: '2026-05-15T13:00:00.400Z' };
    await createWebSession(store, 'h-start', ending);
    expect(await stored('h-start')).toEqual({
      ...webSessionKeys({ hash: 'h-start' }),
      entity: 'web-session',
      ...ending,
      [timeToLiveAttribute]: Date.parse('2026-05-15T13:00:01Z') / 1000,
    });
    await expect(getWebSession(store, 'h-start')).resolves.toEqual(ending);
    await expect(getWebSession(store, 'h-none')).resolves.toBeUndefined();
  });

  it('refuse a second session under the same hash, and keep the first', async () => {
    await createWebSession(store, 'h-twice', session);
    await expect(createWebSession(store, 'h-twice', { ...session, token: 'other' })).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
    await expect(getWebSession(store, 'h-twice')).resolves.toMatchObject({ token: 'access' });
  });

  it('are read as stored, past their end too (the caller refuses those), and not at all without a token or an end', async () => {
    const { refreshToken: _refresh, ...withoutRefresh } = session;
    await createWebSession(store, 'h-plain', { ...withoutRefresh, expiresAt: '2000-01-01T00:00:00.000Z' });
    await expect(getWebSession(store, 'h-plain')).resolves.toEqual({
      ...withoutRefresh,
      expiresAt: '2000-01-01T00:00:00.000Z',
    });
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...webSessionKeys({ hash: 'h-broken' }), entity: 'web-session', expiresAt: session.expiresAt },
      }),
    );
    await expect(getWebSession(store, 'h-broken')).resolves.toBeUndefined();
  });

  it('keep a renewed token, and one ended stays ended: renewing it writes nothing', async () => {
    await createWebSession(store, 'h-renew', session);
    await expect(setWebSessionToken(store, 'h-renew', 'new')).resolves.toBe(true);
    await expect(getWebSession(store, 'h-renew')).resolves.toEqual({ ...session, token: 'new' });
    await deleteWebSession(store, 'h-renew');
    expect(await stored('h-renew')).toBeUndefined();
    await expect(setWebSessionToken(store, 'h-renew', 'newer')).resolves.toBe(false);
    expect(await stored('h-renew')).toBeUndefined();
    // Deleting one that is gone already is no error.
    await deleteWebSession(store, 'h-renew');
  });
});
