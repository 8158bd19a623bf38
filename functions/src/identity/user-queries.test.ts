/**
 * The account queries called directly, with no HTTP: board admins list, read, add and
 * change accounts in the table directory of the test's own store, and everyone else is
 * refused before anything is read. Over HTTP: ./users.test.ts.
 */
import type { Principal, UserAccount } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost, type QueryDeps } from '../host.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { Store } from '../table/index.ts';
import { council, demoToday, forum, school } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { devSignIn, type DevSignIn } from './dev-sign-in.ts';
import { UserExists, type UserDirectory } from './user-directory.ts';
import { inviteUser, listUsers, readUser, setUserAccess } from './user-queries.ts';

const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
const councilEditor: Principal = {
  kind: 'user',
  id: 'demo-council-editor',
  role: 'signatory-editor',
  signatoryId: council,
};
const commissioner: Principal = { kind: 'user', id: 'demo-commissioner', role: 'commissioner' };
const councilKey: Principal = { kind: 'api-key', id: 'key-1', role: 'signatory-editor', signatoryId: council };
const refused: [Principal, number][] = [
  [councilEditor, 403],
  [commissioner, 403],
  [councilKey, 403],
  [{ kind: 'public' }, 401],
];

let store: TestStore;
let deps: QueryDeps;
let dev: DevSignIn;
beforeAll(async () => {
  store = await createTestStore('user-queries');
  await loadDemoPartnership(store, demoToday);
  dev = devSignIn(store);
  deps = createHost({ store, today: () => demoToday, now: () => demoToday, devSignIn: dev }).deps;
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

/** The same dependencies, counting every request to the store and every use of the directory. */
function counted(): { deps: QueryDeps; reads: string[] } {
  const reads: string[] = [];
  const send = (command: { input: unknown }) => {
    reads.push(`store ${JSON.stringify(command.input)}`);
    return store.client.send(command as never);
  };
  const users = new Proxy(deps.users, {
    get: (target, name: keyof UserDirectory) => {
      const method = target[name] as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        reads.push(`users.${name}`);
        return method.apply(target, args);
      };
    },
  });
  return { deps: { ...deps, users, store: { ...store, client: { send } as unknown as Store['client'] } }, reads };
}

/** The role and organisation a token issued now authenticates as, or `undefined` when it is refused. */
async function signedInAs(token: string | undefined) {
  const principal = token ? await dev.authenticator(token) : undefined;
  return principal?.kind === 'user' ? { role: principal.role, signatoryId: principal.signatoryId } : undefined;
}

describe('board admins', () => {
  it('list every account by e-mail address and read one', async () => {
    const { items } = await listUsers(deps, admin);
    expect(items.map((a) => a.email)).toEqual([...items.map((a) => a.email)].sort((a, b) => a.localeCompare(b)));
    expect(items.find((a) => a.id === 'demo-council-editor')).toMatchObject({
      email: 'council.editor@demo.example',
      role: 'signatory-editor',
      signatoryId: council,
      enabled: true,
    });
    await expect(readUser(deps, admin, { id: 'demo-reviewer' })).resolves.toMatchObject({
      role: 'reviewer',
      signatoryId: forum,
    });
    expect(await problemOf(readUser(deps, admin, { id: 'nobody-here' }))).toMatchObject({
      status: 404,
      rule: 'accountNotFound',
      values: { id: 'nobody-here' },
    });
    expect(await problemOf(readUser(deps, admin, { id: 'not an id' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/id' }],
    });
  });

  it('add someone, who can then sign in with that role; the same address again is refused with 409', async () => {
    const added = await inviteUser(deps, admin, {
      body: { email: 'New.Governor@Oakfield.example', role: 'signatory-editor', signatoryId: school },
    });
    expect(added).toMatchObject({ email: 'new.governor@oakfield.example', role: 'signatory-editor', enabled: true });
    await expect(readUser(deps, admin, { id: added.id })).resolves.toEqual(added);
    expect(await signedInAs(await dev.issueToken(added.id))).toEqual({ role: 'signatory-editor', signatoryId: school });

    const again = await problemOf(
      inviteUser(deps, admin, { body: { email: 'new.governor@oakfield.example', role: 'commissioner' } }),
    );
    expect(again).toMatchObject({
      status: 409,
      rule: 'accountExists',
      errors: [
        { pointer: '/email', message: 'An account with this e-mail address already exists.', rule: 'accountExists' },
      ],
    });
  });

  it('are told an address has an account by a directory from another copy of the code, by its name', async () => {
    // Another bundle's UserExists: the same name, another class.
    const foreign = Object.assign(new Error('An account with this e-mail address already exists.'), {
      name: 'UserExists',
    });
    expect(foreign).not.toBeInstanceOf(UserExists);
    expect(new UserExists().name).toBe('UserExists');
    const users: UserDirectory = { ...deps.users, invite: () => Promise.reject(foreign) };
    const problem = await problemOf(
      inviteUser({ ...deps, users }, admin, { body: { email: 'taken@demo.example', role: 'commissioner' } }),
    );
    expect(problem).toMatchObject({ status: 409, detail: foreign.message, errors: [{ pointer: '/email' }] });

    const broken: UserDirectory = { ...deps.users, invite: () => Promise.reject(new Error('Cognito is down')) };
    await expect(
      inviteUser({ ...deps, users: broken }, admin, { body: { email: 'x@demo.example', role: 'commissioner' } }),
    ).rejects.toThrow('Cognito is down');
  });

  it('refuse a bad request with the field at fault, and an organisation that does not exist with 422', async () => {
    const cases: [unknown, number, string][] = [
      [{ email: 'not-an-address', role: 'reviewer', signatoryId: forum }, 400, '/email'],
      [{ email: 'a@b.example', role: 'reviewer' }, 400, '/signatoryId'],
      [{ email: 'a@b.example', role: 'reviewer', signatoryId: 'nobody' }, 422, '/signatoryId'],
    ];
    const before = await listUsers(deps, admin);
    for (const [body, status, pointer] of cases) {
      const problem = await problemOf(inviteUser(deps, admin, { body }));
      expect(problem.status, JSON.stringify(body)).toBe(status);
      expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    }
    expect(await listUsers(deps, admin)).toEqual(before);
  });

  it("change someone's access, which stops the tokens issued to them before; an unchanged access keeps them", async () => {
    const { id } = await inviteUser(deps, admin, {
      body: { email: 'moving.on@council.example', role: 'signatory-editor', signatoryId: council },
    });
    const first = await dev.issueToken(id);
    const same = await setUserAccess(deps, admin, {
      id,
      body: { role: 'signatory-editor', signatoryId: council, enabled: true },
    });
    expect(same).toMatchObject({ role: 'signatory-editor', signatoryId: council });
    expect(await signedInAs(first)).toEqual({ role: 'signatory-editor', signatoryId: council });

    const moved = await setUserAccess(deps, admin, {
      id,
      body: { role: 'reviewer', signatoryId: forum, enabled: true },
    });
    expect(moved).toMatchObject({ id, role: 'reviewer', signatoryId: forum, enabled: true });
    expect(await signedInAs(first)).toBeUndefined();

    await setUserAccess(deps, admin, { id, body: { role: 'reviewer', signatoryId: forum, enabled: false } });
    await expect(readUser(deps, admin, { id })).resolves.toMatchObject({ enabled: false });
    await expect(dev.issueToken(id)).resolves.toBeUndefined();
  });

  it('cannot take away their own board access, and are told when there is no such account', async () => {
    for (const body of [
      { role: 'commissioner', enabled: true },
      { role: 'board-admin', enabled: false },
    ]) {
      expect(await problemOf(setUserAccess(deps, admin, { id: admin.id, body }))).toMatchObject({
        status: 409,
        type: expect.stringContaining('own-access') as string,
      });
    }
    await expect(readUser(deps, admin, { id: admin.id })).resolves.toMatchObject({
      role: 'board-admin',
      enabled: true,
    });
    expect(
      await problemOf(setUserAccess(deps, admin, { id: 'nobody-here', body: { role: 'board-admin', enabled: true } })),
    ).toMatchObject({ status: 404 });
    expect(
      await problemOf(
        setUserAccess(deps, admin, {
          id: 'demo-reviewer',
          body: { role: 'reviewer', signatoryId: 'nobody', enabled: true },
        }),
      ),
    ).toMatchObject({ status: 422 });
  });
});

describe('everyone else', () => {
  it('is refused every account query before the directory or the store is read, and changes nothing', async () => {
    const before = await listUsers(deps, admin);
    for (const [principal, status] of refused) {
      const { deps: watched, reads } = counted();
      const runs: Promise<unknown>[] = [
        listUsers(watched, principal),
        readUser(watched, principal, { id: 'demo-reviewer' }),
        inviteUser(watched, principal, { body: { email: 'sneaky@demo.example', role: 'board-admin' } }),
        setUserAccess(watched, principal, { id: 'demo-reviewer', body: { role: 'board-admin', enabled: true } }),
      ];
      for (const run of runs) expect(await problemOf(run), JSON.stringify(principal)).toMatchObject({ status });
      expect(reads, JSON.stringify(principal)).toEqual([]);
    }
    expect(await listUsers(deps, admin)).toEqual(before);
    expect(((await readUser(deps, admin, { id: 'demo-reviewer' })) satisfies UserAccount).role).toBe('reviewer');
  });
});
