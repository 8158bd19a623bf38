/**
 * Which way people sign in here, decided by the host: Cognito's hosted sign-in when the
 * deployment configured it, the demo accounts when the API the host provided offers the
 * development sign-in (local runs and tests only), otherwise none.
 */
import type { Role } from '@equal-partners/shared';
import { authenticatePerson } from '@equal-partners/functions/host';
import { host } from './queries.ts';
import { cognitoFromEnv, type CognitoSettings } from './cognito.ts';
import type { SignedInUser } from './session.ts';

export interface DemoAccount {
  id: string;
  name: string;
  role: Role;
  signatoryId?: string;
}

export type SignInMethod =
  { kind: 'cognito'; settings: CognitoSettings } | { kind: 'demo'; accounts: DemoAccount[] } | { kind: 'none' };

export async function signInMethod(): Promise<SignInMethod> {
  const settings = cognitoFromEnv();
  if (settings) return { kind: 'cognito', settings };
  const dev = host().devSignIn;
  return dev ? { kind: 'demo', accounts: await dev.accounts() } : { kind: 'none' };
}

/** A token for a demo account from the development sign-in, and how many seconds it lives. */
export async function demoToken(userId: string): Promise<{ token: string; expiresIn: number } | undefined> {
  const dev = host().devSignIn;
  const token = await dev?.issueToken(userId);
  return dev && token ? { token, expiresIn: dev.lifetimeSeconds } : undefined;
}

/**
 * The person a token belongs to: `undefined` when no sign-in method accepts it (expired,
 * revoked, or from a process that has since restarted), `'unavailable'` when the store or
 * Cognito could not say just now.
 */
export async function whoIs(token: string, name: string): Promise<SignedInUser | undefined | 'unavailable'> {
  let principal;
  try {
    principal = await authenticatePerson(host(), token);
  } catch {
    return 'unavailable';
  }
  if (!principal) return undefined;
  return {
    id: principal.id,
    name: name || principal.id,
    role: principal.role,
    ...(principal.signatoryId ? { signatoryId: principal.signatoryId } : {}),
  };
}
