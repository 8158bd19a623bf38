import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, forum, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('me');
});
afterAll(() => api.drop());

describe('who is calling', () => {
  it('names the role and organisation behind each kind of credential', async () => {
    const me = async (caller: Parameters<ApiFixture['call']>[0]) =>
      (await api.call(caller, 'GET', '/api/v1/me')).json();
    await expect(me('public')).resolves.toEqual({ kind: 'public' });
    await expect(me('admin')).resolves.toEqual({ kind: 'user', id: 'demo-board-admin', role: 'board-admin' });
    await expect(me('councilEditor')).resolves.toEqual({
      kind: 'user',
      id: 'demo-council-editor',
      role: 'signatory-editor',
      signatoryId: council,
    });
    await expect(me('reviewer')).resolves.toMatchObject({ role: 'reviewer', signatoryId: forum });
    await expect(me('commissioner')).resolves.toEqual({ kind: 'user', id: 'demo-commissioner', role: 'commissioner' });
    await expect(me('councilKey')).resolves.toMatchObject({ kind: 'api-key', signatoryId: council });
  });

  it('refuses a token it does not know rather than treating the caller as the public', async () => {
    const response = await api.app.request('/api/v1/me', {
      headers: { authorization: 'Bearer dev.demo-board-admin.x' },
    });
    expect(response.status).toBe(401);
  });
});

describe('the development sign-in', () => {
  it('lists the seeded accounts with their roles and organisations, never their e-mail addresses', async () => {
    const response = await api.app.request('/api/dev/accounts');
    const { items } = (await response.json()) as { items: Record<string, unknown>[] };
    expect(items.map((a) => a.id).sort()).toEqual([
      'demo-board-admin',
      'demo-commissioner',
      'demo-council-editor',
      'demo-reviewer',
      'demo-school-editor',
    ]);
    expect(items.find((a) => a.id === 'demo-council-editor')).toEqual({
      id: 'demo-council-editor',
      name: 'Cal Editor (demo)',
      role: 'signatory-editor',
      signatoryId: council,
    });
    expect(JSON.stringify(items)).not.toContain('@');
  });
});
