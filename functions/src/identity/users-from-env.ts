/** Where a deployed function finds people's accounts: the Cognito user pool, when one is configured. */
import type { Store } from '../table/index.ts';
import { cognitoUserDirectory } from './cognito-directory.ts';
import type { UserDirectory } from './user-directory.ts';

export function usersFromEnv(store: Store, env: NodeJS.ProcessEnv = process.env): UserDirectory | undefined {
  const userPoolId = env.COGNITO_USER_POOL_ID;
  return userPoolId ? cognitoUserDirectory({ userPoolId, store }) : undefined;
}
