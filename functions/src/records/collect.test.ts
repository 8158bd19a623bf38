import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, newActivity, newLoop, school, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('collect');
});
afterAll(() => api.drop());

const json = async <T = Record<string, unknown>>(response: Response) => (await response.json()) as T;

describe('creating records', () => {
  it('creates an activity, returns it with its version as the ETag and a Location', async () => {
    const response = await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('create-1') });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.headers.get('location')).toBe('/api/v1/activities/create-1');
    const body = await json(response);
    expect(body).toMatchObject({ id: 'create-1', version: 1, createdBy: 'user:demo-council-editor' });
    const read = await api.call('councilEditor', 'GET', '/api/v1/activities/create-1');
    expect(await json(read)).toMatchObject({ title: 'Parent drop-in at the library', participants: { total: 20 } });
  });

  it('treats the same id with the same body as a retry: one record, the original returned', async () => {
    const first = await api.call('councilKey', 'POST', '/api/v1/activities', { body: newActivity('retry-1') });
    const again = await api.call('councilKey', 'POST', '/api/v1/activities', { body: newActivity('retry-1') });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((await json(again)).createdAt).toBe((await json(first)).createdAt);
    const list = await json<{ items: { id: string }[] }>(
      await api.call(
        'admin',
        'GET',
        `/api/v1/activities?signatoryId=${council}&from=2026-05-02&to=2026-05-02&limit=200`,
      ),
    );
    expect(list.items.filter((a) => a.id === 'retry-1')).toHaveLength(1);
  });

  it('refuses the same id with a different body with 409 and keeps the original', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('conflict-1') });
    const response = await api.call('councilEditor', 'POST', '/api/v1/activities', {
      body: newActivity('conflict-1', council, { title: 'Something else' }),
    });
    expect(response.status).toBe(409);
    expect(await json(response)).toMatchObject({ type: '/api/problems/conflict', status: 409 });
    const read = await json(await api.call('councilEditor', 'GET', '/api/v1/activities/conflict-1'));
    expect(read.title).toBe('Parent drop-in at the library');
  });
});

describe('every error of a record', () => {
  it('comes back in one problem: a future date, a title too long, a number that is not one, first-timers above the total', async () => {
    const response = await api.call('councilEditor', 'POST', '/api/v1/activities', {
      body: newActivity('four-errors-1', council, {
        date: '2030-01-01',
        title: 'x'.repeat(201),
        participants: { total: 20, firstTime: 30, demographicsRecorded: 'lots', groups: {} },
      }),
    });
    expect(response.status).toBe(400);
    const problem = await json<{ type: string; errors: { pointer: string; message: string; rule?: string }[] }>(
      response,
    );
    expect(problem.type).toBe('/api/problems/validation');
    expect(problem.errors.map((e) => e.pointer)).toEqual([
      '/title',
      '/participants/demographicsRecorded',
      '/participants/firstTime',
      '/date',
    ]);
    // The English for every client; a broken rule's code beside it, for a client that words it otherwise.
    expect(problem.errors.slice(2)).toEqual([
      {
        pointer: '/participants/firstTime',
        message: 'First-time participants cannot exceed the total',
        rule: 'firstTimeAboveTotal',
      },
      { pointer: '/date', message: 'The date cannot be in the future', rule: 'futureDate' },
    ]);
    expect((await api.call('admin', 'GET', '/api/v1/activities/four-errors-1')).status).toBe(404);
  });

  it('includes an end date before the start date, on create and replace', async () => {
    const endsEarly = newActivity('ends-early-1', council, { date: '2026-05-02', endDate: '2026-05-01' });
    const created = await api.call('councilEditor', 'POST', '/api/v1/activities', { body: endsEarly });
    expect(created.status).toBe(400);
    expect(await json(created)).toMatchObject({
      errors: [{ pointer: '/endDate', message: 'The end date cannot be before the start date' }],
    });
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: { ...endsEarly, endDate: '2026-05-03' } });
    const replaced = await api.call('councilEditor', 'PUT', '/api/v1/activities/ends-early-1', {
      body: endsEarly,
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.status).toBe(400);
    expect(await json(replaced)).toMatchObject({ errors: [{ pointer: '/endDate' }] });
  });

  it('is not listed to a caller who may not write the record: 403', async () => {
    const response = await api.call('commissioner', 'POST', '/api/v1/activities', {
      body: newActivity('four-errors-2', council, { date: '2030-01-01', title: 'x'.repeat(201) }),
    });
    expect(response.status).toBe(403);
    expect(await json(response)).not.toHaveProperty('errors');
  });
});

