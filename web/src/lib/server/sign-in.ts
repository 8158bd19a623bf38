/**
 * Which way people sign in here, decided by the host: Cognito's hosted sign-in when the
 * deployment configured it, the demo accounts when the API the host provided offers the
 * development sign-in (local runs and tests only), otherwise none.
 */
import type { Role } from '@equal-partners/shared';
import { callApi, send } from './api.ts';
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
  const response = await callApi('/api/dev/accounts');
  if (!response.ok) return { kind: 'none' };
  return { kind: 'demo', accounts: ((await response.json()) as { items: DemoAccount[] }).items };
}

/** A token for a demo account from the development sign-in, and how many seconds it lives. */
export async function demoToken(userId: string): Promise<{ token: string; expiresIn: number } | undefined> {
  const result = await send<{ token: string; expiresIn: number }>('/api/dev/sign-in', {
    method: 'POST',
    body: { userId },
  });
  return result.ok ? result.body : undefined;
}

type Caller = { kind: 'public' } | { kind: 'user' | 'api-key'; id: string; role: Role; signatoryId?: string };

/**
 * The person a token belongs to: `undefined` when the API no longer accepts it (expired,
 * revoked, or from a process that has since restarted), `'unavailable'` when the API
 * could not say.
 */
export async function whoIs(token: string, name: string): Promise<SignedInUser | undefined | 'unavailable'> {
  const response = await callApi('/api/v1/me', { token });
  if (response.status === 401) return undefined;
  if (!response.ok) return 'unavailable';
  const caller = (await response.json()) as Caller;
  if (caller.kind !== 'user') return undefined;
  return {
    id: caller.id,
    name: name || caller.id,
    role: caller.role,
    ...(caller.signatoryId ? { signatoryId: caller.signatoryId } : {}),
  };
}
