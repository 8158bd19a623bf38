/**
 * Publishing's queries called directly, with no HTTP: the texts waiting, publishing or
 * withdrawing them, and removing a name, each as one of the demo partnership's callers.
 * The routes' own behaviour is tested over HTTP in ./publication.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditTrail } from '../audit/audit-queries.ts';
import { challengeQueries } from '../challenges/challenge-queries.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import { readPartnership, replacePartnership } from '../partnership/partnership-queries.ts';
import { council, demoToday, forum, newLoop, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { publishTexts, removeName, waitingTexts } from './publication-queries.ts';

let store: TestStore;
let deps: { store: TestStore; today: () => Date; now: () => Date };
/** The instant each write is stamped with: a second later each time, so "oldest first" has an order. */
let clock = demoToday.getTime();
beforeAll(async () => {
  store = await createTestStore('publication-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => new Date((clock += 1000)) };
});
afterAll(() => store.drop());

async function setEditorsMayPublish(value: boolean) {
  const { partnership, version } = await readPartnership(deps, callers.admin);
  const {
    demoLabel: _l,
    createdAt: _a,
    updatedAt: _b,
    createdBy: _c,
    updatedBy: _d,
    version: _v,
    ...body
  } = partnership as typeof partnership & { demoLabel?: string };
  await replacePartnership(deps, callers.admin, {
    body: { ...body, settings: { ...body.settings, editorsMayPublish: value } },
    expectedVersion: version,
  });
}

const loop = (id: string, signatoryId = council, youSaid = 'Evening sessions please') =>
  loopQueries.create(deps, callers.admin, { body: newLoop(id, signatoryId, { youSaid }) });

describe('the texts waiting', () => {
  it('are every new loop’s and challenge’s for the board, oldest first, with the version to publish', async () => {
    await loop('qpub-wait-1', council, 'Later sessions please');
    await challengeQueries.create(deps, callers.reviewer, {
      body: {
        id: 'qpub-wait-2',
        signatoryId: council,
        reviewerId: forum,
        raisedOn: '2026-03-01',
        text: 'Why were families not asked?',
        principles: [],
      },
    });
    const { items } = await waitingTexts(deps, callers.admin);
    const ours = items.filter((item) => item.id.startsWith('qpub-wait-'));
    expect(ours).toEqual([
      expect.objectContaining({
        kind: 'loop',
        id: 'qpub-wait-1',
        version: 1,
        texts: { youSaid: 'Later sessions please' },
      }),
      expect.objectContaining({
        kind: 'challenge',
        id: 'qpub-wait-2',
        reviewerId: forum,
        texts: { text: 'Why were families not asked?' },
      }),
    ]);
    const since = items.map((item) => item.waitingSince);
    expect(since).toEqual([...since].sort());
  });

  it('are refused to editors unless the partnership lets them publish, and then are their own loops only', async () => {
    await loop('qpub-wait-school', school);
    expect(await problemOf(waitingTexts(deps, callers.councilEditor))).toMatchObject({ status: 403 });
    expect(await problemOf(waitingTexts(deps, callers.public))).toMatchObject({ status: 401 });
    await setEditorsMayPublish(true);
    try {
      const { items } = await waitingTexts(deps, callers.councilEditor);
      expect(items.map((item) => item.id)).toContain('qpub-wait-1');
      expect(new Set(items.map((item) => `${item.kind} ${item.signatoryId}`))).toEqual(new Set([`loop ${council}`]));
      expect(await problemOf(waitingTexts(deps, callers.commissioner))).toMatchObject({ status: 403 });
    } finally {
      await setEditorsMayPublish(false);
    }
  });
});

describe('publishing', () => {
  it('marks the texts published at the version checked, and answers a second time without writing', async () => {
    await loop('qpub-1');
    const input = { kind: 'loop', id: 'qpub-1', status: 'published' } as const;
    expect(await problemOf(publishTexts(deps, callers.admin, input))).toMatchObject({
      status: 428,
      detail: expect.stringContaining('(currently "1")'),
    });
    expect(await problemOf(publishTexts(deps, callers.admin, { ...input, expectedVersion: 7 }))).toMatchObject({
      status: 412,
    });
    const published = await publishTexts(deps, callers.admin, { ...input, expectedVersion: 1 });
    expect(published).toMatchObject({
      version: 2,
      record: { id: 'qpub-1', publication: { status: 'published', by: 'user:demo-board-admin' } },
    });
    const again = await publishTexts(deps, callers.admin, { ...input, expectedVersion: 2 });
    expect(again.version).toBe(2);
    expect((await waitingTexts(deps, callers.admin)).items.map((item) => item.id)).not.toContain('qpub-1');

    const withdrawn = await publishTexts(deps, callers.admin, { ...input, status: 'waiting', expectedVersion: 2 });
    expect(withdrawn).toMatchObject({ version: 3, record: { publication: { status: 'waiting' } } });
  });

  it('is refused to those who may not publish the record, and says "not found" only to those who could', async () => {
    await loop('qpub-2');
    const input = { kind: 'loop', id: 'qpub-2', status: 'published', expectedVersion: 1 } as const;
    for (const [caller, status] of [
      ['councilEditor', 403],
      ['commissioner', 403],
      ['reviewer', 403],
      ['public', 401],
    ] as const) {
      expect(await problemOf(publishTexts(deps, callers[caller], input))).toMatchObject({ status });
    }
    const missing = { ...input, id: 'qpub-no-such' };
    expect(await problemOf(publishTexts(deps, callers.admin, missing))).toMatchObject({ status: 404 });
    expect(await problemOf(publishTexts(deps, callers.councilEditor, missing))).toMatchObject({ status: 403 });
    await setEditorsMayPublish(true);
    try {
      expect(await problemOf(publishTexts(deps, callers.councilEditor, missing))).toMatchObject({ status: 404 });
      expect(
        await problemOf(publishTexts(deps, callers.schoolEditor, { ...input, kind: 'loop', id: 'qpub-2' })),
      ).toMatchObject({ status: 403 });
      expect(await publishTexts(deps, callers.councilEditor, input)).toMatchObject({
        version: 2,
        record: { publication: { status: 'published', by: 'user:demo-council-editor' } },
      });
    } finally {
      await setEditorsMayPublish(false);
    }
  });

  it('refuses an input that names no loop or challenge, or no status', async () => {
    const bad = { kind: 'activity', id: 'qpub-1', status: 'published', expectedVersion: 1 };
    expect(await problemOf(publishTexts(deps, callers.admin, bad as never))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/kind' }],
    });
    const unknownStatus = { kind: 'loop', id: 'qpub-1', status: 'shouted', expectedVersion: 1 };
    expect(await problemOf(publishTexts(deps, callers.admin, unknownStatus as never))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/status' }],
    });
  });
});

