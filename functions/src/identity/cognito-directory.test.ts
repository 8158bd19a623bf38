import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalFromGroups } from './cognito-authenticator.ts';
import { auditTrail } from '../audit/audit-events.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { cognitoUserDirectory } from './cognito-directory.ts';
import { startFakeUserPool, type FakeUserPool } from './fake-user-pool.ts';
import { UserExists, type UserDirectory } from './user-directory.ts';

let pool: FakeUserPool;
let store: TestStore;
let directory: UserDirectory;

beforeAll(async () => {
  [pool, store] = await Promise.all([startFakeUserPool(), createTestStore('cognito-users')]);
  const client = new CognitoIdentityProviderClient({
    endpoint: pool.endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  directory = cognitoUserDirectory({ userPoolId: pool.userPoolId, store, client });
});
afterAll(async () => {
  await pool.close();
  await store.drop();
});

/** The principal the API's Cognito authenticator would make of this user's next token. */
const principalOf = (sub: string) => principalFromGroups(sub, [...pool.users.get(sub)!.groups]);

describe('accounts in the Cognito user pool', () => {
  it('invites someone into the groups that carry their role and organisation, creating the organisation’s group', async () => {
    const added = await directory.invite(
      { email: 'head@riverside.example', role: 'signatory-editor', signatoryId: 'riverside-primary-school' },
      'user:chair',
    );
    expect(added).toMatchObject({ email: 'head@riverside.example', role: 'signatory-editor', invited: true });
    expect(pool.groups.has('signatory:riverside-primary-school')).toBe(true);
    expect(principalOf(added.id)).toEqual({
      kind: 'user',
      id: added.id,
      role: 'signatory-editor',
      signatoryId: 'riverside-primary-school',
    });
    await expect(
      directory.invite({ email: 'head@riverside.example', role: 'reviewer', signatoryId: 'forum' }, 'user:chair'),
    ).rejects.toBeInstanceOf(UserExists);
  });

  it('moves someone to another role and organisation, leaving no group from before', async () => {
    const { id } = await directory.invite(
      { email: 'officer@council.example', role: 'signatory-editor', signatoryId: 'council' },
      'user:chair',
    );
    pool.users.get(id)!.groups.add('some-other-app-group');
    const moved = await directory.setAccess(
      id,
      { role: 'reviewer', signatoryId: 'forum', enabled: true },
      'user:chair',
    );
    expect(moved).toMatchObject({ role: 'reviewer', signatoryId: 'forum', enabled: true });
    // Groups the app does not own are left alone.
    expect([...pool.users.get(id)!.groups].sort()).toEqual(['reviewer', 'signatory:forum', 'some-other-app-group']);
    expect(principalOf(id)).toMatchObject({ role: 'reviewer', signatoryId: 'forum' });

    const admin = await directory.setAccess(id, { role: 'board-admin', enabled: true }, 'user:chair');
    expect(admin).toMatchObject({ role: 'board-admin' });
    expect(admin?.signatoryId).toBeUndefined();
  });

  it('makes an editor a commissioner: the commissioner group and no organisation, so the next token signs them in', async () => {
    const { id } = await directory.invite(
      { email: 'commissioning@icb.example', role: 'signatory-editor', signatoryId: 'icb' },
      'user:chair',
    );
    const moved = await directory.setAccess(
      id,
      { role: 'commissioner', signatoryId: 'icb', enabled: true },
      'user:chair',
    );
    expect(moved).toMatchObject({ role: 'commissioner', enabled: true });
    expect(moved?.signatoryId).toBeUndefined();
    expect([...pool.users.get(id)!.groups]).toEqual(['commissioner']);
    expect(principalOf(id)).toEqual({ kind: 'user', id, role: 'commissioner' });
  });

  it('turns an account off and signs it out everywhere, then back on', async () => {
    const { id } = await directory.invite({ email: 'leaver@school.example', role: 'board-admin' }, 'user:chair');
    await directory.setAccess(id, { role: 'board-admin', enabled: false }, 'user:chair');
    expect(pool.users.get(id)).toMatchObject({ enabled: false, signedOut: 1 });
    await directory.setAccess(id, { role: 'board-admin', enabled: true }, 'user:chair');
    expect(pool.users.get(id)).toMatchObject({ enabled: true, signedOut: 1 });

    const trail = await auditTrail(store, 'user', id);
    expect(trail.map((e) => [e.action, e.after?.enabled])).toEqual([
      ['create', true],
      ['update', false],
      ['update', true],
    ]);
    expect(trail.every((e) => e.by === 'user:chair')).toBe(true);
    // Who the person is stays in Cognito: the trail holds what they may do, not their address.
    expect(JSON.stringify(trail)).not.toContain('leaver@school.example');
  });

  it('lists every account across pages, by e-mail address, and says when there is no such account', async () => {
    for (let i = 0; i < 65; i += 1) {
      await directory.invite(
        { email: `volunteer${String(i).padStart(2, '0')}@forum.example`, role: 'reviewer', signatoryId: 'forum' },
        'user:chair',
      );
    }
    const listed = await directory.list();
    expect(listed).toHaveLength(pool.users.size);
    expect(listed.map((a) => a.email)).toEqual([...listed.map((a) => a.email)].sort((a, b) => a.localeCompare(b)));
    expect(listed.find((a) => a.email === 'volunteer64@forum.example')).toMatchObject({
      role: 'reviewer',
      signatoryId: 'forum',
    });
    await expect(directory.get('no-such-user')).resolves.toBeUndefined();
    await expect(
      directory.setAccess('no-such-user', { role: 'board-admin', enabled: true }, 'user:chair'),
    ).resolves.toBeUndefined();
  });
});
