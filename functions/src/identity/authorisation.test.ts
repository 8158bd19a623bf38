/**
 * The role matrix: every role against every endpoint, on a record of the council
 * (own for the council's editor and API key, another organisation's for the school's
 * editor; any signatory's for the reviewer and the commissioner). Each cell is the
 * status the caller gets: 404 for a record the caller may not read (as if it did not
 * exist), 403 for a record they may read but not change, or a kind of record they may
 * never read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  council,
  createApiFixture,
  forum,
  newActivity,
  newLoop,
  type ApiFixture,
  type Caller,
} from '../testing/api-fixture.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('matrix');
});
afterAll(() => api.drop());

const callers: Caller[] = [
  'public',
  'admin',
  'councilEditor',
  'councilKey',
  'schoolEditor',
  'reviewer',
  'commissioner',
];

interface Request {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Builds the request for one call; `n` is unique per call, for fresh ids. */
type Prepare = (n: string) => Promise<Request> | Request;

let counter = 0;
const unique = () => `m${(counter += 1)}`;

const asAdmin = async (method: string, path: string, body?: unknown) => {
  const response = await api.call('admin', method, path, body === undefined ? {} : { body });
  if (response.status >= 300)
    throw new Error(`setup ${method} ${path} failed: ${response.status} ${await response.text()}`);
  return response;
};

const challenge = (id: string) => ({
  id,
  signatoryId: council,
  reviewerId: forum,
  raisedOn: '2026-05-01',
  text: 'Why were no young carers at the consultation?',
});
const assessment = (id: string, by: 'self' | 'reviewer') => ({
  id,
  signatoryId: council,
  period: '2026-Q1',
  by,
  ...(by === 'reviewer' ? { reviewerId: forum } : {}),
  scores: [{ principleId: 'open-communication', score: 3, narrative: 'Minutes are published.' }],
});
const signatory = (id: string) => ({ id, name: `Test signatory ${id}`, sector: 'voluntary', signedOn: '2026-01-10' });

