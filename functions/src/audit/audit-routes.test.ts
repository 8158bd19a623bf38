/** `/api/v1/audit/{entity}/{id}` and `/api/v1/changes` over HTTP: who changed what and when, for board admins. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFixture, newActivity, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
/** Just before the test's own changes. */
let since: string;
beforeAll(async () => {
  api = await createApiFixture('audit-routes');
  since = new Date().toISOString();
  const created = await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('audited-1') });
  expect(created.status).toBe(201);
  const changed = await api.call('councilEditor', 'PUT', '/api/v1/activities/audited-1', {
    body: newActivity('audited-1', undefined, { title: 'Renamed drop-in' }),
    headers: { 'if-match': '"1"' },
  });
  expect(changed.status).toBe(200);
  expect(
    (await api.call('admin', 'DELETE', '/api/v1/activities/audited-1', { headers: { 'if-match': '"2"' } })).status,
  ).toBe(204);
});
afterAll(() => api.drop());

interface Event {
  entity: string;
  recordId: string;
  action: string;
  by: string;
  version: number;
  at: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}
const items = async (response: Response) => ((await response.json()) as { items: Event[] }).items;

describe('a record’s audit trail', () => {
  it('lists every change, oldest first, with who made it and the record before and after', async () => {
    const response = await api.call('admin', 'GET', '/api/v1/audit/activity/audited-1');
    expect(response.status).toBe(200);
    const trail = await items(response);
    expect(trail.map((e) => [e.action, e.by, e.version])).toEqual([
      ['create', 'user:demo-council-editor', 1],
      ['update', 'user:demo-council-editor', 2],
      ['delete', 'user:demo-board-admin', 2],
    ]);
    expect(trail.every((e) => e.entity === 'activity' && e.recordId === 'audited-1')).toBe(true);
    expect(trail[1]).toMatchObject({
      before: { title: 'Parent drop-in at the library' },
      after: { title: 'Renamed drop-in' },
    });
    expect(JSON.stringify(trail)).not.toMatch(/"(pk|sk|gsi1pk|gsi1sk)"/);
  });

  it('is empty for a record that never existed, and refuses a kind of record that has no trail', async () => {
    expect(await items(await api.call('admin', 'GET', '/api/v1/audit/activity/never-there'))).toEqual([]);
    const refused = await api.call('admin', 'GET', '/api/v1/audit/rollup/audited-1');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ type: '/api/problems/validation' });
  });

  it('is for board admins only', async () => {
    for (const caller of ['councilEditor', 'councilKey', 'reviewer', 'commissioner'] as const) {
      expect((await api.call(caller, 'GET', '/api/v1/audit/activity/audited-1')).status).toBe(403);
    }
    expect((await api.call('public', 'GET', '/api/v1/audit/activity/audited-1')).status).toBe(401);
  });
});

describe('the changes since a time', () => {
  it('lists every change from that time on, oldest first, and none before it', async () => {
    const response = await api.call('admin', 'GET', `/api/v1/changes?since=${since}`);
    expect(response.status).toBe(200);
    const changes = await items(response);
    const ours = changes.filter((e) => e.recordId === 'audited-1');
    expect(ours.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(changes.every((e) => e.at >= since)).toBe(true);
    expect(changes.map((e) => e.at)).toEqual([...changes.map((e) => e.at)].sort());
    const later = await items(await api.call('admin', 'GET', `/api/v1/changes?since=${ours[2]!.at}`));
    expect(later.filter((e) => e.recordId === 'audited-1').map((e) => e.action)).toEqual(['delete']);
  });

  it('refuses a time that is missing or not an ISO 8601 UTC timestamp', async () => {
    for (const query of ['', '?since=yesterday', '?since=2026-05-01']) {
      const response = await api.call('admin', 'GET', `/api/v1/changes${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ type: '/api/problems/validation' });
    }
  });

  it('is for board admins only', async () => {
    expect((await api.call('councilEditor', 'GET', `/api/v1/changes?since=${since}`)).status).toBe(403);
    expect((await api.call('public', 'GET', `/api/v1/changes?since=${since}`)).status).toBe(401);
  });
});
