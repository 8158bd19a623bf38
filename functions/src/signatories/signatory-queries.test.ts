/**
 * Signatories' own rules, called as their queries with no HTTP: the charter status each
 * is read with as of today (an award lapses 12 months after it), the list's sector
 * filter, who may write one (the board), and why one with records is not deleted. The
 * rules every record shares are tested in ../records/record-queries.test.ts; the routes
 * over HTTP in ../records/collect.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorSigner } from '../http/cursors.ts';
import { issueApiKey } from '../identity/api-key-queries.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { council, demoToday, forum, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { signatoryQueries } from './signatory-queries.ts';

/** Awarded 14 months before the demo's today (on 2025-03-10): the award has lapsed. */
const meadowbank = 'meadowbank-primary-school';

const newSignatory = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name: 'New Youth Trust',
  sector: 'voluntary',
  signedOn: '2026-01-10',
  ...overrides,
});

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('signatory-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
});
afterAll(() => store.drop());

/** The dependencies with another day as today. */
const on = (day: string): ListDeps => ({ ...deps, today: () => new Date(`${day}T12:00:00Z`) });

describe('a signatory’s charter status', () => {
  it('reads as lapsed, with the day it lapsed, once 12 months have passed since the award', async () => {
    const { record } = await signatoryQueries.read(deps, callers.public, { id: meadowbank });
    expect(record).toMatchObject({
      charterStatus: 'lapsed',
      awardedOn: '2025-03-10',
      awardExpiresOn: '2026-03-10',
    });
  });

  it('reads as awarded, with the day it will lapse, until that day', async () => {
    const { record } = await signatoryQueries.read(deps, callers.public, { id: forum });
    expect(record).toMatchObject({ charterStatus: 'awarded', awardedOn: '2025-12-10', awardExpiresOn: '2026-12-10' });
    expect((await signatoryQueries.read(on('2026-12-09'), callers.public, { id: forum })).record.charterStatus).toBe(
      'awarded',
    );
    expect((await signatoryQueries.read(on('2026-12-10'), callers.public, { id: forum })).record).toMatchObject({
      charterStatus: 'lapsed',
      awardExpiresOn: '2026-12-10',
    });
  });

  it('has no expiry without an award', async () => {
    const { record } = await signatoryQueries.read(deps, callers.public, { id: council });
    expect(record.charterStatus).toBe('signed');
    expect(record).not.toHaveProperty('awardExpiresOn');
  });

  it('is shown the same way in the list', async () => {
    const { items } = await signatoryQueries.list(deps, callers.public, { sector: 'education', limit: 200 });
    expect(items.find((s) => s.id === meadowbank)).toMatchObject({
      charterStatus: 'lapsed',
      awardExpiresOn: '2026-03-10',
    });
  });

  it('stands again for 12 months when the board renews the award', async () => {
    const { record, version } = await signatoryQueries.read(deps, callers.admin, { id: meadowbank });
    const { id, name, sector, signedOn, contact, active } = record;
    const renewed = await signatoryQueries.replace(deps, callers.admin, {
      id,
      body: {
        ...{ id, name, sector, signedOn, contact, active, charterStatus: 'awarded', awardedOn: '2026-05-01' },
        // The demo school does not meet every criterion: the board says why it renews anyway (docs/decisions/0110).
        awardReason: 'Renewed while the school completes its evidence.',
      },
      expectedVersion: version,
    });
    expect(renewed.record).toMatchObject({
      charterStatus: 'awarded',
      awardedOn: '2026-05-01',
      awardExpiresOn: '2027-05-01',
    });
  });

  it('is not awarded without the date of the award', async () => {
    expect(
      await problemOf(
        signatoryQueries.create(deps, callers.admin, {
          body: newSignatory('qa-undated-award', { charterStatus: 'awarded' }),
        }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/awardedOn' }] });
  });
});

describe('the list of signatories', () => {
  it('is anyone’s, in id order, filtered by sector', async () => {
    const youthVoice = await signatoryQueries.list(deps, callers.public, { sector: 'youth-voice' });
    expect(youthVoice.items.map((s) => s.id)).toEqual([
      'demo-city-children-in-care-council',
      'demo-city-youth-council',
    ]);
    const everyone = await signatoryQueries.list(deps, callers.public, { limit: 200 });
    const everyId = everyone.items.map((s) => s.id);
    expect(everyId).toEqual([...everyId].sort());
    expect(new Set(everyone.items.map((s) => s.sector)).size).toBeGreaterThan(3);
    expect((await signatoryQueries.list(deps, callers.public, { sector: 'no-such-sector' })).items).toEqual([]);
    expect(await problemOf(signatoryQueries.list(deps, callers.public, { sector: 'x'.repeat(41) }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/sector' }],
    });
  });
});

describe('writing a signatory', () => {
  it('is the board’s alone: not even an organisation’s own editors change it', async () => {
    const { record, version } = await signatoryQueries.read(deps, callers.councilEditor, { id: council });
    const { id, name, sector, signedOn, charterStatus, active } = record;
    const body = { id, name: 'Renamed council', sector, signedOn, charterStatus, active };
    // One with no records, which the board could delete.
    await signatoryQueries.create(deps, callers.admin, { body: newSignatory('qa-no-records') });
    for (const [caller, status] of [
      ['councilEditor', 403],
      ['councilKey', 403],
      ['reviewer', 403],
      ['commissioner', 403],
      ['public', 401],
    ] as const) {
      const principal = callers[caller];
      expect(
        await problemOf(signatoryQueries.create(deps, principal, { body: newSignatory('qa-not-theirs') })),
        caller,
      ).toMatchObject({ status });
      expect(
        await problemOf(signatoryQueries.replace(deps, principal, { id, body, expectedVersion: version })),
        caller,
      ).toMatchObject({ status });
      expect(await problemOf(signatoryQueries.delete(deps, principal, { id: 'qa-no-records' })), caller).toMatchObject({
        status,
      });
    }
    expect(await signatoryQueries.read(deps, callers.public, { id: council })).toMatchObject({
      version,
      record: { name },
    });
    expect(await problemOf(signatoryQueries.read(deps, callers.public, { id: 'qa-not-theirs' }))).toMatchObject({
      status: 404,
    });
    expect((await signatoryQueries.read(deps, callers.public, { id: 'qa-no-records' })).version).toBe(1);
  });

  it('was signed no later than tomorrow', async () => {
    expect(
      await problemOf(
        signatoryQueries.create(deps, callers.admin, { body: newSignatory('qa-future', { signedOn: '2026-05-17' }) }),
      ),
    ).toMatchObject({ status: 422, errors: [{ pointer: '/signedOn' }] });
  });
});

describe('deleting a signatory', () => {
  it('is refused while it has records, naming them, and the signatory stays', async () => {
    const problem = await problemOf(signatoryQueries.delete(deps, callers.admin, { id: council }));
    expect(problem).toMatchObject({ status: 409, type: '/api/problems/conflict' });
    expect(problem.detail).toMatch(
      /^Demo City Council .* has activities, feedback loops, assessments, challenges and API keys on record/,
    );
    expect(problem.detail).toContain('mark it inactive');
    expect((await signatoryQueries.read(deps, callers.public, { id: council })).record.id).toBe(council);
  });

  it('names each kind of record it still has, and succeeds once it has none', async () => {
    await signatoryQueries.create(deps, callers.admin, { body: newSignatory('qa-held') });
    await loopQueries.create(deps, callers.admin, { body: newLoop('qa-held-loop', 'qa-held') });
    const detail = async () =>
      (await problemOf(signatoryQueries.delete(deps, callers.admin, { id: 'qa-held' }))).detail;
    expect(await detail()).toMatch(/^New Youth Trust has feedback loops on record/);

    await issueApiKey(deps, callers.admin, { body: { signatoryId: 'qa-held', label: 'MIS export' } });
    expect(await detail()).toMatch(/^New Youth Trust has feedback loops and API keys on record/);

    await loopQueries.delete(deps, callers.admin, { id: 'qa-held-loop' });
    expect(await detail()).toMatch(/^New Youth Trust has API keys on record/);

    await signatoryQueries.create(deps, callers.admin, { body: newSignatory('qa-unheld') });
    await signatoryQueries.delete(deps, callers.admin, { id: 'qa-unheld', expectedVersion: 1 });
    expect(await problemOf(signatoryQueries.read(deps, callers.public, { id: 'qa-unheld' }))).toMatchObject({
      status: 404,
    });
  });
});
