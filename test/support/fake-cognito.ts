/**
 * A stand-in for Cognito's hosted sign-in on a free port: the authorise, token and
 * logout endpoints of the authorisation code flow, enforcing PKCE (S256) as Cognito
 * does. "Signing in" is automatic; each code is for one exchange only.
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
  close(): Promise<void>;
}

const base64url = (value: string) => Buffer.from(value).toString('base64url');

export async function startFakeCognito(user: { email: string }): Promise<FakeCognito> {
  const clientId = 'fake-client';
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const issued = new Map<string, string>();
  const current = { ...user };
  const tokenRequests: URLSearchParams[] = [];
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
        const accessToken = `fake-access-${randomBytes(8).toString('hex')}`;
        issued.set(accessToken, current.email);
        const idToken = [base64url('{"alg":"none"}'), base64url(JSON.stringify({ email: current.email })), ''].join(
          '.',
        );
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(
            JSON.stringify({ access_token: accessToken, id_token: idToken, expires_in: 3600, token_type: 'Bearer' }),
          );
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
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
