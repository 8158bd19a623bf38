import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { createApp } from '../http/app.ts';
import { council, createApiFixture, demoToday, newActivity, newLoop, type ApiFixture } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  activityOfToken,
  countAnswer,
  getFeedbackCounts,
  getFeedbackSettings,
  getFeedbackTiming,
  listFeedbackCounts,
} from '../feedback/feedback-entity.ts';
import { BackupLineRefused, exportPartnership, importPartnership } from './backup.ts';

let api: ApiFixture;
let restored: TestStore;
let first: string[];
let feedbackToken: string;
/** The random ids of the answers counted: five answers, the first sent twice. */
const answerIds = [
  'AAAAAAAAAAAAAAAAAAAAAA',
  'BBBBBBBBBBBBBBBBBBBBBB',
  'CCCCCCCCCCCCCCCCCCCCCC',
  'DDDDDDDDDDDDDDDDDDDDDD',
  'EEEEEEEEEEEEEEEEEEEEEE',
];
const feedbackAnswer = (answerId: string, feltListened: 'yes' | 'not-sure' | 'no') => ({
  activityId: 'backup-fb',
  token: feedbackToken,
  answerId,
  feltListened,
  knowWhatHappensNext: 'yes' as const,
  easyToTakePart: 'no' as const,
  today: '2026-05-04',
  at: '2026-05-04T10:00:00Z',
  cap: 20,
});

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
  // An activity whose feedback link has counted answers (one of them sent twice).
  await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('backup-fb') });
  const switched = await api.call('councilEditor', 'PUT', '/api/v1/activities/backup-fb/feedback', {
    body: { on: true, form: 'easy-read' },
  });
  feedbackToken = ((await switched.json()) as { feedback: { token: string } }).feedback.token;
  for (const [i, choice] of (['yes', 'yes', 'no', 'not-sure', 'yes', 'yes'] as const).entries())
    await countAnswer(api.store, feedbackAnswer(answerIds[i % 5]!, choice));
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

  it('carries each feedback link, its settings and its counts: the link opens the same activity, and an answer sent again is not counted again', async () => {
    const lines = first.filter((line) => line.includes('backup-fb') && line.includes('"entity":"feedback'));
    expect(lines.map((line) => (JSON.parse(line) as { entity: string }).entity).sort()).toEqual([
      'feedback',
      'feedback-token',
    ]);
    expect(await activityOfToken(restored, feedbackToken)).toBe('backup-fb');
    const counts = await getFeedbackCounts(restored, 'backup-fb');
    expect(counts).toEqual(await getFeedbackCounts(api.store, 'backup-fb'));
    expect(counts).toMatchObject({
      responses: 5,
      idsCounted: 5,
      answers: { feltListened: { yes: 3, 'not-sure': 1, no: 1 } },
    });
    expect(await getFeedbackSettings(restored, 'backup-fb')).toEqual(await getFeedbackSettings(api.store, 'backup-fb'));
    expect(await getFeedbackTiming(restored, 'backup-fb')).toEqual([{ minute: '2026-05-04T10:00', answers: 5 }]);
    expect(await listFeedbackCounts(restored, council)).toEqual(await listFeedbackCounts(api.store, council));
    expect(await countAnswer(restored, feedbackAnswer(answerIds[0]!, 'yes'))).toBe('already-counted');
    expect(await countAnswer(restored, feedbackAnswer('FFFFFFFFFFFFFFFFFFFFFF', 'no'))).toBe('counted');
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