describe('updating with optimistic concurrency', () => {
  it('replaces a record at the version sent in If-Match and bumps the version', async () => {
    await api.call('admin', 'POST', '/api/v1/loops', { body: newLoop('update-1') });
    const response = await api.call('councilEditor', 'PUT', '/api/v1/loops/update-1', {
      body: newLoop('update-1', council, { status: 'in-progress', weDid: 'Booked evening rooms' }),
      headers: { 'if-match': '"1"' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    expect(await json(response)).toMatchObject({
      version: 2,
      status: 'in-progress',
      createdBy: 'user:demo-board-admin',
    });
  });

  it('lets one of two concurrent updates win and answers the other 412', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('race-1') });
    const update = (weDid: string) =>
      api.call('councilEditor', 'PUT', '/api/v1/loops/race-1', {
        body: newLoop('race-1', council, { weDid, status: 'in-progress' }),
        headers: { 'if-match': '"1"' },
      });
    const statuses = (await Promise.all([update('First answer'), update('Second answer')])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 412]);
    const stored = await json(await api.call('councilEditor', 'GET', '/api/v1/loops/race-1'));
    expect(stored.version).toBe(2);
  });

  it('requires If-Match on a replacement', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('nomatch-1') });
    const response = await api.call('councilEditor', 'PUT', '/api/v1/loops/nomatch-1', { body: newLoop('nomatch-1') });
    expect(response.status).toBe(428);
  });
});

describe('deleting', () => {
  it('deletes a record, and the audit trail shows who created, changed and deleted it', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('audit-1') });
    await api.call('councilEditor', 'PUT', '/api/v1/activities/audit-1', {
      body: newActivity('audit-1', council, { title: 'Renamed' }),
      headers: { 'if-match': '"1"' },
    });
    const deleted = await api.call('admin', 'DELETE', '/api/v1/activities/audit-1', { headers: { 'if-match': '"2"' } });
    expect(deleted.status).toBe(204);
    expect((await api.call('admin', 'GET', '/api/v1/activities/audit-1')).status).toBe(404);

    const trail = await json<{
      items: {
        entity: string;
        action: string;
        by: string;
        version: number;
        before?: { title: string };
        after?: { title: string };
      }[];
    }>(await api.call('admin', 'GET', '/api/v1/audit/activity/audit-1'));
    expect(trail.items.every((e) => e.entity === 'activity')).toBe(true);
    expect(trail.items.map((e) => [e.action, e.by, e.version])).toEqual([
      ['create', 'user:demo-council-editor', 1],
      ['update', 'user:demo-council-editor', 2],
      ['delete', 'user:demo-board-admin', 2],
    ]);
    expect(trail.items[1]?.before?.title).toBe('Parent drop-in at the library');
    expect(trail.items[1]?.after?.title).toBe('Renamed');
  });

  it('lists every change since a time, for exports', async () => {
    const since = new Date().toISOString();
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('export-1') });
    await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('export-2') });
    const changes = await json<{ items: { entity: string; recordId: string; action: string }[] }>(
      await api.call('admin', 'GET', `/api/v1/changes?since=${since}`),
    );
    expect(changes.items.map((e) => [e.entity, e.recordId, e.action])).toEqual([
      ['activity', 'export-1', 'create'],
      ['loop', 'export-2', 'create'],
    ]);
  });

  it('refuses a delete at a stale version', async () => {
    await api.call('councilEditor', 'POST', '/api/v1/activities', { body: newActivity('stale-delete') });
    const response = await api.call('councilEditor', 'DELETE', '/api/v1/activities/stale-delete', {
      headers: { 'if-match': '"7"' },
    });
    expect(response.status).toBe(412);
    expect((await api.call('councilEditor', 'GET', '/api/v1/activities/stale-delete')).status).toBe(200);
  });
});

