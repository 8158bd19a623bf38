/**
 * A stand-in for Cognito's hosted sign-in on a free port: the authorise, token (code and
 * refresh grants), revoke and logout endpoints, enforcing PKCE (S256) as Cognito does. "Signing in" is automatic; each code is for one exchange only.
 * It also answers the user pool API the site's own sign-in pages call (`POST /` with
 * `X-Amz-Target`): `InitiateAuth` with `USER_PASSWORD_AUTH` for the current user and
 * `password`, then `RespondToAuthChallenge` with the app's code `123456`, after setting
 * the app up (`AssociateSoftwareToken`, `VerifySoftwareToken`) for a user who has none
 * yet; and `ForgotPassword`, which answers the same for every address.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCognito {
  url: string;
  clientId: string;
  /** Access tokens issued so far, and whose each is. */
  issued: Map<string, string>;
  /** Who signs in next. */
  user: { email: string };
  /** Every token request's form fields, for assertions. */
  tokenRequests: URLSearchParams[];
  /** Sends the next sign-in back with another `state`, as a forged callback would arrive. */
  forgeNextState(state: string): void;
  /** Refresh tokens issued and not revoked, and whose each is. */
  refreshTokens: Map<string, string>;
  /** Refresh tokens revoked at sign-out. */
  revoked: string[];
  /** The password the user pool API accepts for the current user. */
  password: string;
  /** Invited people who must choose their own password at their next sign-in (`NEW_PASSWORD_REQUIRED`). */
  invited: Set<string>;
  /** The user pool API calls so far, by name, for assertions. */
  apiCalls: string[];
  /** An hour passes: every access token issued so far stops working. */
  expireAccessTokens(): void;
  close(): Promise<void>;
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

