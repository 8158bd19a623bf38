/**
 * Signing in with Cognito's hosted sign-in: the authorisation code flow with PKCE
 * (RFC 7636) for a public client, so no client secret is stored anywhere. The code is
 * exchanged for tokens at the token endpoint by the server; the browser never sees them.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface CognitoSettings {
  /** The hosted sign-in's base URL, e.g. `https://equal-partners-dev.auth.eu-west-2.amazoncognito.com`. */
  domain: string;
  clientId: string;
}

/** Cognito sign-in when the deployment configured it (COGNITO_DOMAIN and COGNITO_CLIENT_ID). */
export function cognitoFromEnv(env: NodeJS.ProcessEnv = process.env): CognitoSettings | undefined {
  if (!env.COGNITO_DOMAIN || !env.COGNITO_CLIENT_ID) return undefined;
  const domain = /^https?:\/\//.test(env.COGNITO_DOMAIN) ? env.COGNITO_DOMAIN : `https://${env.COGNITO_DOMAIN}`;
  return {
    domain: domain.replace(/\/+$/, ''),
    clientId: env.COGNITO_CLIENT_ID,
  };
}

/** The S256 code challenge of a verifier. */
export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** What the browser keeps (in an HttpOnly cookie) between leaving for Cognito and coming back. */
export interface PendingSignIn {
  state: string;
  verifier: string;
  returnTo: string;
}

/** Starts a sign-in: the address to send the browser to, and what to keep until it comes back. */
export function beginSignIn(
  settings: CognitoSettings,
  redirectUri: string,
  returnTo: string,
): { location: string; pending: PendingSignIn } {
  const pending = {
    state: randomBytes(16).toString('base64url'),
    verifier: randomBytes(48).toString('base64url'),
    returnTo,
  };
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state: pending.state,
    code_challenge: codeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  });
  return { location: `${settings.domain}/oauth2/authorize?${query}`, pending };
}

export interface SignedInTokens {
  accessToken: string;
  /** Seconds the access token is valid for. */
  expiresIn: number;
  /** The e-mail address (or user name) from the ID token, to greet the person by. */
  name: string;
  /** For new access tokens without signing in again (sent by the code exchange, not by a refresh). */
  refreshToken?: string;
}

export class SignInFailed extends Error {}

/** The claims of a JWT received straight from the token endpoint over TLS (OIDC core 3.1.3.7). */
function claimsOf(jwt: string | undefined): Record<string, unknown> {
  const payload = jwt?.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Asks the token endpoint for tokens with a grant (RFC 6749 section 4.1.3 or 6). */
async function requestTokens(
  settings: CognitoSettings,
  grant: Record<string, string>,
  fetchImpl: typeof fetch,
): Promise<SignedInTokens> {
  const response = await fetchImpl(`${settings.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: settings.clientId, ...grant }),
  });
  if (!response.ok) throw new SignInFailed(`The token endpoint answered ${response.status}.`);
  const tokens = (await response.json()) as {
    access_token?: string;
    id_token?: string;
    expires_in?: number;
    refresh_token?: string;
  };
  if (!tokens.access_token) throw new SignInFailed('The token endpoint sent no access token.');
  const claims = claimsOf(tokens.id_token);
  return {
    accessToken: tokens.access_token,
    expiresIn: tokens.expires_in ?? 3600,
    name: String(claims.email ?? claims['cognito:username'] ?? ''),
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
}

/** Exchanges the authorisation code for tokens at Cognito's token endpoint. */
export function exchangeCode(
  settings: CognitoSettings,
  request: { code: string; redirectUri: string; verifier: string },
  fetchImpl: typeof fetch = fetch,
): Promise<SignedInTokens> {
  return requestTokens(
    settings,
    {
      grant_type: 'authorization_code',
      code: request.code,
      redirect_uri: request.redirectUri,
      code_verifier: request.verifier,
    },
    fetchImpl,
  );
}

/** A new access token for a refresh token, so a session outlives its one-hour access token. */
export function refreshTokens(
  settings: CognitoSettings,
  refreshToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<SignedInTokens> {
  return requestTokens(settings, { grant_type: 'refresh_token', refresh_token: refreshToken }, fetchImpl);
}

/** Revokes a refresh token (and the access tokens issued with it) when someone signs out; best effort. */
export async function revokeRefreshToken(
  settings: CognitoSettings,
  refreshToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  try {
    await fetchImpl(`${settings.domain}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refreshToken, client_id: settings.clientId }),
    });
  } catch {
    // Signing out still ends the session here and at the hosted sign-in; the token expires by itself.
  }
}

/** Cognito's sign-out, which ends its own session too and returns to `returnTo` (a registered sign-out URL). */
export function signOutUrl(settings: CognitoSettings, returnTo: string): string {
  return `${settings.domain}/logout?${new URLSearchParams({ client_id: settings.clientId, logout_uri: returnTo })}`;
}
