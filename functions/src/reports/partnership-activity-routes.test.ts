/** `/api/v1/metrics/partnership/activities-by-month` over HTTP: activities per month, from the partnership's rollups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFixture, newActivity, school, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('partnership-activity-routes');
});
afterAll(() => api.drop());

interface Series {
  from: string;
  to: string;
  series: { month: string; activities: number }[];
}
const path = '/api/v1/metrics/partnership/activities-by-month';
const get = async (query = '') => {
  const response = await api.call('public', 'GET', `${path}${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Series;
};

describe('activities per month', () => {
  it('covers the 24 months to this one by default, one entry a month in order', async () => {
    const { from, to, series } = await get();
    expect({ from, to }).toEqual({ from: '2024-06', to: '2026-05' });
    expect(series).toHaveLength(24);
    expect(series[0]!.month).toBe('2024-06');
    expect(series.at(-1)!.month).toBe('2026-05');
    expect(series.map((e) => e.month)).toEqual([...series.map((e) => e.month)].sort());
  });

  it('counts a new activity in its month, and no other', async () => {
    const before = await get('?from=2026-03&to=2026-05');
    expect(before.series.map((e) => e.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    const created = await api.call('admin', 'POST', '/api/v1/activities', {
      body: newActivity('counted-1', school, { date: '2026-04-07' }),
    });
    expect(created.status).toBe(201);
    const after = await get('?from=2026-03&to=2026-05');
    expect(after.series.map((e) => e.activities)).toEqual(
      before.series.map((e) => e.activities + (e.month === '2026-04' ? 1 : 0)),
    );
  });

  it('gives months without activities as zero', async () => {
    const { series } = await get('?from=2030-01&to=2030-02');
    expect(series).toEqual([
      { month: '2030-01', activities: 0 },
      { month: '2030-02', activities: 0 },
    ]);
  });

  it('refuses a month that is not YYYY-MM with a problem', async () => {
    for (const query of ['?from=May', '?to=2026-13', '?from=2026-5']) {
      const response = await api.call('public', 'GET', `${path}${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ type: '/api/problems/validation' });
    }
  });
});