// Expected statuses in the order of `callers`:
// public, admin, council editor, council key, school editor, reviewer, commissioner.
const matrix: [string, Prepare, number[]][] = [
  [
    'list activities',
    () => ({ method: 'GET', path: `/api/v1/activities?signatoryId=${council}&limit=5` }),
    [401, 200, 200, 200, 403, 403, 403],
  ],
  [
    'get an activity',
    async (n) => (
      await asAdmin('POST', '/api/v1/activities', newActivity(n)),
      { method: 'GET', path: `/api/v1/activities/${n}` }
    ),
    [401, 200, 200, 200, 404, 403, 403],
  ],
  [
    'create an activity',
    (n) => ({ method: 'POST', path: '/api/v1/activities', body: newActivity(n) }),
    [401, 201, 201, 201, 403, 403, 403],
  ],
  [
    'replace an activity',
    async (n) => (
      await asAdmin('POST', '/api/v1/activities', newActivity(n)),
      {
        method: 'PUT',
        path: `/api/v1/activities/${n}`,
        body: newActivity(n, council, { title: 'Changed' }),
        headers: { 'if-match': '"1"' },
      }
    ),
    [401, 200, 200, 200, 404, 403, 403],
  ],
  [
    'delete an activity',
    async (n) => (
      await asAdmin('POST', '/api/v1/activities', newActivity(n)),
      { method: 'DELETE', path: `/api/v1/activities/${n}` }
    ),
    [401, 204, 204, 204, 404, 403, 403],
  ],
  [
    'batch-create activities',
    (n) => ({ method: 'POST', path: '/api/v1/activities:batch', body: { items: [newActivity(n)] } }),
    [401, 201, 201, 201, 403, 403, 403],
  ],
  [
    'import activities from CSV',
    (n) => ({
      method: 'POST',
      path: '/api/v1/activities:import?commit=true',
      body: `id,signatoryId,date,title,audience,channel,setting,stage,level,lundy.space,lundy.voice,lundy.audience,lundy.influence,participants.total,participants.firstTime,participants.demographicsRecorded\n${n},${council},2026-05-01,Drop-in,families,small-group,community,design,consulting,yes,yes,no,no,10,2,5\n`,
      headers: { 'content-type': 'text/csv' },
    }),
    [401, 202, 202, 202, 422, 422, 403],
  ],
  [
    'list loops',
    () => ({ method: 'GET', path: `/api/v1/loops?signatoryId=${council}&limit=5` }),
    [401, 200, 200, 200, 403, 200, 200],
  ],
  [
    'create a loop',
    (n) => ({ method: 'POST', path: '/api/v1/loops', body: newLoop(n) }),
    [401, 201, 201, 201, 403, 403, 403],
  ],
  [
    'replace a loop',
    async (n) => (
      await asAdmin('POST', '/api/v1/loops', newLoop(n)),
      {
        method: 'PUT',
        path: `/api/v1/loops/${n}`,
        body: newLoop(n, council, { status: 'in-progress' }),
        headers: { 'if-match': '"1"' },
      }
    ),
    [401, 200, 200, 200, 404, 403, 403],
  ],
  [
    'delete a loop',
    async (n) => (await asAdmin('POST', '/api/v1/loops', newLoop(n)), { method: 'DELETE', path: `/api/v1/loops/${n}` }),
    [401, 204, 204, 204, 404, 403, 403],
  ],
  [
    'list assessments',
    () => ({ method: 'GET', path: `/api/v1/assessments?signatoryId=${council}` }),
    [401, 200, 200, 200, 403, 200, 200],
  ],
  [
    'submit a self-assessment',
    (n) => ({ method: 'POST', path: '/api/v1/assessments', body: assessment(n, 'self') }),
    [401, 201, 201, 201, 403, 403, 403],
  ],
  [
    'submit a reviewer assessment',
    (n) => ({ method: 'POST', path: '/api/v1/assessments', body: assessment(n, 'reviewer') }),
    [401, 201, 403, 403, 403, 201, 403],
  ],
  [
    'list challenges',
    () => ({ method: 'GET', path: `/api/v1/challenges?signatoryId=${council}` }),
    [401, 200, 200, 200, 403, 200, 200],
  ],
  [
    'raise a challenge',
    (n) => ({ method: 'POST', path: '/api/v1/challenges', body: challenge(n) }),
    [401, 201, 403, 403, 403, 201, 403],
  ],
  [
    'answer a challenge',
    async (n) => (
      await asAdmin('POST', '/api/v1/challenges', challenge(n)),
      {
        method: 'PUT',
        path: `/api/v1/challenges/${n}`,
        body: { ...challenge(n), response: 'We will invite them.', respondedOn: '2026-05-05' },
        headers: { 'if-match': '"1"' },
      }
    ),
    [401, 200, 200, 200, 404, 403, 403],
  ],
  [
    'close a challenge',
    async (n) => (
      await asAdmin('POST', '/api/v1/challenges', challenge(n)),
      {
        method: 'PUT',
        path: `/api/v1/challenges/${n}`,
        body: { ...challenge(n), closure: 'unresolved', closedOn: '2026-05-05' },
        headers: { 'if-match': '"1"' },
      }
    ),
    [401, 200, 403, 403, 404, 200, 403],
  ],
  ['list signatories', () => ({ method: 'GET', path: '/api/v1/signatories' }), [200, 200, 200, 200, 200, 200, 200]],
  [
    'add a signatory',
    (n) => ({ method: 'POST', path: '/api/v1/signatories', body: signatory(n) }),
    [401, 201, 403, 403, 403, 403, 403],
  ],
  [
    'change a signatory',
    async (n) => (
      await asAdmin('POST', '/api/v1/signatories', signatory(n)),
      {
        method: 'PUT',
        path: `/api/v1/signatories/${n}`,
        body: { ...signatory(n), charterStatus: 'working-towards' },
        headers: { 'if-match': '"1"' },
      }
    ),
    [401, 200, 403, 403, 403, 403, 403],
  ],
  [
    'remove a signatory',
    async (n) => (
      await asAdmin('POST', '/api/v1/signatories', signatory(n)),
      { method: 'DELETE', path: `/api/v1/signatories/${n}` }
    ),
    [401, 204, 403, 403, 403, 403, 403],
  ],
  ['read the partnership', () => ({ method: 'GET', path: '/api/v1/partnership' }), [200, 200, 200, 200, 200, 200, 200]],
  [
    'change the charter',
    async () => {
      const read = await api.call('admin', 'GET', '/api/v1/partnership');
      const {
        demoLabel: _l,
        createdAt: _a,
        updatedAt: _b,
        createdBy: _c,
        updatedBy: _d,
        version: _v,
        ...body
      } = (await read.json()) as Record<string, unknown>;
      return { method: 'PUT', path: '/api/v1/partnership', body, headers: { 'if-match': read.headers.get('etag')! } };
    },
    [401, 200, 403, 403, 403, 403, 403],
  ],
  ['list baselines', () => ({ method: 'GET', path: '/api/v1/baselines' }), [200, 200, 200, 200, 200, 200, 200]],
  [
    'add a baseline',
    () => ({
      method: 'POST',
      path: '/api/v1/baselines',
      body: {
        year: 2000 + (counter % 90),
        source: 'Census',
        population: { children: 1, 'young-people': 1, 'parents-carers': 1 },
        groupShares: { send: 0.1 },
      },
    }),
    [401, 201, 403, 403, 403, 403, 403],
  ],
  [
    'issue an API key',
    () => ({ method: 'POST', path: '/api/v1/api-keys', body: { signatoryId: council, label: 'Matrix' } }),
    [401, 201, 403, 403, 403, 403, 403],
  ],
  ['list API keys', () => ({ method: 'GET', path: '/api/v1/api-keys' }), [401, 200, 403, 403, 403, 403, 403]],
  [
    'revoke an API key',
    async () => {
      const issued = (await (
        await asAdmin('POST', '/api/v1/api-keys', { signatoryId: council, label: 'To revoke' })
      ).json()) as { prefix: string };
      return { method: 'DELETE', path: `/api/v1/api-keys/${issued.prefix}` };
    },
    [401, 204, 403, 403, 403, 403, 403],
  ],
  [
    'read an audit trail',
    () => ({ method: 'GET', path: `/api/v1/audit/signatory/${council}` }),
    [401, 200, 403, 403, 403, 403, 403],
  ],
  [
    'read every change since a time',
    () => ({ method: 'GET', path: '/api/v1/changes?since=2026-05-01T00:00:00Z' }),
    [401, 200, 403, 403, 403, 403, 403],
  ],
  [
    'read a signatory’s exact figures',
    () => ({ method: 'GET', path: `/api/v1/metrics/signatories/${council}?period=2026-Q1` }),
    [401, 200, 200, 200, 403, 403, 200],
  ],
  [
    'read the partnership’s exact figures',
    () => ({ method: 'GET', path: '/api/v1/metrics/partnership?period=2026-Q1' }),
    [401, 200, 403, 403, 403, 403, 200],
  ],
  [
    'read a signatory’s public figures',
    () => ({ method: 'GET', path: `/api/v1/public/metrics/signatories/${council}?period=2026-Q1` }),
    [200, 200, 200, 200, 200, 200, 200],
  ],
  ['list accounts', () => ({ method: 'GET', path: '/api/v1/users' }), [401, 200, 403, 403, 403, 403, 403]],
  [
    'let someone sign in',
    (n) => ({ method: 'POST', path: '/api/v1/users', body: { email: `${n}@matrix.example`, role: 'commissioner' } }),
    [401, 201, 403, 403, 403, 403, 403],
  ],
];

