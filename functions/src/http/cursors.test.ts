import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityList } from '../activities/activity-entity.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';
import { council, createApiFixture, school, type ApiFixture } from '../testing/api-fixture.ts';
import { createApp } from './app.ts';
import { cursorKeyFromEnv, cursorSigner, listBinding } from './cursors.ts';

describe('cursor signing', () => {
  const signer = cursorSigner(randomBytes(32));
  const binding = listBinding('activities', { signatoryId: council, from: '2026-01-01' });

  it('opens a cursor only for the list it was signed for, and not once changed', () => {
    const signed = signer.sign(binding, 'eyJwayI6IkEifQ');
    expect(signer.open(binding, signed)).toBe('eyJwayI6IkEifQ');
    expect(signer.open(listBinding('activities', { signatoryId: school, from: '2026-01-01' }), signed)).toBeUndefined();
    expect(signer.open(binding, signed.replace('eyJwayI6IkEifQ', 'eyJwayI6IkIifQ'))).toBeUndefined();
    expect(signer.open(binding, 'eyJwayI6IkEifQ')).toBeUndefined();
    expect(cursorSigner(randomBytes(32)).open(binding, signed)).toBeUndefined();
  });

  it('binds to the filters, in any order, but not to the page size or the cursor', () => {
    expect(listBinding('loops', { status: 'done', signatoryId: council, limit: 5, cursor: 'x' })).toBe(
      listBinding('loops', { signatoryId: council, status: 'done', limit: 50 }),
    );
    expect(listBinding('loops', { signatoryId: council })).not.toBe(
      listBinding('activities', { signatoryId: council }),
    );
  });

  it('derives one key from the origin secret, so every instance behind CloudFront follows the others’ cursors', () => {
    const env = { ORIGIN_VERIFY_SECRET: 'shared-secret' };
    expect(cursorKeyFromEnv(env).equals(cursorKeyFromEnv(env))).toBe(true);
    expect(cursorKeyFromEnv(env).equals(Buffer.from('shared-secret'))).toBe(false);
    // Without it, one random key for the whole process.
    expect(cursorKeyFromEnv({}).equals(cursorKeyFromEnv({}))).toBe(true);
    expect(cursorKeyFromEnv({}).equals(cursorKeyFromEnv(env))).toBe(false);
  });
});

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('cursors');
});
afterAll(() => api.drop());

const list = async (caller: 'admin' | 'councilEditor', query: string) => {
  const response = await api.call(caller, 'GET', `/api/v1/activities?${query}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('list cursors', () => {
  it('follows its own cursors page by page to the same records as one page', async () => {
    const whole = await list('admin', `signatoryId=${school}&limit=200`);
    const ids: unknown[] = [];
    let cursor: unknown;
    do {
      const page = await list('admin', `signatoryId=${school}&limit=20${cursor ? `&cursor=${String(cursor)}` : ''}`);
      expect(page.status).toBe(200);
      ids.push(...(page.body.items as { id: string }[]).map((a) => a.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids).toEqual((whole.body.items as { id: string }[]).map((a) => a.id));
  });

  it('answers 400, not 500, to a well-formed key of another organisation’s list', async () => {
    // The key the store itself returns after the school's first activity, as an unsigned cursor used to be.
    const { LastEvaluatedKey } = await api.store.client.send(
      new QueryCommand({
        TableName: api.store.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': signatoryRecords(school, activityList) },
        Limit: 1,
      }),
    );
    const crafted = Buffer.from(JSON.stringify(LastEvaluatedKey)).toString('base64url');
    const page = await list('councilEditor', `cursor=${crafted}`);
    expect(page.status).toBe(400);
    expect(page.body).toMatchObject({ type: '/api/problems/validation', errors: [{ pointer: '/cursor' }] });
  });

  it('answers 400 to a cursor issued for another list, or by a server with another key', async () => {
    const schools = await list('admin', `signatoryId=${school}&limit=1`);
    const cursor = String(schools.body.nextCursor);
    expect((await list('admin', `signatoryId=${school}&limit=1&cursor=${cursor}`)).status).toBe(200);
    expect((await list('admin', `signatoryId=${council}&limit=1&cursor=${cursor}`)).status).toBe(400);
    expect((await list('admin', `signatoryId=${school}&from=2026-01-01&limit=1&cursor=${cursor}`)).status).toBe(400);
    // Anyone reads signatories: the same list, from this server and from one with another key.
    const first = (await (await api.app.request('/api/v1/signatories?limit=1')).json()) as { nextCursor: string };
    const next = `/api/v1/signatories?limit=1&cursor=${first.nextCursor}`;
    expect((await api.app.request(next)).status).toBe(200);
    const other = createApp({ store: api.store, version: 'test', cursorKey: randomBytes(32) });
    expect((await other.request(next)).status).toBe(400);
  });
});
