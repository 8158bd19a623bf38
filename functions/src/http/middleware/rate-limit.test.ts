import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '../../identity/api-keys.ts';
import { createTestStore, type TestStore } from '../../testing/test-store.ts';
import { createApp } from '../app.ts';
import { apiKeyKeys } from '../../identity/api-key-entity.ts';

let store: TestStore;
/** Reads of the table (API keys are looked up with one each), counted as the SDK sends them. */
let reads = 0;

beforeAll(async () => {
  store = await createTestStore('rate-limit');
  store.client.middlewareStack.add(
    (next, context) => async (args) => {
      if (/^Get/.test(context.commandName ?? '')) reads += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countReads' },
  );
});
afterAll(() => store.drop());

async function issueKey(): Promise<string> {
  const key = generateApiKey();
  const signatoryId = 'oakfield-special-school';
  await store.client.send(
    new PutCommand({
      TableName: store.tableName,
      Item: {
        ...apiKeyKeys({ ...key, signatoryId }),
        entity: 'api-key',
        signatoryId,
        prefix: key.prefix,
        label: 'School MIS export',
        createdAt: '2026-05-01T09:00:00.000Z',
        createdBy: 'user:demo-board-admin',
        revoked: false,
      },
    }),
  );
  return key.key;
}

/** A request from a viewer address (as the pages' in-process calls and CloudFront name it), with a token or none. */
function from(address: string, token?: string): RequestInit {
  return {
    headers: { 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  };
}

describe('the rate limit', () => {
  it('refuses an address that keeps sending credentials that are not valid, long before good requests are limited', async () => {
    // 100 requests a minute per client, so 5 failed authentications a minute per address.
    const app = createApp({ store, version: 'test', rateLimitPerMinute: 100 });
    const good = await issueKey();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push((await app.request('/api/v1/me', from('203.0.113.7', generateApiKey().key))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);

    // Once refused, a request with credentials from that address is refused before any lookup, good key or not.
    const readsBefore = reads;
    const refused = await app.request('/api/v1/me', from('203.0.113.7', generateApiKey().key));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ status: 429, type: '/api/problems/rate-limited' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await app.request('/api/v1/me', from('203.0.113.7', good))).status).toBe(429);
    expect(reads).toBe(readsBefore);
    // From an address that has not failed, the same request is looked up.
    expect((await app.request('/api/v1/me', from('203.0.113.70', generateApiKey().key))).status).toBe(401);
    expect(reads).toBeGreaterThan(readsBefore);

    // The public from that address, and the good key from another, are still answered.
    expect((await app.request('/api/v1/signatories', from('203.0.113.7'))).status).toBe(200);
    const elsewhere: number[] = [];
    for (let i = 0; i < 20; i += 1)
      elsewhere.push((await app.request('/api/v1/me', from('198.51.100.4', good))).status);
    expect(elsewhere.every((status) => status === 200)).toBe(true);
  });

  it('counts a malformed Authorization header as a failed authentication', async () => {
    const app = createApp({ store, version: 'test', rateLimitPerMinute: 20 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (
          await app.request('/api/v1/me', {
            headers: { 'x-forwarded-for': '203.0.113.8', authorization: 'Basic dXNlcjpwYXNz' },
          })
        ).status,
      );
    expect(statuses).toEqual([401, 429, 429]);
  });

  it('never refuses many good requests at once for failures', async () => {
    const app = createApp({ store, version: 'test', rateLimitPerMinute: 100 });
    const good = await issueKey();
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => app.request('/api/v1/me', from('203.0.113.9', good))),
    );
    expect(responses.map((r) => r.status).filter((status) => status !== 200)).toEqual([]);
  });

  it('gives each credential its own allowance, and the public one per address', async () => {
    const app = createApp({ store, version: 'test', rateLimitPerMinute: 3 });
    const [first, second] = [await issueKey(), await issueKey()];
    const statuses = async (init: RequestInit, path = '/api/v1/signatories') => {
      const seen: number[] = [];
      for (let i = 0; i < 4; i += 1) seen.push((await app.request(path, init)).status);
      return seen;
    };
    expect(await statuses(from('192.0.2.1', first))).toEqual([200, 200, 200, 429]);
    expect(await statuses(from('192.0.2.1', second))).toEqual([200, 200, 200, 429]);
    expect(await statuses(from('192.0.2.1'))).toEqual([200, 200, 200, 429]);
    expect(await statuses(from('192.0.2.2'))).toEqual([200, 200, 200, 429]);
    const limited = await app.request('/api/v1/signatories', from('192.0.2.2'));
    expect(limited.headers.get('ratelimit')).toMatch(/limit=3, remaining=0/);
  });
});
