import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { createApp } from './app.ts';

let store: TestStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await createTestStore('api');
  await loadDemoPartnership(store, new Date('2026-05-15T12:00:00Z'));
  app = createApp({ store, version: '9.9.9', today: () => new Date('2026-05-15T12:00:00Z') });
});
afterAll(() => store.drop());

describe('GET /api/health', () => {
  it('reports the version and a reachable store', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: '9.9.9',
      store: { status: 'ok', table: store.tableName },
    });
  });

  it('answers 503 and says the store is unavailable when its table is missing', async () => {
    const broken = createApp({ store: { ...store, tableName: 'no-such-table' }, version: '9.9.9' });
    const response = await broken.request('/api/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', store: { status: 'unavailable' } });
  });
});

describe('GET /api/v1/signatories', () => {
  it('lists the demo signatories across every sector', async () => {
    const response = await app.request('/api/v1/signatories');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { id: string; sector: string; pk?: string }[] };
    expect(items).toHaveLength(12);
    expect(new Set(items.map((s) => s.sector))).toEqual(
      new Set(['local-authority', 'health', 'education', 'voluntary', 'youth-voice', 'parent-carer-forum']),
    );
    expect(items.filter((s) => s.sector === 'education')).toHaveLength(5);
    expect(items[0]).not.toHaveProperty('pk');
  });
});

describe('GET /api/v1/metrics/partnership/activities-by-month', () => {
  it('returns 24 months ending this month, with empty months as zero', async () => {
    const response = await app.request('/api/v1/metrics/partnership/activities-by-month');
    const body = (await response.json()) as {
      from: string;
      to: string;
      series: { month: string; activities: number }[];
    };
    expect(body.from).toBe('2024-06');
    expect(body.to).toBe('2026-05');
    expect(body.series).toHaveLength(24);
    expect(body.series.every((p) => p.activities > 0)).toBe(true);

    const beyond = await app.request('/api/v1/metrics/partnership/activities-by-month?from=2030-01&to=2030-02');
    expect(((await beyond.json()) as typeof body).series).toEqual([
      { month: '2030-01', activities: 0 },
      { month: '2030-02', activities: 0 },
    ]);
  });

  it('rejects a malformed month with problem details naming the field', async () => {
    const response = await app.request('/api/v1/metrics/partnership/activities-by-month?from=May');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: '/api/problems/validation',
      status: 400,
      errors: [{ pointer: '/from', message: 'Enter a month as YYYY-MM' }],
    });
  });
});

describe('unknown paths', () => {
  it('answer 404 as problem details', async () => {
    const response = await app.request('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404, type: '/api/problems/not-found' });
  });
});
