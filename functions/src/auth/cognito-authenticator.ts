/**
 * People sign in with Cognito in AWS. Access tokens are verified with aws-jwt-verify;
 * the user's groups carry the role (`board-admin`, `signatory-editor`, `reviewer`,
 * `commissioner`) and the signatory they belong to (`signatory:<id>`), which board admins
 * and commissioners have none of.
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { belongsToASignatory, roles, type Role } from '@equal-partners/shared';
import type { Authenticator, Principal } from './principal.ts';

type CognitoVerifier = ReturnType<
  typeof CognitoJwtVerifier.create<{ userPoolId: string; clientId: string; tokenUse: 'access' }>
>;

export interface CognitoSettings {
  userPoolId: string;
  clientId: string;
}

/** Maps a token's groups to a principal; the most powerful role wins. */
export function principalFromGroups(subject: string, groups: readonly string[]): Principal | undefined {
  const role = roles.find((r) => groups.includes(r)) as Role | undefined;
  if (!role) return undefined;
  const signatoryId = groups.find((g) => g.startsWith('signatory:'))?.slice('signatory:'.length);
  if (belongsToASignatory(role) && !signatoryId) return undefined;
  return { kind: 'user', id: subject, role, ...(signatoryId ? { signatoryId } : {}) };
}

/** `jwks` preloads the user pool's public keys (tests); otherwise they are fetched from Cognito once. */
export function cognitoAuthenticator(
  settings: CognitoSettings,
  jwks?: Parameters<CognitoVerifier['cacheJwks']>[0],
): Authenticator {
  const verifier = CognitoJwtVerifier.create({ ...settings, tokenUse: 'access' });
  if (jwks) verifier.cacheJwks(jwks);
  return async (token) => {
    try {
      const payload = await verifier.verify(token);
      return principalFromGroups(payload.sub, payload['cognito:groups'] ?? []);
    } catch {
      return undefined;
    }
  };
}
