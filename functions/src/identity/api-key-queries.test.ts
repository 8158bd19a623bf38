/**
 * The API key queries called directly, with no HTTP: a board admin issues, lists and
 * revokes a signatory's keys in the test's own store, and everyone else is refused before
 * anything is read. Over HTTP: ./api-key-routes.test.ts.
 */
import type { Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type QueryDeps } from '../host.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { Store } from '../table/index.ts';
import { council, demoToday, school } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { apiKeyAuthenticator } from './api-key-authenticator.ts';
import { issueApiKey, listApiKeys, revokeApiKey } from './api-key-queries.ts';

const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
const councilEditor: Principal = {
  kind: 'user',
  id: 'demo-council-editor',
  role: 'signatory-editor',
  signatoryId: council,
};
const reviewer: Principal = { kind: 'user', id: 'demo-reviewer', role: 'reviewer', signatoryId: council };
const councilKey: Principal = { kind: 'api-key', id: 'key-1', role: 'signatory-editor', signatoryId: council };

let store: TestStore;
let deps: QueryDeps;
beforeAll(async () => {
  store = await createTestStore('api-key-queries');
  await loadDemoPartnership(store, demoToday);
  deps = createHost({ store, today: () => demoToday, now: () => demoToday }).deps;
});
afterAll(() => store.drop());

/** The problem a query throws; fails if it succeeds or throws anything else. */
async function problemOf(run: Promise<unknown>): Promise<Problem> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).problem;
}

/** Who a key signs in as, or `undefined` when it is refused. */
const signsInAs = async (key: string) => apiKeyAuthenticator(store)(key);

describe('a board admin', () => {
  it('issues a key that signs in as its signatory, lists it without the key, and revokes it so it no longer works', async () => {
    const issued = await issueApiKey(deps, admin, { body: { signatoryId: school, label: 'School MIS export' } });
    expect(issued).toMatchObject({
      signatoryId: school,
      label: 'School MIS export',
      revoked: false,
      createdAt: demoToday.toISOString(),
      createdBy: 'user:demo-board-admin',
    });
    expect(issued.key.startsWith(`${issued.prefix}_`)).toBe(true);
    await expect(signsInAs(issued.key)).resolves.toMatchObject({ kind: 'api-key', signatoryId: school });

    const everyKey = await listApiKeys(deps, admin, {});
    const schools = await listApiKeys(deps, admin, { signatoryId: school });
    const councils = await listApiKeys(deps, admin, { signatoryId: council });
    expect(everyKey.items.find((k) => k.prefix === issued.prefix)).toMatchObject({ label: 'School MIS export' });
    expect(schools.items.map((k) => k.prefix)).toContain(issued.prefix);
    expect(councils.items.map((k) => k.prefix)).not.toContain(issued.prefix);
    expect(councils.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(everyKey)).not.toContain(issued.key);

    await revokeApiKey(deps, admin, { prefix: issued.prefix });
    await expect(signsInAs(issued.key)).resolves.toBeUndefined();
    const after = await listApiKeys(deps, admin, { signatoryId: school });
    expect(after.items.find((k) => k.prefix === issued.prefix)).toMatchObject({
      revoked: true,
      revokedAt: demoToday.toISOString(),
    });
  });

  it('is refused a signatory that does not exist, a bad request, and a key that does not exist', async () => {
    const before = await listApiKeys(deps, admin, {});
    expect(await problemOf(issueApiKey(deps, admin, { body: { signatoryId: 'nobody', label: 'x' } }))).toMatchObject({
      status: 422,
      errors: [{ pointer: '/signatoryId' }],
    });
    expect(await problemOf(issueApiKey(deps, admin, { body: { signatoryId: school, label: '' } }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/label' }],
    });
    expect(await listApiKeys(deps, admin, {})).toEqual(before);
    expect(await problemOf(revokeApiKey(deps, admin, { prefix: 'ep_00000000' }))).toMatchObject({
      status: 404,
      rule: 'apiKeyNotFound',
      values: { prefix: 'ep_00000000' },
    });
    expect(await problemOf(revokeApiKey(deps, admin, { prefix: 'not-a-prefix' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/prefix' }],
    });
    expect(await problemOf(listApiKeys(deps, admin, { signatoryId: 'x'.repeat(65) }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/signatoryId' }],
    });
  });
});

describe('everyone else', () => {
  it('is refused every API key query before the store is read, and no key is issued or revoked', async () => {
    const { key, prefix } = await issueApiKey(deps, admin, { body: { signatoryId: council, label: 'Case system' } });
    const before = await listApiKeys(deps, admin, {});
    const cases: [Principal, number][] = [
      [councilEditor, 403],
      [reviewer, 403],
      [councilKey, 403],
      [{ kind: 'public' }, 401],
    ];
    for (const [principal, status] of cases) {
      const sent: unknown[] = [];
      const send = (command: { input: unknown }) => {
        sent.push(command.input);
        return store.client.send(command as never);
      };
      const watched = { ...deps, store: { ...store, client: { send } as unknown as Store['client'] } };
      const runs: Promise<unknown>[] = [
        issueApiKey(watched, principal, { body: { signatoryId: council, label: 'Mine now' } }),
        listApiKeys(watched, principal, {}),
        listApiKeys(watched, principal, { signatoryId: council }),
        revokeApiKey(watched, principal, { prefix }),
      ];
      for (const run of runs) expect(await problemOf(run), JSON.stringify(principal)).toMatchObject({ status });
      expect(sent, JSON.stringify(principal)).toEqual([]);
    }
    expect(await listApiKeys(deps, admin, {})).toEqual(before);
    await expect(signsInAs(key)).resolves.toMatchObject({ signatoryId: council });
  });
});
