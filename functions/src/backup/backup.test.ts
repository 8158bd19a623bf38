import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { createApp } from '../http/app.ts';
import { council, createApiFixture, demoToday, newActivity, newLoop, type ApiFixture } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { BackupLineRefused, exportPartnership, importPartnership } from './backup.ts';

let api: ApiFixture;
let restored: TestStore;
let first: string[];

beforeAll(async () => {
  api = await createApiFixture('backup');
  // Changes after the demo load, so the audit trail has creates, updates and deletes to carry.
  await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('backup-1') });
  await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('backup-2') });
  await api.call('councilEditor', 'PUT', '/api/v1/loops/backup-2', {
    body: newLoop('backup-2', council, {
      weDid: 'We moved the sessions to the evening',
      status: 'responded',
      respondedOn: '2026-04-20',
    }),
    headers: { 'if-match': '"1"' },
  });
  await api.call('councilEditor', 'DELETE', '/api/v1/activities/backup-1', { headers: { 'if-match': '"1"' } });
  first = await exportPartnership(api.store);
  restored = await createTestStore('restored');
  await importPartnership(restored, first, () => demoToday);
});
afterAll(async () => {
  await api.drop();
  await restored.drop();
});

/** An app over the restored table, and a token of one of its (restored) accounts. */
async function restoredApi(userId: string) {
  const dev = devSignIn(restored);
  const app = createApp({
    store: restored,
    version: 'test',
    today: () => demoToday,
    authenticators: [dev.authenticator],
  });
  const token = await dev.issueToken(userId);
  if (!token) throw new Error(`no restored account ${userId}`);
  return (path: string) => app.request(path, { headers: { authorization: `Bearer ${token}` } });
}

describe('backup and restore', () => {
  it('writes every kind of record, account, API key and audit event, and no session or rollup', () => {
    const entities = new Set(first.map((line) => (JSON.parse(line) as { entity: string }).entity));
    for (const entity of ['partnership', 'baseline', 'signatory', 'activity', 'loop', 'assessment', 'challenge'])
      expect(entities).toContain(entity);
    for (const entity of ['user', 'api-key', 'audit-event', 'demo-marker']) expect(entities).toContain(entity);
    for (const entity of ['rollup', 'rollup-segments', 'rollup-rows', 'standing', 'web-session', 'token-revocation'])
      expect(entities).not.toContain(entity);
    const text = first.join('\n');
    expect(text).not.toMatch(/"pk"|"gsi1pk"/);
    // The audit trail of the deleted activity came along.
    const trail = first.filter((line) => line.includes('"recordId":"backup-1"'));
    expect(trail.map((line) => (JSON.parse(line) as { item: { action: string } }).item.action).sort()).toEqual([
      'create',
      'delete',
    ]);
  });

  it('gives the same file when the restored partnership is exported again', async () => {
    expect(await exportPartnership(restored)).toEqual(first);
  });

  it('gives the restored partnership the same figures, exact and public', async () => {
    const original = (path: string) => api.call('admin', 'GET', path);
    const copy = await restoredApi('demo-board-admin');
    for (const path of [
      '/api/v1/metrics/partnership?period=FY2025',
      `/api/v1/metrics/signatories/${council}?period=FY2025`,
      '/api/v1/public/metrics/partnership?period=FY2025',
      `/api/v1/public/metrics/signatories/${council}?period=FY2025-Q4`,
    ]) {
      const [a, b] = [await original(path), await copy(path)];
      expect(b.status, path).toBe(200);
      expect(await b.json(), path).toEqual(await a.json());
    }
  });

  it('signs in the restored accounts, and their API keys still work', async () => {
    const copy = await restoredApi('demo-council-editor');
    expect((await copy(`/api/v1/loops/backup-2`)).status).toBe(200);
    const app = createApp({ store: restored, version: 'test', today: () => demoToday });
    const key = api.tokens.councilKey;
    const response = await app.request('/api/v1/activities?limit=1', { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
  });

  it('restores into an empty table only, and writes nothing from a file with a bad line', async () => {
    await expect(importPartnership(restored, first)).rejects.toThrow(/not empty/);
    const empty = await createTestStore('bad-backup');
    try {
      const broken = [...first.slice(0, 3), '{"entity":"spaceship","item":{}}', ...first.slice(3)];
      await expect(importPartnership(empty, broken)).rejects.toThrow(BackupLineRefused);
      await expect(importPartnership(empty, broken)).rejects.toThrow(/Line 4/);
      expect(await exportPartnership(empty)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});
