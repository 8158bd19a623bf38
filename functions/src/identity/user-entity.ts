/**
 * The user item, kept in the table by the local runner and the tests (in AWS the accounts
 * are Cognito's), and the list of every user (gsi1). See docs/data-model.md.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '@equal-partners/shared';
import { type ItemKeys, keyWord, primaryKey, withoutKeys } from '../table/keys.ts';
import { byId, type RecordKind } from '../table/record-kinds.ts';
import { queryAll, type Store } from '../table/store.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

/** The gsi1 partition listing every user. */
export const userList = keyWord('USERS', layout);
const userWord = keyWord('USER', layout);

export const userKeys = (u: { id: string }): ItemKeys => ({
  pk: `${userWord}#${u.id}`,
  sk: userWord,
  gsi1pk: userList,
  gsi1sk: u.id,
});

/** A user as stored: `enabled` is missing on accounts that were never turned off. */
export interface StoredUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  signatoryId?: string;
  enabled?: boolean;
}

/** The user for the generic record writes, so each change is versioned and audited. */
export const userKind: RecordKind<StoredUser> = byId<StoredUser>('user', userWord, userKeys);

/**
 * The user with this id, without its keys, or `undefined` when there is none. An eventually
 * consistent read, as signing in makes on every request.
 */
export async function getUser(store: Store, id: string): Promise<StoredUser | undefined> {
  const { Item } = await store.client.send(
    new GetCommand({ TableName: store.tableName, Key: primaryKey(userKeys({ id })) }),
  );
  return Item ? withoutKeys(Item as StoredUser) : undefined;
}

/** Every user, in id order and without their keys, following every page of the list. */
export async function listUsers(store: Store): Promise<StoredUser[]> {
  const items = await queryAll<StoredUser>(store, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': userList },
  });
  return items.map((item) => withoutKeys(item));
}
