/**
 * A stand-in for Cognito's hosted sign-in on a free port: the authorise, token (code and
 * refresh grants), revoke and logout endpoints, enforcing PKCE (S256) as Cognito does. "Signing in" is automatic; each code is for one exchange only.
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
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
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
    expireAccessTokens: () => issued.clear(),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
