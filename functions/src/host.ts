/**
 * What one process runs its queries against, built once: the store, the clocks, the key
 * list cursors are signed with, the directory of people's accounts, the revocations, and
 * the ways a person's bearer token becomes a principal. The API app (./http/api-app.ts)
 * serves its routes from a host; the pages call the same queries with the same host
 * (web/src/lib/server/queries.ts), so a page and the API are protected by the same code
 * (docs/decisions/0016).
 *
 * A process that serves both (the local runner, the browser tests) provides its host here;
 * the web bundle has its own copy of this module, so the host is kept in a global slot
 * both copies share rather than in a module variable.
 */
import type { Principal } from '@equal-partners/shared';
import { cursorKeyFromEnv, cursorSigner, type CursorSigner } from './http/cursors.ts';
import { requestAllowance, type RequestAllowance } from './http/request-allowance.ts';
import type { DevSignIn } from './identity/dev-sign-in.ts';
import type { Authenticator } from './identity/principal.ts';
import { sharedRevocations, type Revocations } from './identity/revocations.ts';
import { tableUserDirectory } from './identity/table-directory.ts';
import type { UserDirectory } from './identity/user-directory.ts';
import type { Store } from './table/index.ts';

/** What every query takes first: the table, the clocks and the services around them. */
export interface QueryDeps {
  store: Store;
  /** The day figures and date checks are for (fixed by tests). */
  today: () => Date;
  /** The instant writes are stamped with (createdAt, updatedAt, the audit trail). */
  now: () => Date;
  /** Signs and opens list cursors (docs/decisions/0209). */
  cursors: CursorSigner;
  /** Where the accounts people sign in with live (the Cognito user pool in AWS, the table otherwise). */
  users: UserDirectory;
  /** Where sign-out, disabling an account and changing its role revoke the person's tokens. */
  revocations: Revocations;
}

/**
 * A query: what one use of the product asks or changes, as a function of the caller and
 * the input. It validates, permits, reads and shapes, and throws a `ProblemError` when it
 * refuses (./http/problem.ts).
 */
export type Query<I, O> = (deps: QueryDeps, principal: Principal, input: I) => Promise<O>;

export interface Host {
  deps: QueryDeps;
  /** How people sign in (Cognito in AWS, the development sign-in locally); API keys are the API's alone. */
  authenticators: Authenticator[];
  /** The development sign-in, in local runs and tests only. */
  devSignIn?: DevSignIn | undefined;
  /** Page requests per client a minute, as the API limits its own (docs/decisions/0208). */
  pages: RequestAllowance;
}

export interface HostOptions {
  store: Store;
  today?: (() => Date) | undefined;
  now?: (() => Date) | undefined;
  authenticators?: Authenticator[] | undefined;
  devSignIn?: DevSignIn | undefined;
  users?: UserDirectory | undefined;
  /** From the environment by default (./http/cursors.ts). */
  cursorKey?: Buffer | undefined;
  /** The process's own for the store by default, which the authenticators share. */
  revocations?: Revocations | undefined;
  /** Page requests per client a minute before 429; 600 by default. */
  pagesPerMinute?: number | undefined;
}

export function createHost({
  store,
  today = () => new Date(),
  now = () => new Date(),
  authenticators = [],
  devSignIn,
  users = tableUserDirectory(store, today),
  cursorKey = cursorKeyFromEnv(),
  revocations = sharedRevocations(store),
  pagesPerMinute = 600,
}: HostOptions): Host {
  return {
    deps: { store, today, now, cursors: cursorSigner(cursorKey), users, revocations },
    authenticators: devSignIn ? [...authenticators, devSignIn.authenticator] : authenticators,
    devSignIn,
    pages: requestAllowance(pagesPerMinute),
  };
}

/**
 * The person a bearer token belongs to, or `undefined` when no sign-in method accepts it
 * (expired, revoked, or not a person's). Throws when a method could not answer (the store
 * or Cognito is unavailable), so a caller can tell "signed out" from "cannot say".
 */
export async function authenticatePerson(
  host: Host,
  token: string,
): Promise<Extract<Principal, { kind: 'user' }> | undefined> {
  for (const authenticator of host.authenticators) {
    const principal = await authenticator(token);
    if (principal) return principal.kind === 'user' ? principal : undefined;
  }
  return undefined;
}

const slot = Symbol.for('equal-partners.host');
type HostGlobal = typeof globalThis & { [slot]?: Host };

/**
 * Makes `host` the one the pages of this process use.
 * @example
 * const host = createHost({ store, devSignIn: devSignIn(store) });
 * const api = createApp({ host, version });
 * provideHost(host);
 */
export function provideHost(host: Host): void {
  (globalThis as HostGlobal)[slot] = host;
}

/** The host this process provided, or `undefined` when the web app runs on its own (the web Lambda). */
export function providedHost(): Host | undefined {
  return (globalThis as HostGlobal)[slot];
}
