import { describe, expect, it } from 'vitest';
import { beginSignIn, codeChallenge, cognitoFromEnv, exchangeCode, signOutUrl, SignInFailed } from './cognito.ts';

const settings = { domain: 'https://pool.auth.eu-west-2.amazoncognito.com', clientId: 'client-1' };

describe('the hosted sign-in with PKCE', () => {
  it('derives the S256 challenge of RFC 7636’s example verifier', () => {
    expect(codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('is used only when the deployment names the domain and the client', () => {
    expect(cognitoFromEnv({})).toBeUndefined();
    expect(
      cognitoFromEnv({ COGNITO_DOMAIN: 'pool.auth.eu-west-2.amazoncognito.com/', COGNITO_CLIENT_ID: 'c' }),
    ).toMatchObject({ domain: 'https://pool.auth.eu-west-2.amazoncognito.com', clientId: 'c' });
  });

  it('sends the challenge, never the verifier, and a fresh state each time', () => {
    const first = beginSignIn(settings, 'https://site.example/auth/callback', '/manage');
    const second = beginSignIn(settings, 'https://site.example/auth/callback', '/manage');
    const query = new URL(first.location).searchParams;
    expect(query.get('code_challenge')).toBe(codeChallenge(first.pending.verifier));
    expect(first.location).not.toContain(first.pending.verifier);
    expect(first.pending.state).not.toBe(second.pending.state);
    expect(first.pending.verifier.length).toBeGreaterThanOrEqual(43);
  });

  it('exchanges the code with the verifier and greets the person by the ID token’s e-mail', async () => {
    let sent: URLSearchParams | undefined;
    const idToken = ['e30', Buffer.from('{"email":"chair@board.example"}').toString('base64url'), ''].join('.');
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      sent = init.body as URLSearchParams;
      return Response.json({ access_token: 'access', id_token: idToken, expires_in: 3600 });
    }) as unknown as typeof fetch;
    const tokens = await exchangeCode(
      settings,
      { code: 'c', redirectUri: 'https://site.example/auth/callback', verifier: 'v' },
      fetchImpl,
    );
    expect(tokens).toEqual({ accessToken: 'access', expiresIn: 3600, name: 'chair@board.example' });
    expect(Object.fromEntries(sent!)).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client-1',
      code: 'c',
      redirect_uri: 'https://site.example/auth/callback',
      code_verifier: 'v',
    });
  });

  it('fails plainly when the token endpoint refuses', async () => {
    const refusing = (async () =>
      new Response('{"error":"invalid_grant"}', { status: 400 })) as unknown as typeof fetch;
    await expect(
      exchangeCode(settings, { code: 'c', redirectUri: 'r', verifier: 'v' }, refusing),
    ).rejects.toBeInstanceOf(SignInFailed);
  });

  it('signs out of the hosted sign-in too, returning to the site', () => {
    expect(signOutUrl(settings, 'https://site.example/')).toBe(
      'https://pool.auth.eu-west-2.amazoncognito.com/logout?client_id=client-1&logout_uri=https%3A%2F%2Fsite.example%2F',
    );
  });
});
