import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSignIn } from './dev-sign-in.ts';
import { tokenRevocations } from './revocations.ts';
import { council, createApiFixture, forum, type ApiFixture } from '../testing/api-fixture.ts';
import { createApp } from '../http/app.ts';

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

describe('signing out', () => {
  const signIn = async (userId: string) => {
    const response = await api.app.request('/api/dev/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId }),
    });
    return ((await response.json()) as { token: string; expiresIn: number }).token;
  };
  const me = (token: string) => api.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });

  it('revokes the token: it no longer answers, though it has not expired, and signing in again works', async () => {
    const token = await signIn('demo-school-editor');
    expect((await me(token)).status).toBe(200);
    const signedOut = await api.app.request('/api/v1/me:sign-out', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(signedOut.status).toBe(204);
    const after = await me(token);
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toContain('application/problem+json');
    expect((await me(await signIn('demo-school-editor'))).status).toBe(200);
  });

  it('needs a signed-in person: the public get 401, an API key 403', async () => {
    const publicCall = await api.call('public', 'POST', '/api/v1/me:sign-out');
    expect(publicCall.status).toBe(401);
    const keyCall = await api.call('councilKey', 'POST', '/api/v1/me:sign-out');
    expect(keyCall.status).toBe(403);
    expect((await api.call('councilKey', 'GET', '/api/v1/me')).status).toBe(200);
  });

  it('answers a retry with the same Idempotency-Key as the first time', async () => {
    const token = await signIn('demo-commissioner');
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': 'sign-out-0001' };
    const first = await api.app.request('/api/v1/me:sign-out', { method: 'POST', headers });
    expect(first.status).toBe(204);
    const retried = await api.app.request('/api/v1/me:sign-out', { method: 'POST', headers });
    // The token is revoked by then, so the retry is refused before it reaches the stored answer.
    expect(retried.status).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const document = (await (await api.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(document.paths['/api/v1/me:sign-out']).toHaveProperty('post');
  });
});

describe('development tokens', () => {
  it('expire an hour after they were issued, as Cognito’s access tokens do', async () => {
    let clock = Date.now();
    const dev = devSignIn(api.store, { now: () => clock, revocations: tokenRevocations(api.store) });
    const app = createApp({ store: api.store, version: 'test', authenticators: [dev.authenticator] });
    const token = (await dev.issueToken('demo-reviewer'))!;
    const me = () => app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(dev.lifetimeSeconds).toBe(3600);
    clock += 3600_000 - 1;
    expect((await me()).status).toBe(200);
    clock += 1;
    expect((await me()).status).toBe(401);
    await expect(dev.authenticator(token)).resolves.toBeUndefined();
  });

  it('carry their issue time under the signature: changing it forges nothing', async () => {
    const dev = devSignIn(api.store);
    const token = (await dev.issueToken('demo-reviewer'))!;
    const [, userId, issuedAt, signature] = token.split('.');
    const later = `dev.${userId}.${Number(issuedAt) + 3600_000}.${signature}`;
    await expect(dev.authenticator(token)).resolves.toMatchObject({ id: 'demo-reviewer' });
    await expect(dev.authenticator(later)).resolves.toBeUndefined();
  });
});
