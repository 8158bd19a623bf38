/**
 * Bad input of every kind gets a clear problem, never a 500, and writes nothing:
 * each case checks the status, the problem body, and that the table holds exactly
 * the items it held before.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  council,
  createApiFixture,
  newActivity,
  newLoop,
  school,
  type ApiFixture,
  type Caller,
} from '../testing/api-fixture.ts';
import { createApp } from './app.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('bad-input');
  await api.call('admin', 'POST', '/api/v1/loops', { body: newLoop('existing-loop') });
  await api.call('admin', 'POST', '/api/v1/activities', { body: newActivity('existing-activity') });
});
afterAll(() => api.drop());

/** Every item in the table, as a fingerprint of its content. */
async function snapshot(): Promise<string[]> {
  const items: string[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await api.store.client.send(new ScanCommand({ TableName: api.store.tableName, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      // The time an API key was last used changes with every request it makes; it is not a write of data.
      const { lastUsedAt: _ignored, ...rest } = item;
      items.push(JSON.stringify(rest, Object.keys(rest).sort()));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items.sort();
}

interface Case {
  caller?: Caller;
  method?: string;
  path?: string;
  body?: unknown;
  headers?: Record<string, string>;
  status: number;
  type: string;
  /** A JSON pointer that must be among the problem's field errors. */
  pointer?: string;
}

const activity = (overrides: Record<string, unknown>) => newActivity('bad-activity', council, overrides);
const participants = (overrides: Record<string, unknown>) =>
  activity({ participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: { send: 6 }, ...overrides } });
const csv = (text: string) => ({
  method: 'POST',
  path: '/api/v1/activities:import?commit=true',
  body: text,
  headers: { 'content-type': 'text/csv' },
});
const csvHeader =
  'id,signatoryId,date,title,audience,channel,setting,stage,level,lundy.space,lundy.voice,lundy.audience,lundy.influence,participants.total,participants.firstTime,participants.demographicsRecorded';
const csvRow = (id: string, total = '10') =>
  `${id},${council},2026-05-01,Drop-in,families,small-group,community,design,consulting,yes,yes,no,no,${total},2,5`;

const cases: [string, Case][] = [
  ['malformed JSON', { body: '{"id": "x",', status: 400, type: 'malformed-json' }],
  ['a JSON array instead of an object', { body: '[1,2]', status: 400, type: 'validation' }],
  ['JSON null', { body: 'null', status: 400, type: 'validation' }],
  [
    'text/plain content type',
    {
      body: JSON.stringify(activity({})),
      headers: { 'content-type': 'text/plain' },
      status: 415,
      type: 'unsupported-media-type',
    },
  ],
  [
    'form-encoded content type',
    {
      body: 'id=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      status: 415,
      type: 'unsupported-media-type',
    },
  ],
  [
    'a body over 1 MiB',
    { body: activity({ publicSummary: 'x'.repeat(1_100_000) }), status: 413, type: 'payload-too-large' },
  ],
  [
    'a number sent as text',
    { body: participants({ total: 'twenty' }), status: 400, type: 'validation', pointer: '/participants/total' },
  ],
  [
    'a negative count',
    { body: participants({ total: -3 }), status: 400, type: 'validation', pointer: '/participants/total' },
  ],
  [
    'a fractional count',
    { body: participants({ total: 2.5 }), status: 400, type: 'validation', pointer: '/participants/total' },
  ],
  [
    'a count of people beyond one activity (2^53-1)',
    {
      body: participants({ total: Number.MAX_SAFE_INTEGER }),
      status: 400,
      type: 'validation',
      pointer: '/participants/total',
    },
  ],
  [
    'a NUL character in a title',
    { body: activity({ title: 'Drop-in\u0000' }), status: 400, type: 'validation', pointer: '/title' },
  ],
  [
    'a right-to-left override in a summary',
    {
      body: activity({ publicSummary: 'Report \u202Efdp.exe' }),
      status: 400,
      type: 'validation',
      pointer: '/publicSummary',
    },
  ],
  [
    'a javascript: link as evidence',
    {
      path: '/api/v1/loops',
      body: newLoop('bad-loop', council, { evidenceUrl: 'javascript:alert(document.cookie)' }),
      status: 400,
      type: 'validation',
      pointer: '/evidenceUrl',
    },
  ],
  [
    'more first-timers than participants',
    { body: participants({ firstTime: 21 }), status: 400, type: 'validation', pointer: '/participants/firstTime' },
  ],
  [
    'more demographics recorded than participants',
    {
      body: participants({ demographicsRecorded: 25 }),
      status: 400,
      type: 'validation',
      pointer: '/participants/demographicsRecorded',
    },
  ],
  [
    'a group count above the demographics recorded',
    {
      body: participants({ groups: { send: 13 } }),
      status: 400,
      type: 'validation',
      pointer: '/participants/groups/send',
    },
  ],
  [
    'an unknown group',
    {
      body: participants({ groups: { unicorns: 1 } }),
      status: 422,
      type: 'invalid-reference',
      pointer: '/participants/groups/unicorns',
    },
  ],
  [
    'an unknown principle',
    { body: activity({ principles: ['be-nice'] }), status: 422, type: 'invalid-reference', pointer: '/principles/0' },
  ],
  [
    'an unknown signatory',
    {
      caller: 'admin',
      body: newActivity('bad-activity', 'no-such-signatory'),
      status: 422,
      type: 'invalid-reference',
      pointer: '/signatoryId',
    },
  ],
  [
    // Permission comes first: an editor learns nothing about which organisations exist.
    'another organisation, unknown or not, from an editor',
    { body: newActivity('bad-activity', 'no-such-signatory'), status: 403, type: 'forbidden' },
  ],
  [
    'a date in the future',
    { body: activity({ date: '2026-06-30' }), status: 422, type: 'invalid-reference', pointer: '/date' },
  ],
  [
    'a date in the wrong format',
    { body: activity({ date: '02/05/2026' }), status: 400, type: 'validation', pointer: '/date' },
  ],
  ['an impossible date', { body: activity({ date: '2026-02-30' }), status: 400, type: 'validation', pointer: '/date' }],
  [
    'an unknown channel',
    { body: activity({ channel: 'carrier-pigeon' }), status: 400, type: 'validation', pointer: '/channel' },
  ],
  ['no audience', { body: activity({ audience: [] }), status: 400, type: 'validation', pointer: '/audience' }],
  ['a missing title', { body: activity({ title: undefined }), status: 400, type: 'validation', pointer: '/title' }],
  ['a blank title', { body: activity({ title: '   ' }), status: 400, type: 'validation', pointer: '/title' }],
  ['an id with spaces', { body: newActivity('not an id'), status: 400, type: 'validation', pointer: '/id' }],
  [
    'a Lundy flag that is not a boolean',
    {
      body: activity({ lundy: { space: 'yes', voice: true, audience: true, influence: true } }),
      status: 400,
      type: 'validation',
      pointer: '/lundy/space',
    },
  ],
  [
    'a loop answered before it was raised',
    {
      path: '/api/v1/loops',
      body: newLoop('bad-loop', council, { communicatedOn: '2026-03-01' }),
      status: 400,
      type: 'validation',
      pointer: '/communicatedOn',
    },
  ],
  [
    'a loop not taken forward without a reason',
    {
      path: '/api/v1/loops',
      body: newLoop('bad-loop', council, { status: 'not-taken-forward' }),
      status: 400,
      type: 'validation',
      pointer: '/reason',
    },
  ],
  [
    'a loop with an evidence link that is not a URL',
    {
      path: '/api/v1/loops',
      body: newLoop('bad-loop', council, { evidenceUrl: 'see the minutes' }),
      status: 400,
      type: 'validation',
      pointer: '/evidenceUrl',
    },
  ],
  [
    'an assessment score of 5',
    {
      path: '/api/v1/assessments',
      body: {
        id: 'bad-assessment',
        signatoryId: council,
        period: '2026-Q1',
        by: 'self',
        scores: [{ principleId: 'open-communication', score: 5, narrative: '' }],
      },
      status: 400,
      type: 'validation',
      pointer: '/scores/0/score',
    },
  ],
  [
    'a reviewer assessment without the reviewer',
    {
      caller: 'admin',
      path: '/api/v1/assessments',
      body: { id: 'bad-assessment', signatoryId: council, period: '2026-Q1', by: 'reviewer', scores: [] },
      status: 400,
      type: 'validation',
      pointer: '/reviewerId',
    },
  ],
  [
    'a period that is not a quarter',
    {
      path: '/api/v1/assessments',
      body: { id: 'bad-assessment', signatoryId: council, period: '2026-Q5', by: 'self', scores: [] },
      status: 400,
      type: 'validation',
      pointer: '/period',
    },
  ],
  [
    'a challenge answer without its date',
    {
      caller: 'admin',
      path: '/api/v1/challenges',
      body: {
        id: 'bad-challenge',
        signatoryId: school,
        reviewerId: 'demo-city-parent-carer-forum',
        raisedOn: '2026-05-01',
        text: 'Why?',
        response: 'Because.',
      },
      status: 400,
      type: 'validation',
      pointer: '/respondedOn',
    },
  ],
  [
    'a replacement whose id differs from the address',
    {
      method: 'PUT',
      path: '/api/v1/loops/existing-loop',
      body: newLoop('other-loop'),
      headers: { 'if-match': '"1"' },
      status: 400,
      type: 'validation',
      pointer: '/id',
    },
  ],
  [
    'a replacement at a stale version',
    {
      method: 'PUT',
      path: '/api/v1/loops/existing-loop',
      body: newLoop('existing-loop', council, { status: 'done' }),
      headers: { 'if-match': '"9"' },
      status: 412,
      type: 'precondition-failed',
    },
  ],
  [
    'a replacement without If-Match',
    {
      method: 'PUT',
      path: '/api/v1/loops/existing-loop',
      body: newLoop('existing-loop', council, { status: 'done' }),
      status: 428,
      type: 'precondition-required',
    },
  ],
  [
    'an If-Match that is not a version',
    {
      method: 'PUT',
      path: '/api/v1/loops/existing-loop',
      body: newLoop('existing-loop'),
      headers: { 'if-match': 'yesterday' },
      status: 400,
      type: 'validation',
    },
  ],
  [
    'a replacement of a record that does not exist',
    {
      method: 'PUT',
      path: '/api/v1/loops/no-such-loop',
      body: newLoop('no-such-loop'),
      headers: { 'if-match': '"1"' },
      status: 404,
      type: 'not-found',
    },
  ],
  [
    'a create with an existing id and other content',
    { body: newActivity('existing-activity', council, { title: 'Another title' }), status: 409, type: 'conflict' },
  ],
  [
    'a cursor this API did not issue',
    {
      method: 'GET',
      path: '/api/v1/activities?cursor=not-a-cursor',
      status: 400,
      type: 'validation',
      pointer: '/cursor',
    },
  ],
  [
    'a page size of zero',
    { method: 'GET', path: '/api/v1/activities?limit=0', status: 400, type: 'validation', pointer: '/limit' },
  ],
  [
    'a month 13 in a date filter',
    { method: 'GET', path: '/api/v1/activities?from=2026-13-01', status: 400, type: 'validation', pointer: '/from' },
  ],
  [
    'a batch of 101',
    {
      path: '/api/v1/activities:batch',
      body: { items: Array.from({ length: 101 }, (_, i) => newActivity(`batch-${i}`)) },
      status: 400,
      type: 'validation',
      pointer: '/items',
    },
  ],
  [
    'a batch that is not a list',
    {
      path: '/api/v1/activities:batch',
      body: { items: 'everything' },
      status: 400,
      type: 'validation',
      pointer: '/items',
    },
  ],
  [
    'credentials that are not a bearer token',
    { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, body: activity({}), status: 401, type: 'unauthenticated' },
  ],
  [
    'an API key that does not exist',
    {
      headers: { authorization: 'Bearer ep_00000000_notarealkeynotarealkey' },
      body: activity({}),
      status: 401,
      type: 'unauthenticated',
    },
  ],
  [
    'CSV with wrong headers',
    { ...csv(`id,organisation,when\n1,${council},2026-05-01\n`), status: 400, type: 'invalid-csv-headers' },
  ],
  [
    'CSV with a BOM and one bad row among good ones',
    {
      ...csv(`\uFEFF${csvHeader}\n${csvRow('csv-ok-1')}\n${csvRow('csv-bad-2', 'ten')}\n`),
      status: 422,
      type: 'invalid-csv-rows',
      pointer: '/rows/3/participants.total',
    },
  ],
  [
    'CSV with a row of the wrong length',
    { ...csv(`${csvHeader}\n${csvRow('csv-short')},extra\n`), status: 400, type: 'invalid-csv' },
  ],
  ['an empty CSV file', { ...csv(''), status: 400, type: 'invalid-csv' }],
  [
    'CSV sent as JSON',
    {
      ...csv(`${csvHeader}\n${csvRow('csv-json')}\n`),
      headers: { 'content-type': 'application/json' },
      status: 415,
      type: 'unsupported-media-type',
    },
  ],
  ['an unknown path', { method: 'GET', path: '/api/v1/nonsense', status: 404, type: 'not-found' }],
];

describe('bad input', () => {
  it(`covers at least 30 kinds`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', async (_name, c) => {
    const before = await snapshot();
    const headers = { ...c.headers };
    const caller = headers.authorization ? 'public' : (c.caller ?? 'councilEditor');
    const response = await api.call(caller, c.method ?? 'POST', c.path ?? '/api/v1/activities', {
      ...(c.body !== undefined ? { body: c.body } : {}),
      headers,
    });
    const problem = (await response.json()) as {
      type: string;
      status: number;
      detail: string;
      errors?: { pointer: string }[];
    };
    expect(response.status).toBe(c.status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(problem.type).toBe(`/api/problems/${c.type}`);
    expect(problem.status).toBe(c.status);
    expect(problem.detail.length).toBeGreaterThan(10);
    if (c.pointer) expect(problem.errors?.map((e) => e.pointer)).toContain(c.pointer);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 429 with a problem once a client goes over its rate', async () => {
    const limited = createApp({ store: api.store, version: 'test', rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await limited.request('/api/v1/signatories')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const response = await limited.request('/api/v1/signatories');
    expect(await response.json()).toMatchObject({ status: 429, type: '/api/problems/rate-limited' });
  });
});
