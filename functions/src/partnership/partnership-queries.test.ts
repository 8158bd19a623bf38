/**
 * The partnership's queries called directly, with no HTTP: anyone reads it; a board admin
 * replaces it at the version read. The routes' own behaviour (ETags, If-Match) is tested
 * over HTTP in ./partnership-routes.test.ts.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { demoToday } from '../testing/api-fixture.ts';
import { callers, countingStore, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { primaryKey } from '../table/keys.ts';
import { partnershipKeys } from './partnership-entity.ts';
import { readPartnership, replacePartnership, type PartnershipView } from './partnership-queries.ts';

let store: TestStore;
let deps: { store: TestStore; now: () => Date };
beforeAll(async () => {
  store = await createTestStore('partnership-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, now: () => demoToday };
});
afterAll(() => store.drop());

/** The body of a replacement: the partnership as read, without what the store and the demo add. */
const writable = ({
  demoLabel: _d,
  createdAt: _c,
  updatedAt: _u,
  createdBy: _cb,
  updatedBy: _ub,
  version: _v,
  ...rest
}: PartnershipView) => rest;

describe('reading the partnership', () => {
  it('is anyone’s, with its version and the demo label', async () => {
    const { partnership, version } = await readPartnership(deps, callers.public);
    expect(version).toBe(partnership.version);
    expect(partnership).toMatchObject({ name: expect.any(String), demoLabel: expect.any(String) });
  });

  it('is not found before a partnership is set up', async () => {
    const empty = await createTestStore('partnership-queries-empty');
    try {
      expect(await problemOf(readPartnership({ store: empty }, callers.admin))).toMatchObject({
        status: 404,
        type: '/api/problems/not-found',
      });
    } finally {
      await empty.drop();
    }
  });
});

describe('replacing the partnership', () => {
  it('renames a principle at the version read, and anyone reads the new name', async () => {
    const { partnership, version } = await readPartnership(deps, callers.admin);
    const body = writable(partnership);
    body.charter.principles[0]!.title = 'Involve families from start to end';
    const replaced = await replacePartnership(deps, callers.admin, { body, expectedVersion: version });
    expect(replaced).toMatchObject({ version: version + 1, partnership: { updatedBy: 'user:demo-board-admin' } });
    const after = await readPartnership(deps, callers.public);
    expect(after.version).toBe(version + 1);
    expect(after.partnership.charter.principles[0]!.title).toBe('Involve families from start to end');
  });

  it('takes a setting sent under its earlier name, and stores it under its current name alone', async () => {
    const { partnership, version } = await readPartnership(deps, callers.admin);
    const { minFeedbackResponses: _current, ...settings } = partnership.settings;
    const body = { ...writable(partnership), settings: { ...settings, feedbackMinimumResponses: 7 } };
    await replacePartnership(deps, callers.admin, { body, expectedVersion: version });
    const stored = await store.client.send(
      new GetCommand({ TableName: store.tableName, Key: primaryKey(partnershipKeys()) }),
    );
    expect(stored.Item?.settings).toMatchObject({ minFeedbackResponses: 7 });
    expect(stored.Item?.settings).not.toHaveProperty('feedbackMinimumResponses');
    expect((await readPartnership(deps, callers.public)).partnership.settings.minFeedbackResponses).toBe(7);
  });

  it('needs the version read (428 without, 412 at an older one) and changes nothing without it', async () => {
    const current = await readPartnership(deps, callers.admin);
    const body = { ...writable(current.partnership), name: 'Renamed board' };
    expect(
      await problemOf(replacePartnership(deps, callers.admin, { body, expectedVersion: undefined })),
    ).toMatchObject({ status: 428, type: '/api/problems/precondition-required' });
    expect(
      await problemOf(replacePartnership(deps, callers.admin, { body, expectedVersion: current.version - 1 })),
    ).toMatchObject({ status: 412, type: '/api/problems/precondition-failed' });
    expect(await readPartnership(deps, callers.public)).toEqual(current);
  });

  it('lists every field in error, and changes nothing', async () => {
    const current = await readPartnership(deps, callers.admin);
    const body = {
      ...writable(current.partnership),
      name: '',
      settings: { ...current.partnership.settings, disclosureThreshold: 4 },
    };
    const problem = await problemOf(
      replacePartnership(deps, callers.admin, { body, expectedVersion: current.version }),
    );
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/name', '/settings/disclosureThreshold']);
    expect(await readPartnership(deps, callers.public)).toEqual(current);
  });

  it('is the board’s alone, refused to anyone else before anything is read', async () => {
    const current = await readPartnership(deps, callers.admin);
    const { store: counted, sent } = countingStore(store);
    const request = { body: writable(current.partnership), expectedVersion: current.version };
    for (const [caller, status] of [
      ['councilEditor', 403],
      ['councilKey', 403],
      ['reviewer', 403],
      ['commissioner', 403],
      ['public', 401],
    ] as const) {
      expect(
        await problemOf(replacePartnership({ ...deps, store: counted }, callers[caller], request)),
        caller,
      ).toMatchObject({
        status,
      });
      // Refused before the body is checked or the version asked for.
      expect(
        await problemOf(
          replacePartnership({ ...deps, store: counted }, callers[caller], { body: {}, expectedVersion: undefined }),
        ),
        caller,
      ).toMatchObject({ status });
    }
    expect(sent).toEqual([]);
    expect(await readPartnership(deps, callers.public)).toEqual(current);
  });
});
