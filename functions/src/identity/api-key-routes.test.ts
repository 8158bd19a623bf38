/** `/api/v1/api-keys` over HTTP: a board admin issues, lists and revokes a signatory's keys. */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, school, type ApiFixture } from '../testing/api-fixture.ts';
import { hashApiKey } from './api-keys.ts';
import { getApiKey } from './api-key-entity.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('api-key-routes');
});
afterAll(() => api.drop());

interface Issued {
  key: string;
  prefix: string;
  signatoryId: string;
  label: string;
  revoked: boolean;
}
type Listed = { items: (Omit<Issued, 'key'> & Record<string, unknown>)[] };

const json = async <T>(response: Response) => (await response.json()) as T;
const issue = async (signatoryId = school, label = 'School MIS export') =>
  api.call('admin', 'POST', '/api/v1/api-keys', { body: { signatoryId, label } });
const asKey = (key: string, path: string) => api.app.request(path, { headers: { authorization: `Bearer ${key}` } });

describe('issuing an API key', () => {
  it('gives the key once, stores only its hash, and the key then signs in as its signatory', async () => {
    const response = await issue();
    expect(response.status).toBe(201);
    const issued = await json<Issued>(response);
    expect(issued).toMatchObject({ signatoryId: school, label: 'School MIS export', revoked: false });
    expect(issued.prefix).toMatch(/^ep_[0-9a-f]{8}$/);
    expect(issued.key.startsWith(`${issued.prefix}_`)).toBe(true);

    const stored = await getApiKey(api.store, hashApiKey(issued.key));
    expect(stored).toMatchObject({ prefix: issued.prefix, createdBy: 'user:demo-board-admin', version: 1 });
    const { Items = [] } = await api.store.client.send(new ScanCommand({ TableName: api.store.tableName }));
    expect(JSON.stringify(Items)).not.toContain(issued.key);

    const me = await asKey(issued.key, '/api/v1/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ signatoryId: school });
  });

  it('refuses a signatory that does not exist with 422, and issues nothing', async () => {
    const before = await json<Listed>(await api.call('admin', 'GET', '/api/v1/api-keys'));
    const response = await issue('no-such-signatory');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ type: '/api/problems/invalid-reference' });
    const after = await json<Listed>(await api.call('admin', 'GET', '/api/v1/api-keys'));
    expect(after.items).toHaveLength(before.items.length);
  });

  it('refuses a body without a label with 400', async () => {
    const response = await api.call('admin', 'POST', '/api/v1/api-keys', { body: { signatoryId: school } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ type: '/api/problems/validation' });
  });

  it('is for board admins only', async () => {
    expect(
      (await api.call('councilEditor', 'POST', '/api/v1/api-keys', { body: { signatoryId: council, label: 'x' } }))
        .status,
    ).toBe(403);
    expect(
      (await api.call('public', 'POST', '/api/v1/api-keys', { body: { signatoryId: council, label: 'x' } })).status,
    ).toBe(401);
  });
});

describe('listing API keys', () => {
  it('lists a signatory’s keys, or every key, never the keys themselves', async () => {
    const forSchool = await json<Issued>(await issue(school, 'Listed school key'));
    const forCouncil = await json<Issued>(await issue(council, 'Listed council key'));
    const ofSchool = await json<Listed>(await api.call('admin', 'GET', `/api/v1/api-keys?signatoryId=${school}`));
    expect(ofSchool.items.map((k) => k.prefix)).toContain(forSchool.prefix);
    expect(ofSchool.items.map((k) => k.prefix)).not.toContain(forCouncil.prefix);
    expect(ofSchool.items.every((k) => k.signatoryId === school)).toBe(true);
    const all = await json<Listed>(await api.call('admin', 'GET', '/api/v1/api-keys'));
    expect(all.items.map((k) => k.prefix)).toEqual(expect.arrayContaining([forSchool.prefix, forCouncil.prefix]));
    const text = JSON.stringify(all);
    expect(text).not.toContain(forSchool.key);
    expect(text).not.toContain(forCouncil.key);
    for (const item of all.items)
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['key', 'pk', 'entity']));
  });

  it('is for board admins only', async () => {
    expect((await api.call('councilEditor', 'GET', '/api/v1/api-keys')).status).toBe(403);
    expect((await api.call('councilKey', 'GET', '/api/v1/api-keys')).status).toBe(403);
    expect((await api.call('public', 'GET', '/api/v1/api-keys')).status).toBe(401);
  });
});

describe('revoking an API key', () => {
  it('stops the key working and lists it as revoked, by whom', async () => {
    const issued = await json<Issued>(await issue(school, 'To revoke'));
    expect((await asKey(issued.key, '/api/v1/me')).status).toBe(200);
    expect((await api.call('admin', 'DELETE', `/api/v1/api-keys/${issued.prefix}`)).status).toBe(204);
    expect((await asKey(issued.key, '/api/v1/me')).status).toBe(401);
    const listed = await json<Listed>(await api.call('admin', 'GET', `/api/v1/api-keys?signatoryId=${school}`));
    expect(listed.items.find((k) => k.prefix === issued.prefix)).toMatchObject({ revoked: true });
  });

  it('answers 404 for a prefix no key has, and 400 for one no key could have', async () => {
    const missing = await api.call('admin', 'DELETE', '/api/v1/api-keys/ep_00000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ type: '/api/problems/not-found' });
    expect((await api.call('admin', 'DELETE', '/api/v1/api-keys/not-a-prefix')).status).toBe(400);
  });

  it('is for board admins only, and a refused revoke leaves the key working', async () => {
    const issued = await json<Issued>(await issue(council, 'Kept'));
    expect((await api.call('councilEditor', 'DELETE', `/api/v1/api-keys/${issued.prefix}`)).status).toBe(403);
    expect((await api.call('public', 'DELETE', `/api/v1/api-keys/${issued.prefix}`)).status).toBe(401);
    expect((await asKey(issued.key, '/api/v1/me')).status).toBe(200);
  });
});
