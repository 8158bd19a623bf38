/** `/api/v1/partnership` over HTTP: anyone reads it; board admins change it at the version they read. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../http/app.ts';
import { createApiFixture, demoToday, type ApiFixture } from '../testing/api-fixture.ts';
import { createTestStore } from '../testing/test-store.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('partnership-routes');
});
afterAll(() => api.drop());

type Partnership = Record<string, unknown> & {
  settings: Record<string, unknown>;
  version?: number;
  demoLabel?: string;
};

const read = async () => {
  const response = await api.call('public', 'GET', '/api/v1/partnership');
  expect(response.status).toBe(200);
  return { etag: response.headers.get('etag')!, body: (await response.json()) as Partnership };
};

/** The body of a PUT: the partnership as read, without what the server adds. */
const writable = ({
  demoLabel: _d,
  createdAt: _c,
  updatedAt: _u,
  createdBy: _cb,
  updatedBy: _ub,
  version: _v,
  ...rest
}: Partnership) => rest;

describe('reading the partnership', () => {
  it('gives anyone the partnership with its version as the ETag and the demo label', async () => {
    const { etag, body } = await read();
    expect(etag).toBe(`"${body.version}"`);
    expect(body.demoLabel).toEqual(expect.any(String));
    expect(body.settings).toMatchObject({ loopDueDays: expect.any(Number) });
  });

  it('answers 404 with a problem where no partnership is set up yet', async () => {
    const store = await createTestStore('partnership-routes-empty');
    try {
      const app = createApp({ store, version: 'test', today: () => demoToday, authenticators: [] });
      const response = await app.request('/api/v1/partnership');
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        type: '/api/problems/not-found',
        status: 404,
        detail: 'This deployment has no partnership set up yet.',
        rule: 'noPartnership',
      });
    } finally {
      await store.drop();
    }
  });
});

describe('changing the partnership', () => {
  it('replaces it at the version read, and the next read has the change and the next version', async () => {
    const before = await read();
    const body = { ...writable(before.body), settings: { ...before.body.settings, loopDueDays: 61 } };
    const response = await api.call('admin', 'PUT', '/api/v1/partnership', {
      body,
      headers: { 'if-match': before.etag },
    });
    expect(response.status).toBe(200);
    const next = `"${before.body.version! + 1}"`;
    expect(response.headers.get('etag')).toBe(next);
    expect(await response.json()).toMatchObject({ updatedBy: 'user:demo-board-admin', settings: { loopDueDays: 61 } });
    const after = await read();
    expect(after.etag).toBe(next);
    expect(after.body.settings.loopDueDays).toBe(61);
  });

  it('refuses a change made on a version that is no longer current with 412, and keeps the current one', async () => {
    const current = await read();
    const stale = `"${current.body.version! - 1}"`;
    const body = { ...writable(current.body), settings: { ...current.body.settings, loopDueDays: 30 } };
    const response = await api.call('admin', 'PUT', '/api/v1/partnership', { body, headers: { 'if-match': stale } });
    expect(response.status).toBe(412);
    expect(await read()).toEqual(current);
  });

  it('requires If-Match (428), a valid body (400, naming the field), and changes nothing when refused', async () => {
    const current = await read();
    const body = writable(current.body);
    const withoutVersion = await api.call('admin', 'PUT', '/api/v1/partnership', { body });
    expect(withoutVersion.status).toBe(428);
    expect(await withoutVersion.json()).toMatchObject({ type: '/api/problems/precondition-required' });
    const invalid = await api.call('admin', 'PUT', '/api/v1/partnership', {
      body: { ...body, settings: { ...current.body.settings, disclosureThreshold: 4 } },
      headers: { 'if-match': current.etag },
    });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(await invalid.json())).toContain('disclosureThreshold');
    expect(await read()).toEqual(current);
  });

  it('is for board admins only', async () => {
    const current = await read();
    const request = { body: writable(current.body), headers: { 'if-match': current.etag } };
    for (const caller of ['councilEditor', 'councilKey', 'reviewer', 'commissioner'] as const) {
      expect((await api.call(caller, 'PUT', '/api/v1/partnership', request)).status).toBe(403);
    }
    expect((await api.call('public', 'PUT', '/api/v1/partnership', request)).status).toBe(401);
    expect(await read()).toEqual(current);
  });
});
