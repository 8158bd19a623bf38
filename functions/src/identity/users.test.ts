import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../audit/audit-events.ts';
import { devSignIn } from './dev-sign-in.ts';
import { revocationCacheMs, tokenRevocations } from './revocations.ts';
import { council, createApiFixture, demoToday, forum, school, type ApiFixture } from '../testing/api-fixture.ts';
import { createApp } from '../http/app.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('users');
});
afterAll(() => api.drop());

interface Account {
  id: string;
  email: string;
  role?: string;
  signatoryId?: string;
  enabled: boolean;
}

const signIn = async (userId: string) =>
  (
    (await (
      await api.app.request('/api/dev/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      })
    ).json()) as { token?: string }
  ).token;

describe('the board manages who can sign in', () => {
  it('lists every account with its role and organisation, to board admins only', async () => {
    const response = await api.call('admin', 'GET', '/api/v1/users');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: Account[] };
    expect(items.find((a) => a.id === 'demo-council-editor')).toMatchObject({
      email: 'council.editor@demo.example',
      role: 'signatory-editor',
      signatoryId: council,
      enabled: true,
    });
    for (const caller of ['councilEditor', 'reviewer', 'commissioner', 'councilKey', 'public'] as const) {
      expect((await api.call(caller, 'GET', '/api/v1/users')).status).toBe(caller === 'public' ? 401 : 403);
    }
  });

  it('adds someone who can then sign in with that role, and records who did it', async () => {
    const response = await api.call('admin', 'POST', '/api/v1/users', {
      body: { email: 'New.Governor@Oakfield.example', role: 'signatory-editor', signatoryId: school },
    });
    expect(response.status).toBe(201);
    const added = (await response.json()) as Account;
    expect(added).toMatchObject({
      email: 'new.governor@oakfield.example',
      role: 'signatory-editor',
      signatoryId: school,
    });

    const token = await signIn(added.id);
    const me = await api.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    await expect(me.json()).resolves.toMatchObject({ role: 'signatory-editor', signatoryId: school });

    const trail = await auditTrail(api.store, 'user', added.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', by: 'user:demo-board-admin' });

    const again = await api.call('admin', 'POST', '/api/v1/users', {
      body: { email: 'new.governor@oakfield.example', role: 'reviewer', signatoryId: forum },
    });
    expect(again.status).toBe(409);
    await expect(again.json()).resolves.toMatchObject({ errors: [{ pointer: '/email' }] });
  });

  it('lets a commissioner in without an organisation, and they read every signatory’s exact figures', async () => {
    const response = await api.call('admin', 'POST', '/api/v1/users', {
      body: { email: 'commissioning.officer@icb.example', role: 'commissioner' },
    });
    expect(response.status).toBe(201);
    const added = (await response.json()) as Account;
    expect(added).toMatchObject({ role: 'commissioner', enabled: true });
    expect(added.signatoryId).toBeUndefined();

    const token = await signIn(added.id);
    const headers = { authorization: `Bearer ${token}` };
    const me = await api.app.request('/api/v1/me', { headers });
    await expect(me.json()).resolves.toEqual({ kind: 'user', id: added.id, role: 'commissioner' });
    for (const path of ['/api/v1/metrics/partnership', `/api/v1/metrics/signatories/${school}`]) {
      expect((await api.app.request(path, { headers })).status, path).toBe(200);
    }
  });

  it('changes a role and organisation, and turns an account off so it can no longer sign in', async () => {
    const { id } = (await (
      await api.call('admin', 'POST', '/api/v1/users', {
        body: { email: 'moving.on@council.example', role: 'signatory-editor', signatoryId: council },
      })
    ).json()) as Account;
    const moved = await api.call('admin', 'PUT', `/api/v1/users/${id}`, {
      body: { role: 'reviewer', signatoryId: forum, enabled: true },
    });
    expect(moved.status).toBe(200);
    await expect(moved.json()).resolves.toMatchObject({ role: 'reviewer', signatoryId: forum, enabled: true });
    const token = await signIn(id);

    const off = await api.call('admin', 'PUT', `/api/v1/users/${id}`, {
      body: { role: 'reviewer', signatoryId: forum, enabled: false },
    });
    await expect(off.json()).resolves.toMatchObject({ enabled: false });
    // The token issued before no longer works, and no new one is issued.
    const me = await api.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
    await expect(signIn(id)).resolves.toBeUndefined();

    const trail = await auditTrail(api.store, 'user', id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(trail[2]).toMatchObject({ before: { enabled: true }, after: { enabled: false } });
  });

  it('refuses bad requests with problem details and changes nothing', async () => {
    const before = await (await api.call('admin', 'GET', '/api/v1/users')).json();
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/api/v1/users', { email: 'not-an-address', role: 'reviewer', signatoryId: forum }, 400, '/email'],
      ['POST', '/api/v1/users', { email: 'a@b.example', role: 'reviewer' }, 400, '/signatoryId'],
      ['POST', '/api/v1/users', { email: 'a@b.example', role: 'chair', signatoryId: forum }, 400, '/role'],
      ['POST', '/api/v1/users', { email: 'a@b.example', role: 'reviewer', signatoryId: 'nobody' }, 422, '/signatoryId'],
      ['PUT', '/api/v1/users/demo-reviewer', { role: 'reviewer', signatoryId: forum }, 400, '/enabled'],
    ];
    for (const [method, path, body, status, pointer] of cases) {
      const response = await api.call('admin', method, path, { body });
      expect(response.status, `${method} ${JSON.stringify(body)}`).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = (await response.json()) as { errors?: { pointer: string }[] };
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect(
      (await api.call('admin', 'PUT', '/api/v1/users/nobody-here', { body: { role: 'board-admin', enabled: true } }))
        .status,
    ).toBe(404);
    await expect((await api.call('admin', 'GET', '/api/v1/users')).json()).resolves.toEqual(before);
  });

  it('does not let a board admin lock themselves out', async () => {
    for (const body of [
      { role: 'board-admin', enabled: false },
      { role: 'reviewer', signatoryId: forum, enabled: true },
    ]) {
      const response = await api.call('admin', 'PUT', '/api/v1/users/demo-board-admin', { body });
      expect(response.status).toBe(409);
      await expect(response.json()).resolves.toMatchObject({ title: 'You cannot take away your own board access' });
    }
    await expect((await api.call('admin', 'GET', '/api/v1/users/demo-board-admin')).json()).resolves.toMatchObject({
      role: 'board-admin',
      enabled: true,
    });
  });
});

describe('tokens issued before a change of access', () => {
  /** Two API processes on the same table, as two Lambda containers are, on a clock the test moves. */
  function twoProcesses() {
    const clock = { now: Date.now() };
    const now = () => clock.now;
    const secret = randomBytes(32);
    const process = () => {
      const revocations = tokenRevocations(api.store, { now, cacheMs: revocationCacheMs });
      const dev = devSignIn(api.store, { now, secret, revocations });
      const app = createApp({
        store: api.store,
        version: 'test',
        today: () => demoToday,
        authenticators: [dev.authenticator],
        revocations,
      });
      return { app, dev };
    };
    return { clock, here: process(), elsewhere: process() };
  }
  const bearer = (token: string | undefined) => ({ authorization: `Bearer ${token}` });
  const json = { 'content-type': 'application/json' };

  it('are refused in every process once the cache window has passed, when the board changes the role', async () => {
    const { clock, here, elsewhere } = twoProcesses();
    const admin = bearer(await here.dev.issueToken('demo-board-admin'));
    const created = await here.app.request('/api/v1/users', {
      method: 'POST',
      headers: { ...admin, ...json },
      body: JSON.stringify({ email: 're.roled@council.example', role: 'signatory-editor', signatoryId: council }),
    });
    const { id } = (await created.json()) as Account;
    const token = bearer(await here.dev.issueToken(id));
    const me = (process: typeof here) => process.app.request('/api/v1/me', { headers: token });
    expect((await me(elsewhere)).status).toBe(200);

    clock.now += 1_000;
    const moved = await here.app.request(`/api/v1/users/${id}`, {
      method: 'PUT',
      headers: { ...admin, ...json },
      body: JSON.stringify({ role: 'reviewer', signatoryId: forum, enabled: true }),
    });
    expect(moved.status).toBe(200);
    // At once where the change was made; within the minute everywhere else.
    expect((await me(here)).status).toBe(401);
    clock.now += revocationCacheMs;
    expect((await me(elsewhere)).status).toBe(401);
    // Signing in again gives a token with the new role.
    const again = await elsewhere.app.request('/api/v1/me', { headers: bearer(await elsewhere.dev.issueToken(id)) });
    await expect(again.json()).resolves.toMatchObject({ role: 'reviewer', signatoryId: forum });
    // The board admin who made the change is still signed in.
    expect((await here.app.request('/api/v1/me', { headers: admin })).status).toBe(200);
  });

  it('are revoked when the board turns the account off, and not when it saves it unchanged', async () => {
    const { clock, here } = twoProcesses();
    const admin = bearer(await here.dev.issueToken('demo-board-admin'));
    const put = (id: string, access: object) =>
      here.app.request(`/api/v1/users/${id}`, {
        method: 'PUT',
        headers: { ...admin, ...json },
        body: JSON.stringify(access),
      });
    const issuedAt = clock.now;
    clock.now += 1_000;
    expect(
      (await put('demo-council-editor', { role: 'signatory-editor', signatoryId: council, enabled: true })).status,
    ).toBe(200);
    await expect(tokenRevocations(api.store).isRevoked('demo-council-editor', issuedAt)).resolves.toBe(false);

    const created = await here.app.request('/api/v1/users', {
      method: 'POST',
      headers: { ...admin, ...json },
      body: JSON.stringify({ email: 'turned.off@council.example', role: 'signatory-editor', signatoryId: council }),
    });
    const { id } = (await created.json()) as Account;
    expect((await put(id, { role: 'signatory-editor', signatoryId: council, enabled: false })).status).toBe(200);
    // What any process reads from the table: the Cognito authenticator refuses the person's tokens.
    await expect(tokenRevocations(api.store).isRevoked(id, issuedAt)).resolves.toBe(true);
  });
});