describe.each(matrix)('%s', (_label, prepare, expected) => {
  it.each(callers.map((caller, i) => [caller, expected[i]] as const))('as %s gets %i', async (caller, status) => {
    const request = await prepare(unique());
    const response = await api.call(caller, request.method, request.path, {
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.headers ? { headers: request.headers } : {}),
    });
    let actual = response.status;
    // A batch answers 200 and reports each item's own status.
    if (request.path.endsWith(':batch') && actual === 200) {
      actual = ((await response.json()) as { results: { status: number }[] }).results[0]!.status;
    }
    if (actual !== status)
      throw new Error(
        `expected ${status}, got ${actual}: ${await response
          .clone()
          .text()
          .catch(() => '')}`,
      );
    expect(actual).toBe(status);
    if (response.status >= 400) expect(response.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('a commissioner', () => {
  it('is refused every change with one reason that says why', async () => {
    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/loops', newLoop(unique())],
      ['POST', '/api/v1/challenges', challenge(unique())],
      ['POST', '/api/v1/assessments', assessment(unique(), 'reviewer')],
      ['POST', '/api/v1/activities:batch', { items: [newActivity(unique())] }],
      ['POST', '/api/v1/users', { email: 'someone@matrix.example', role: 'reviewer', signatoryId: forum }],
    ];
    for (const [method, path, body] of writes) {
      const response = await api.call('commissioner', method, path, { body });
      expect(response.status, `${method} ${path}`).toBe(403);
      await expect(response.json()).resolves.toMatchObject({
        detail: 'Commissioners read; they do not change records.',
      });
    }
  });
});

describe('another organisation’s record', () => {
  it('answers exactly as a record that does not exist, for reading, replacing and deleting', async () => {
    const n = unique();
    await asAdmin('POST', '/api/v1/loops', newLoop(n));
    const attempts = (id: string): [string, string, { body?: unknown; headers?: Record<string, string> }][] => [
      ['GET', `/api/v1/loops/${id}`, {}],
      [
        'PUT',
        `/api/v1/loops/${id}`,
        { body: newLoop(id, council, { status: 'in-progress' }), headers: { 'if-match': '"1"' } },
      ],
      ['DELETE', `/api/v1/loops/${id}`, {}],
    ];
    for (const [i, [method, path, options]] of attempts(n).entries()) {
      const [, missingPath, missingOptions] = attempts(`${n}-missing`)[i]!;
      const theirs = await api.call('schoolEditor', method, path, options);
      const missing = await api.call('schoolEditor', method, missingPath, missingOptions);
      expect([theirs.status, missing.status], `${method} ${path}`).toEqual([404, 404]);
      // The same problem, word for word, but for the id asked for.
      const theirText = (await theirs.text()).replaceAll(n, '?');
      const missingText = (await missing.text()).replaceAll(`${n}-missing`, '?');
      expect(theirText).toBe(missingText);
    }
    // Still there, unchanged.
    const kept = await api.call('admin', 'GET', `/api/v1/loops/${n}`);
    expect(kept.headers.get('etag')).toBe('"1"');
  });
});