export async function startFakeCognito(user: { email: string }): Promise<FakeCognito> {
  const clientId = 'fake-client';
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const issued = new Map<string, string>();
  const current = { ...user };
  const tokenRequests: URLSearchParams[] = [];
  const refreshTokens = new Map<string, string>();
  const revoked: string[] = [];
  let forgedState: string | undefined;
  const apiCalls: string[] = [];
  const challenges = new Map<string, { email: string; expects: string }>();
  /** Who has set up an authenticator app: the first user has; anyone else sets one up on signing in. */
  const withApp = new Set([user.email]);
  const invited = new Set<string>();
  const step = (email: string, expects: string) => {
    const session = randomBytes(32).toString('base64url');
    challenges.set(session, { email, expects });
    return session;
  };
  const take = (session: unknown, expects: string) => {
    const found = challenges.get(String(session));
    if (found?.expects !== expects) return undefined;
    challenges.delete(String(session));
    return found.email;
  };
  const state = { password: 'Correct-horse-1' } as const;
  const issueTokens = (email: string) => {
    const accessToken = `fake-access-${randomBytes(8).toString('hex')}`;
    const refreshToken = `fake-refresh-${randomBytes(8).toString('hex')}`;
    issued.set(accessToken, email);
    refreshTokens.set(refreshToken, email);
    const idToken = [base64url('{"alg":"none"}'), base64url(JSON.stringify({ email })), ''].join('.');
    return { AccessToken: accessToken, IdToken: idToken, RefreshToken: refreshToken, ExpiresIn: 3600 };
  };
  /** The user pool API, in its JSON protocol: the answer, or Cognito's error type. */
  const userPoolApi = (action: string, input: Record<string, unknown>): [number, Record<string, unknown>] => {
    apiCalls.push(action);
    const refuse = (type: string, message: string): [number, Record<string, unknown>] => [
      400,
      { __type: type, message },
    ];
    const expired = () => refuse('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    if (action === 'AssociateSoftwareToken') {
      const email = take(input.Session, 'MFA_SETUP');
      return email
        ? [200, { SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: step(email, 'VERIFY') }]
        : expired();
    }
    if (action === 'VerifySoftwareToken') {
      const email = take(input.Session, 'VERIFY');
      if (!email) return expired();
      if (input.UserCode !== '123456') return refuse('EnableSoftwareTokenMFAException', 'Code mismatch');
      withApp.add(email);
      return [200, { Status: 'SUCCESS', Session: step(email, 'MFA_SETUP') }];
    }
    if (input.ClientId !== clientId) return refuse('ResourceNotFoundException', 'No such client.');
    if (action === 'ForgotPassword')
      return [
        200,
        { CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email', Destination: 'c***@b***' } },
      ];
    if (action === 'InitiateAuth') {
      const parameters = input.AuthParameters as Record<string, string>;
      if (
        input.AuthFlow !== 'USER_PASSWORD_AUTH' ||
        parameters.USERNAME !== current.email ||
        parameters.PASSWORD !== state.password
      )
        return refuse('NotAuthorizedException', 'Incorrect username or password.');
      const challenge = invited.has(current.email)
        ? 'NEW_PASSWORD_REQUIRED'
        : withApp.has(current.email)
          ? 'SOFTWARE_TOKEN_MFA'
          : 'MFA_SETUP';
      return [
        200,
        {
          ChallengeName: challenge,
          Session: step(current.email, challenge),
          ChallengeParameters: { USER_ID_FOR_SRP: 'sub-123' },
        },
      ];
    }
    if (action === 'RespondToAuthChallenge') {
      const answers = input.ChallengeResponses as Record<string, string>;
      const pending = challenges.get(String(input.Session));
      if (!pending || input.ChallengeName !== pending.expects || answers.USERNAME !== 'sub-123') return expired();
      // A wrong code may be tried again with the same session, as Cognito allows.
      if (pending.expects === 'SOFTWARE_TOKEN_MFA' && answers.SOFTWARE_TOKEN_MFA_CODE !== '123456')
        return refuse('CodeMismatchException', 'Invalid code received for user');
      if (pending.expects === 'NEW_PASSWORD_REQUIRED') {
        // The pool's rules, as Cognito words a refusal: at least 12 characters here.
        if ((answers.NEW_PASSWORD ?? '').length < 12)
          return refuse('InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
        challenges.delete(String(input.Session));
        invited.delete(pending.email);
        const next = withApp.has(pending.email) ? 'SOFTWARE_TOKEN_MFA' : 'MFA_SETUP';
        return [200, { ChallengeName: next, Session: step(pending.email, next), ChallengeParameters: {} }];
      }
      challenges.delete(String(input.Session));
      return [200, { AuthenticationResult: issueTokens(pending.email) }];
    }
    return refuse('InvalidParameterException', `${action} is not offered here.`);
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const target = req.headers['x-amz-target'];
    if (req.method === 'POST' && url.pathname === '/' && typeof target === 'string') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const [status, answer] = userPoolApi(
          target.split('.').pop() ?? '',
          JSON.parse(body || '{}') as Record<string, unknown>,
        );
        res
          .writeHead(status, {
            'content-type': 'application/x-amz-json-1.1',
            ...(status === 200 ? {} : { 'x-amzn-errortype': String(answer.__type) }),
          })
          .end(JSON.stringify(answer));
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      const q = url.searchParams;
      if (q.get('client_id') !== clientId || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        res.writeHead(400).end('invalid_request');
        return;
      }
      const code = randomBytes(8).toString('hex');
      codes.set(code, { challenge: q.get('code_challenge')!, redirectUri: q.get('redirect_uri')! });
      const back = new URL(q.get('redirect_uri')!);
      back.searchParams.set('code', code);
      back.searchParams.set('state', forgedState ?? q.get('state') ?? '');
      forgedState = undefined;
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        tokenRequests.push(form);
        const send = (json: Record<string, unknown>) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
        const accessFor = (email: string) => {
          const accessToken = `fake-access-${randomBytes(8).toString('hex')}`;
          issued.set(accessToken, email);
          const idToken = [base64url('{"alg":"none"}'), base64url(JSON.stringify({ email })), ''].join('.');
          return { access_token: accessToken, id_token: idToken, expires_in: 3600, token_type: 'Bearer' };
        };
        if (form.get('grant_type') === 'refresh_token') {
          // As Cognito: new access and ID tokens, no new refresh token.
          const email = refreshTokens.get(form.get('refresh_token') ?? '');
          if (!email || form.get('client_id') !== clientId) {
            res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
            return;
          }
          send(accessFor(email));
          return;
        }
        const pending = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const ok =
          pending &&
          form.get('grant_type') === 'authorization_code' &&
          form.get('client_id') === clientId &&
          form.get('redirect_uri') === pending.redirectUri &&
          createHash('sha256').update(verifier).digest('base64url') === pending.challenge;
        if (!ok) {
          res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"invalid_grant"}');
          return;
        }
        const refreshToken = `fake-refresh-${randomBytes(8).toString('hex')}`;
        refreshTokens.set(refreshToken, current.email);
        send({ ...accessFor(current.email), refresh_token: refreshToken });
      });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/oauth2/revoke') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const token = new URLSearchParams(body).get('token') ?? '';
        if (refreshTokens.delete(token)) revoked.push(token);
        res.writeHead(200).end();
      });
      return;
    }
    if (req.method === 'GET' && url.pathname === '/logout' && url.searchParams.get('client_id') === clientId) {
      res.writeHead(302, { location: url.searchParams.get('logout_uri') ?? '/' }).end();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    issued,
    user: current,
    tokenRequests,
    forgeNextState: (state) => {
      forgedState = state;
    },
    refreshTokens,
    revoked,
    password: state.password,
    apiCalls,
    invited,
    expireAccessTokens: () => issued.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
