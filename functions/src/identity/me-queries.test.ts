/**
 * Who is calling, and signing out, called directly with no HTTP: signing out revokes the
 * person's tokens in the test's own store, so a token issued before no longer
 * authenticates. Over HTTP: ./me.test.ts.
 */
import type { Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type QueryDeps } from '../host.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { council, demoToday } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { devSignIn, type DevSignIn } from './dev-sign-in.ts';
import { readCaller, signOut } from './me-queries.ts';
import { tokenRevocations } from './revocations.ts';

let store: TestStore;
let deps: QueryDeps;
let dev: DevSignIn;
beforeAll(async () => {
  store = await createTestStore('me-queries');
  await loadDemoPartnership(store, demoToday);
  dev = devSignIn(store);
  deps = createHost({ store, today: () => demoToday, devSignIn: dev }).deps;
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

/** The principal a token of a demo person is, issued now and authenticated when asked. */
async function tokenOf(userId: string): Promise<{ principal: Principal; authenticate: () => Promise<unknown> }> {
  const token = await dev.issueToken(userId);
  if (!token) throw new Error(`no demo user ${userId}`);
  const principal = await dev.authenticator(token);
  if (!principal) throw new Error(`the token of ${userId} does not authenticate`);
  return { principal, authenticate: () => dev.authenticator(token) };
}

describe('who is calling', () => {
  it('is the caller, as the credentials name them', async () => {
    const key: Principal = { kind: 'api-key', id: 'key-1', role: 'signatory-editor', signatoryId: council };
    await expect(readCaller(deps, key)).resolves.toEqual(key);
    await expect(readCaller(deps, { kind: 'public' })).resolves.toEqual({ kind: 'public' });
    const { principal } = await tokenOf('demo-council-editor');
    await expect(readCaller(deps, principal)).resolves.toEqual({
      kind: 'user',
      id: 'demo-council-editor',
      role: 'signatory-editor',
      signatoryId: council,
    });
  });
});

describe('signing out', () => {
  it("revokes the person's tokens issued before, on every process, and no one else's", async () => {
    const mine = await tokenOf('demo-school-editor');
    const theirs = await tokenOf('demo-reviewer');
    await signOut(deps, mine.principal);
    await expect(mine.authenticate()).resolves.toBeUndefined();
    await expect(theirs.authenticate()).resolves.toMatchObject({ id: 'demo-reviewer' });
    // Another process, which has read nothing yet, refuses it too.
    const elsewhere = await tokenRevocations(store).isRevoked('demo-school-editor', Date.now() - 1000);
    expect(elsewhere).toBe(true);
  });

  it('is refused for the public with 401 and for an API key with 403, and revokes nothing', async () => {
    const key: Principal = { kind: 'api-key', id: 'demo-commissioner', role: 'signatory-editor', signatoryId: council };
    const commissioner = await tokenOf('demo-commissioner');
    expect(await problemOf(signOut(deps, { kind: 'public' }))).toMatchObject({ status: 401 });
    expect(await problemOf(signOut(deps, key))).toMatchObject({ status: 403 });
    await expect(commissioner.authenticate()).resolves.toMatchObject({ id: 'demo-commissioner' });
  });
});
