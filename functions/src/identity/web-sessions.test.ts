import { createHash } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeToLiveAttribute } from '../table/index.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { getWebSession, webSessionKeys } from './web-session-entity.ts';
import { webSessions } from './web-sessions.ts';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('web-sessions');
});
afterAll(() => store.drop());

describe('sessions kept on the server', () => {
  it('names a session by a random id of 256 bits, stored only as its hash, with the TTL and expiry', async () => {
    const now = new Date('2026-05-15T12:00:00Z');
    const sessions = webSessions(store, () => now);
    const session = await sessions.start({ token: 'access', refreshToken: 'refresh', name: 'Bea' }, 3600);
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(session.id, 'base64url')).toHaveLength(32);
    expect((await sessions.start({ token: 'access', name: 'Bea' }, 3600)).id).not.toBe(session.id);
    await expect(sessions.read(session.id)).resolves.toEqual({
      id: session.id,
      token: 'access',
      refreshToken: 'refresh',
      name: 'Bea',
      createdAt: '2026-05-15T12:00:00.000Z',
      expiresAt: '2026-05-15T13:00:00.000Z',
    });
    const { Items = [] } = await store.client.send(new ScanCommand({ TableName: store.tableName }));
    const stored = Items.filter((i) => String(i.pk).startsWith(webSessionKeys({ hash: '' }).pk));
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toContain(session.id);
    expect(stored[0]?.[timeToLiveAttribute]).toBe(Date.parse('2026-05-15T13:00:00Z') / 1000);
    // Stored under the SHA-256 of the id, and under nothing the id alone would find.
    await expect(getWebSession(store, session.id)).resolves.toBeUndefined();
    await expect(
      getWebSession(store, createHash('sha256').update(session.id).digest('base64url')),
    ).resolves.toMatchObject({ token: 'access', refreshToken: 'refresh' });
  });

  it('refuses an expired session before DynamoDB’s TTL has removed it', async () => {
    let now = new Date('2026-05-15T12:00:00Z');
    const sessions = webSessions(store, () => now);
    const { id } = await sessions.start({ token: 'access', name: 'Bea' }, 3600);
    now = new Date('2026-05-15T12:59:59Z');
    await expect(sessions.read(id)).resolves.toMatchObject({ token: 'access' });
    now = new Date('2026-05-15T13:00:00Z');
    await expect(sessions.read(id)).resolves.toBeUndefined();
  });

  it('keeps a renewed token, and opens nothing once ended or for an id it never gave', async () => {
    const sessions = webSessions(store);
    const session = await sessions.start({ token: 'old', refreshToken: 'refresh', name: 'Bea' }, 3600);
    await sessions.renew(session.id, 'new');
    await expect(sessions.read(session.id)).resolves.toMatchObject({ token: 'new', refreshToken: 'refresh' });
    await sessions.end(session.id);
    await expect(sessions.read(session.id)).resolves.toBeUndefined();
    // Renewing an ended session does not bring it back.
    await sessions.renew(session.id, 'newer');
    await expect(sessions.read(session.id)).resolves.toBeUndefined();
    for (const id of ['', 'x', 'a'.repeat(43), '../../etc', 'a'.repeat(500)])
      await expect(sessions.read(id)).resolves.toBeUndefined();
  });
});
