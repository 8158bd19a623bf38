/**
 * The sign-in methods a deployed function accepts, from its environment: Cognito when a
 * user pool is configured, refusing tokens revoked in the store.
 */
import type { Store } from '../table/index.ts';
import { cognitoAuthenticator } from './cognito-authenticator.ts';
import type { Authenticator } from './principal.ts';
import { sharedRevocations } from './revocations.ts';

export function authenticatorsFromEnv(store: Store, env: NodeJS.ProcessEnv = process.env): Authenticator[] {
  const userPoolId = env.COGNITO_USER_POOL_ID;
  const clientId = env.COGNITO_CLIENT_ID;
  return userPoolId && clientId
    ? [cognitoAuthenticator({ userPoolId, clientId }, { revocations: sharedRevocations(store) })]
    : [];
}
