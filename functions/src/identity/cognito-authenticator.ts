/**
 * People sign in with Cognito in AWS. Access tokens are verified with aws-jwt-verify;
 * the user's groups carry the role (`board-admin`, `signatory-editor`, `reviewer`,
 * `commissioner`) and the signatory they belong to (`signatory:<id>`), which board admins
 * and commissioners have none of. A token issued at or before its owner's last revocation
 * (sign-out, disable, change of role) is refused (./revocations.ts).
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { belongsToASignatory, type Principal, type Role, roles } from '@equal-partners/shared';
import type { Authenticator } from './principal.ts';
import type { Revocations } from './revocations.ts';

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

export interface CognitoAuthenticatorOptions {
  /** Preloads the user pool's public keys (tests); otherwise they are fetched from Cognito once. */
  jwks?: Parameters<CognitoVerifier['cacheJwks']>[0];
  /** Refuses tokens issued before their owner's last revocation; without it (tests of the token alone) none are. */
  revocations?: Revocations;
}

export function cognitoAuthenticator(
  settings: CognitoSettings,
  { jwks, revocations }: CognitoAuthenticatorOptions = {},
): Authenticator {
  const verifier = CognitoJwtVerifier.create({ ...settings, tokenUse: 'access' });
  if (jwks) verifier.cacheJwks(jwks);
  return async (token) => {
    let payload;
    try {
      payload = await verifier.verify(token);
    } catch {
      return undefined;
    }
    const principal = principalFromGroups(payload.sub, payload['cognito:groups'] ?? []);
    // `iat` is in whole seconds: a token issued in the second of a revocation counts as before it.
    if (principal && revocations && (await revocations.isRevoked(payload.sub, payload.iat * 1000))) return undefined;
    return principal;
  };
}
