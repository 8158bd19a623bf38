/** The user's keys and record kind, offline, and its reads against the local store: one user, and every one. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { primaryKey } from '../table/keys.ts';
import { createRecord } from '../table/records.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { createApiKey } from './api-key-entity.ts';
import { getUser, listUsers, userKeys, userKind, userList, type StoredUser } from './user-entity.ts';

describe('user keys', () => {
  it('list every user by id in one partition', () => {
    const users = ['zoe', 'ana', 'mo'].map((id) => userKeys({ id }));
    expect(new Set(users.map((k) => k.gsi1pk))).toEqual(new Set([userList]));
    expect(users.map((k) => k.gsi1sk).sort()).toEqual(['ana', 'mo', 'zoe']);
  });

  it('are the record kind’s, which finds a user by id', () => {
    expect(userKind.entity).toBe('user');
    expect(userKind.keyOf('ana')).toEqual(primaryKey(userKeys({ id: 'ana' })));
    expect(userKind.keys({ id: 'ana' } as StoredUser)).toEqual(userKeys({ id: 'ana' }));
  });
});

describe('the users in the table', () => {
  const user = (id: string, extra: Partial<StoredUser> = {}): StoredUser => ({
    id,
    email: `${id}@example.org`,
    name: id,
    role: 'reviewer',
    ...extra,
  });
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('user-entity');
    for (const u of [
      user('zoe'),
      user('ana', { enabled: false }),
      user('mo', { role: 'signatory-editor', signatoryId: 'sig-a' }),
    ])
      await createRecord(store, userKind, u, 'user:seed', new Date('2026-05-01T09:00:00Z'));
    // Items of other kinds are neither listed nor found as users.
    await createApiKey(store, 'f00d', {
      signatoryId: 'sig-a',
      prefix: 'ep_00000000',
      label: 'MIS',
      createdAt: '2026-05-01T09:00:00.000Z',
      createdBy: 'user:seed',
      revoked: false,
    });
  });
  afterAll(() => store.drop());

  it('are found one by one, without their keys, whether or not they are turned off', async () => {
    const found = await getUser(store, 'mo');
    expect(found).toMatchObject({ ...user('mo', { role: 'signatory-editor', signatoryId: 'sig-a' }), version: 1 });
    for (const attribute of ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'entity']) expect(found).not.toHaveProperty(attribute);
    await expect(getUser(store, 'ana')).resolves.toMatchObject({ enabled: false });
    await expect(getUser(store, 'nobody')).resolves.toBeUndefined();
  });

  it('are listed all, in id order, without their keys', async () => {
    const users = await listUsers(store);
    expect(users.map((u) => u.id)).toEqual(['ana', 'mo', 'zoe']);
    expect(users[0]).toMatchObject(user('ana', { enabled: false }));
    for (const attribute of ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'entity']) expect(users[0]).not.toHaveProperty(attribute);
  });

  it('are listed whoever wrote them: a user put directly, as the demo load does, too', async () => {
    await store.client.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...userKeys({ id: 'bea' }), entity: 'user', ...user('bea') },
      }),
    );
    expect((await listUsers(store)).map((u) => u.id)).toEqual(['ana', 'bea', 'mo', 'zoe']);
    await expect(getUser(store, 'bea')).resolves.toEqual(user('bea'));
  });
});
