import { createSign, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { cognitoAuthenticator, principalFromGroups } from './cognito-authenticator.ts';
import { revocationCacheMs, tokenRevocations } from './revocations.ts';

const userPoolId = 'eu-west-2_Demo12345';
const clientId = 'demo-client-id';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };

/** An access token as Cognito issues them, signed with the test's key. */
function accessToken(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })}.${encode({
    iss: `https://cognito-idp.eu-west-2.amazonaws.com/${userPoolId}`,
    client_id: clientId,
    token_use: 'access',
    sub: 'user-123',
    iat: now,
    exp: now + 600,
    ...claims,
  })}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

describe('Cognito sign-in', () => {
  const authenticate = cognitoAuthenticator({ userPoolId, clientId }, { jwks: { keys: [jwk] } as never });

  it('maps a verified access token’s groups to a role and a signatory', async () => {
    const token = accessToken({ 'cognito:groups': ['signatory-editor', 'signatory:oakfield-special-school'] });
    expect(await authenticate(token)).toEqual({
      kind: 'user',
      id: 'user-123',
      role: 'signatory-editor',
      signatoryId: 'oakfield-special-school',
    });
  });

  it('refuses a token for another app client, an expired token and a forged signature', async () => {
    expect(
      await authenticate(accessToken({ client_id: 'someone-else', 'cognito:groups': ['board-admin'] })),
    ).toBeUndefined();
    expect(await authenticate(accessToken({ exp: 1_000, 'cognito:groups': ['board-admin'] }))).toBeUndefined();
    const [header, payload] = accessToken({ 'cognito:groups': ['reviewer', 'signatory:x'] }).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), 'cognito:groups': ['board-admin'] })).toString('base64url')}.${accessToken({}).split('.')[2]}`;
    expect(await authenticate(forged)).toBeUndefined();
  });

  it('gives no role to users outside the role groups, and needs a signatory for editors and reviewers', () => {
    expect(principalFromGroups('u', [])).toBeUndefined();
    expect(principalFromGroups('u', ['reviewer'])).toBeUndefined();
    expect(principalFromGroups('u', ['signatory-editor'])).toBeUndefined();
    expect(principalFromGroups('u', ['board-admin'])).toEqual({ kind: 'user', id: 'u', role: 'board-admin' });
  });

  it('signs a commissioner in without an organisation', () => {
    expect(principalFromGroups('u', ['commissioner'])).toEqual({ kind: 'user', id: 'u', role: 'commissioner' });
  });

  it('gives the more powerful role to someone in two role groups', () => {
    expect(principalFromGroups('u', ['commissioner', 'board-admin'])).toMatchObject({ role: 'board-admin' });
    expect(principalFromGroups('u', ['commissioner', 'reviewer', 'signatory:x'])).toMatchObject({ role: 'reviewer' });
  });
});

describe('revoked Cognito tokens', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('cognito-revocations');
  });
  afterAll(() => store.drop());

  it('refuses a token issued before its owner was signed out, in every process within the cache window', async () => {
    let clock = Date.now();
    const now = () => clock;
    // This process authenticates; another (the API function that served the sign-out) revokes.
    const here = tokenRevocations(store, { now, cacheMs: revocationCacheMs });
    const elsewhere = tokenRevocations(store, { now });
    const authenticate = cognitoAuthenticator(
      { userPoolId, clientId },
      { jwks: { keys: [jwk] } as never, revocations: here },
    );
    const seconds = (ms: number) => Math.floor(ms / 1000);
    const token = accessToken({ iat: seconds(clock) - 5, 'cognito:groups': ['board-admin'] });
    await expect(authenticate(token)).resolves.toMatchObject({ id: 'user-123', role: 'board-admin' });

    await elsewhere.revoke('user-123');
    // This process read "not revoked" less than a minute ago.
    clock += revocationCacheMs - 1_000;
    await expect(authenticate(token)).resolves.toMatchObject({ id: 'user-123' });
    clock += 1_000;
    await expect(authenticate(token)).resolves.toBeUndefined();

    // Someone else's token, and the person's own after signing in again, still work.
    const other = accessToken({ sub: 'user-456', iat: seconds(clock) - 5, 'cognito:groups': ['board-admin'] });
    await expect(authenticate(other)).resolves.toMatchObject({ id: 'user-456' });
    const again = accessToken({ iat: seconds(clock) + 1, 'cognito:groups': ['board-admin'] });
    await expect(authenticate(again)).resolves.toMatchObject({ id: 'user-123' });
  });

  it('refuses at once in the process that revoked', async () => {
    const revocations = tokenRevocations(store);
    const authenticate = cognitoAuthenticator(
      { userPoolId, clientId },
      { jwks: { keys: [jwk] } as never, revocations },
    );
    const token = accessToken({ sub: 'user-789', 'cognito:groups': ['commissioner'] });
    await expect(authenticate(token)).resolves.toMatchObject({ id: 'user-789' });
    await revocations.revoke('user-789');
    await expect(authenticate(token)).resolves.toBeUndefined();
  });
});
