import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp, type SvelteKitServer } from '../../lambda/web.ts';
import { createTestStore, type TestStore } from '../../testing/test-store.ts';
import { createApp } from '../app.ts';
import { originSecretFromEnv, originSecretHeader } from './origin-secret.ts';

const secret = 'kT9pXw2LqZ7vR4sB8nD3fH6jM1cY5gA0';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore('origin-secret');
});
afterAll(() => store.drop());

const expectRefused = async (response: Response) => {
  expect(response.status).toBe(403);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(await response.json()).toMatchObject({
    type: '/api/problems/forbidden',
    status: 403,
    detail: expect.stringContaining('through its own address'),
  });
};

describe('the CloudFront origin secret', () => {
  it('is configured by ORIGIN_VERIFY_SECRET, and an empty value configures nothing', () => {
    expect(originSecretFromEnv({ ORIGIN_VERIFY_SECRET: secret })).toBe(secret);
    expect(originSecretFromEnv({ ORIGIN_VERIFY_SECRET: '' })).toBeUndefined();
    expect(originSecretFromEnv({})).toBeUndefined();
  });

  describe('when configured, the API', () => {
    const app = () => createApp({ store, version: 'test', originSecret: secret });

    it('refuses a request without it, or with another value, with a 403 problem', async () => {
      await expectRefused(await app().request('/api/health'));
      await expectRefused(await app().request('/api/health', { headers: { [originSecretHeader]: 'guess' } }));
      await expectRefused(
        await app().request('/api/v1/activities', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: 'never-written' }),
        }),
      );
    });

    it('answers a request that carries it', async () => {
      const response = await app().request('/api/health', { headers: { [originSecretHeader]: secret } });
      expect(response.status).toBe(200);
    });
  });

  it('is not required when not configured (npm start, the tests, in-process calls from pages)', async () => {
    const response = await createApp({ store, version: 'test' }).request('/api/health');
    expect(response.status).toBe(200);
  });

  it('guards the pages in the same way', async () => {
    const server: SvelteKitServer = { init: async () => {}, respond: async () => new Response('a page') };
    const web = createWebApp(async () => server, { ORIGIN_VERIFY_SECRET: secret });
    await expectRefused(await web.request('/public'));
    const page = await web.request('/public', { headers: { [originSecretHeader]: secret } });
    expect(await page.text()).toBe('a page');
    expect(await (await createWebApp(async () => server, {}).request('/public')).text()).toBe('a page');
  });
});
