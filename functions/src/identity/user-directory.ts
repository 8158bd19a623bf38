/**
 * The people who may sign in, as the board manages them from the app: who they are
 * (an e-mail address), their role and organisation, and whether they may sign in at
 * all. In AWS they live in the Cognito user pool (`cognito-directory.ts`); locally, and
 * in tests, in the table beside the demo accounts (`table-directory.ts`).
 */
import type { UserAccess, UserAccount, UserInvite } from '@equal-partners/shared';

export interface UserDirectory {
  /** Every account, by e-mail address. */
  list(): Promise<UserAccount[]>;
  get(id: string): Promise<UserAccount | undefined>;
  /** Creates an account and lets its owner know; throws `UserExists` when the address already has one. */
  invite(invite: UserInvite, actor: string): Promise<UserAccount>;
  /** Changes what an account may do; `undefined` when there is no such account. */
  setAccess(id: string, access: UserAccess, actor: string): Promise<UserAccount | undefined>;
}

export class UserExists extends Error {
  constructor() {
    super('An account with this e-mail address already exists.');
    this.name = 'UserExists';
  }
}

/**
 * Whether `error` is a `UserExists`, told by its name: the directory a host provides may
 * come from another bundled copy of this module, whose class `instanceof` would not match.
 */
export function isUserExists(error: unknown): error is UserExists {
  return error instanceof Error && error.name === 'UserExists';
}

/** Accounts in the order the board reads them: by e-mail address. */
export function byEmail(a: UserAccount, b: UserAccount): number {
  return a.email.localeCompare(b.email);
}
