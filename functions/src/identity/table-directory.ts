/**
 * Accounts kept in the table: the local runner's and the tests' directory, holding the
 * demo accounts and anyone the board adds. The development sign-in signs them in, and
 * refuses an account the board has turned off. Writes go through the record store, so
 * each change is versioned and in the audit trail like any other record's.
 */
import { randomUUID } from 'node:crypto';
import { belongsToASignatory, type UserAccount } from '@equal-partners/shared';
import { createRecord, getRecord, updateRecord, type Store } from '../table/index.ts';
import { byEmail, UserExists, type UserDirectory } from './user-directory.ts';
import { listUsers, userKind, type StoredUser } from './user-entity.ts';

function account(user: StoredUser): UserAccount {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    ...(user.signatoryId ? { signatoryId: user.signatoryId } : {}),
    enabled: user.enabled !== false,
    invited: false,
  };
}

export function tableUserDirectory(store: Store, now: () => Date = () => new Date()): UserDirectory {
  const all = () => listUsers(store);
  return {
    list: async () => (await all()).map(account).sort(byEmail),
    get: async (id) => {
      const user = await getRecord(store, userKind, id);
      return user ? account(user) : undefined;
    },
    invite: async (invite, actor) => {
      const email = invite.email.toLowerCase();
      if ((await all()).some((u) => u.email.toLowerCase() === email)) throw new UserExists();
      const { record } = await createRecord(
        store,
        userKind,
        {
          id: `user-${randomUUID()}`,
          email,
          name: email,
          role: invite.role,
          ...(belongsToASignatory(invite.role) && invite.signatoryId ? { signatoryId: invite.signatoryId } : {}),
          enabled: true,
        },
        actor,
        now(),
      );
      return account(record);
    },
    setAccess: async (id, access, actor) => {
      const before = await getRecord(store, userKind, id);
      if (!before) return undefined;
      const { id: _id, email, name } = before;
      const { record } = await updateRecord(
        store,
        userKind,
        id,
        {
          id,
          email,
          name,
          role: access.role,
          ...(belongsToASignatory(access.role) && access.signatoryId ? { signatoryId: access.signatoryId } : {}),
          enabled: access.enabled,
        },
        before.version,
        actor,
        now(),
      );
      return account(record);
    },
  };
}