describe('lists', () => {
  it('refuses dates that end before they start', async () => {
    const reversed = await api.call(
      'admin',
      'GET',
      `/api/v1/activities?signatoryId=${council}&from=2026-03-01&to=2026-02-01`,
    );
    expect(reversed.status).toBe(400);
    expect((await json<{ errors: { pointer: string }[] }>(reversed)).errors.map((e) => e.pointer)).toEqual(['/to']);
  });

  /** Every page of a 2025 list of the school's activities, 7 at a time, in the order asked for. */
  async function pagesOf(order: string) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await json<{ items: { id: string; date: string }[]; nextCursor?: string }>(
        await api.call(
          'admin',
          'GET',
          `/api/v1/activities?signatoryId=${school}&from=2025-01-01&to=2025-12-31&limit=7${order}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      );
      seen.push(...page.items.map((a) => `${a.date} ${a.id}`));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { seen, pages };
  }

  it('pages through a signatory’s activities in date order with a cursor', async () => {
    const { seen, pages } = await pagesOf('');
    expect(pages).toBeGreaterThan(1);
    expect(seen.length).toBeGreaterThan(7);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((d) => d >= '2025-01-01' && d <= '2025-12-31~')).toBe(true);
  });

  it('pages newest first when asked, through the same records', async () => {
    const oldestFirst = await pagesOf('');
    const newestFirst = await pagesOf('&order=desc');
    expect(newestFirst.pages).toBeGreaterThan(1);
    expect(newestFirst.seen).toEqual([...oldestFirst.seen].reverse());
  });

  it('gives a signatory editor their own organisation’s records when no signatory is named', async () => {
    const page = await json<{ items: { signatoryId: string }[] }>(
      await api.call('schoolEditor', 'GET', '/api/v1/loops?limit=50'),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((l) => l.signatoryId === school)).toBe(true);
  });
});

describe('batch create', () => {
  it('accepts the valid items and reports each rejected one with its own problem', async () => {
    const response = await api.call('councilKey', 'POST', '/api/v1/activities:batch', {
      body: {
        items: [
          newActivity('batch-1'),
          newActivity('batch-2', council, {
            participants: { total: 5, firstTime: 9, demographicsRecorded: 0, groups: {} },
          }),
          newActivity('batch-3', school),
          newActivity('batch-4', council, { principles: ['no-such-principle'] }),
          newActivity('batch-1'),
        ],
      },
    });
    expect(response.status).toBe(200);
    const body = await json<{
      created: number;
      unchanged: number;
      rejected: number;
      results: { index: number; status: number; problem?: { errors?: { pointer: string }[] } }[];
    }>(response);
    expect(body).toMatchObject({ created: 1, unchanged: 1, rejected: 3 });
    expect(body.results.map((r) => r.status)).toEqual([201, 400, 403, 422, 200]);
    expect(body.results[1]?.problem?.errors?.[0]?.pointer).toBe('/items/1/participants/firstTime');
    expect(body.results[3]?.problem?.errors?.[0]?.pointer).toBe('/items/3/principles/0');
    expect((await api.call('admin', 'GET', '/api/v1/activities/batch-2')).status).toBe(404);
    expect((await api.call('admin', 'GET', '/api/v1/activities/batch-3')).status).toBe(404);
  });
});

describe('API keys', () => {
  it('are shown once, work for their signatory, record their last use and stop working when revoked', async () => {
    const issued = await json<{ key: string; prefix: string }>(
      await api.call('admin', 'POST', '/api/v1/api-keys', {
        body: { signatoryId: school, label: 'School MIS export' },
      }),
    );
    expect(issued.key.startsWith(issued.prefix)).toBe(true);
    const asKey = (method: string, path: string, body?: unknown) =>
      api.app.request(path, {
        method,
        headers: { authorization: `Bearer ${issued.key}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    expect((await asKey('POST', '/api/v1/activities', newActivity('by-key-1', school))).status).toBe(201);
    expect((await asKey('POST', '/api/v1/activities', newActivity('by-key-2', council))).status).toBe(403);

    const listed = await json<{ items: { prefix: string; lastUsedAt?: string; key?: string }[] }>(
      await api.call('admin', 'GET', `/api/v1/api-keys?signatoryId=${school}`),
    );
    const summary = listed.items.find((k) => k.prefix === issued.prefix);
    expect(summary?.lastUsedAt).toBeDefined();
    expect(summary).not.toHaveProperty('key');
    expect(JSON.stringify(listed)).not.toContain(issued.key);

    expect((await api.call('admin', 'DELETE', `/api/v1/api-keys/${issued.prefix}`)).status).toBe(204);
    const refused = await asKey('GET', `/api/v1/activities/by-key-1`);
    expect(refused.status).toBe(401);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response to a retried POST without running it again', async () => {
    const headers = { 'idempotency-key': 'retry-key-0001' };
    const first = await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('idem-1'), headers });
    const retry = await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('idem-1'), headers });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(retry)).toEqual(await json(first));
  });

  it('refuses the same key with a different body and writes nothing', async () => {
    const headers = { 'idempotency-key': 'retry-key-0002' };
    await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('idem-2'), headers });
    const reused = await api.call('councilEditor', 'POST', '/api/v1/loops', { body: newLoop('idem-3'), headers });
    expect(reused.status).toBe(422);
    expect(await json(reused)).toMatchObject({ type: '/api/problems/idempotency-key-reused' });
    expect((await api.call('councilEditor', 'GET', '/api/v1/loops/idem-3')).status).toBe(404);
  });
});

describe('figures after a write', () => {
  it('reflect a new activity at once: the rollups are recomputed after each write', async () => {
    const figures = async () =>
      json<{ metrics: { reach: { activities: number; participations: number } } }>(
        await api.call('admin', 'GET', `/api/v1/metrics/signatories/${school}?period=2026-05`),
      );
    const before = await figures();
    await api.call('admin', 'POST', '/api/v1/activities', {
      body: newActivity('rollup-1', school, {
        participants: { total: 33, firstTime: 3, demographicsRecorded: 0, groups: {} },
      }),
    });
    const after = await figures();
    expect(after.metrics.reach.activities).toBe(before.metrics.reach.activities + 1);
    expect(after.metrics.reach.participations).toBe(before.metrics.reach.participations + 33);
  });
});