describe('removing a name', () => {
  it('takes it out of the texts and the audit trail, and records from which texts, never the name', async () => {
    await loop('qpub-10', council, 'Zebediah asked for evening sessions');
    const removed = await removeName(deps, callers.admin, { kind: 'loop', id: 'qpub-10', remove: ' zebediah ' });
    expect(removed.removedFrom).toEqual({ fields: ['youSaid'], auditEvents: 1 });
    expect(removed).toMatchObject({
      version: 2,
      record: {
        youSaid: '[name removed] asked for evening sessions',
        publication: { redacted: { by: 'user:demo-board-admin', fields: ['youSaid'] } },
      },
    });
    const trail = await readAuditTrail(deps, callers.admin, { entity: 'loop', id: 'qpub-10' });
    expect(trail.items.length).toBeGreaterThan(1);
    expect(JSON.stringify(trail)).not.toMatch(/zebediah/i);
  });

  it('refuses a name too short (400) or not in the texts (422), both on the field `remove`', async () => {
    await loop('qpub-11');
    expect(
      await problemOf(removeName(deps, callers.admin, { kind: 'loop', id: 'qpub-11', remove: ' Z ' })),
    ).toMatchObject({
      status: 400,
      errors: [{ pointer: '/remove', message: 'Enter the name to remove, at least 2 characters' }],
    });
    expect(
      await problemOf(removeName(deps, callers.admin, { kind: 'loop', id: 'qpub-11', remove: 'Zebediah' })),
    ).toMatchObject({ status: 422, type: '/api/problems/not-in-texts', errors: [{ pointer: '/remove' }] });
    expect(
      await problemOf(
        removeName(deps, callers.admin, { kind: 'loop', id: 'qpub-11', remove: 'Evening', expectedVersion: 9 }),
      ),
    ).toMatchObject({ status: 412 });
  });

  it('lets the board take a name out of a deleted record’s history, and no one else', async () => {
    await loop('qpub-12', council, 'Zebediah asked again');
    await loopQueries.delete(deps, callers.admin, { id: 'qpub-12' });
    const input = { kind: 'loop', id: 'qpub-12', remove: 'Zebediah' } as const;
    expect(await problemOf(removeName(deps, callers.councilEditor, input))).toMatchObject({ status: 403 });
    const removed = await removeName(deps, callers.admin, input);
    expect(removed.record).toBeUndefined();
    expect(removed.removedFrom.fields).toEqual([]);
    expect(removed.removedFrom.auditEvents).toBeGreaterThan(0);
    const trail = await readAuditTrail(deps, callers.admin, { entity: 'loop', id: 'qpub-12' });
    expect(JSON.stringify(trail)).not.toMatch(/zebediah/i);
  });
});
