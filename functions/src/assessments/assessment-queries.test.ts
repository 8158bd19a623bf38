/**
 * Assessments' own rules, called as their queries with no HTTP: the list's filters (a
 * signatory, a year or quarter, by whom), who may submit a self or a reviewer assessment
 * in whose name, and what an assessment must refer to. The rules every record shares are
 * tested in ../records/record-queries.test.ts; the routes over HTTP in ../records/collect.test.ts.
 */
import { randomBytes } from 'node:crypto';
import type { Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { demoToday, forum, school } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { assessmentQueries } from './assessment-queries.ts';

/** A signatory of the test's own, so its lists hold exactly the assessments recorded here. */
const trust = 'qa-assessments-trust';
const trustEditor: Principal = { kind: 'user', id: 'qa-trust-editor', role: 'signatory-editor', signatoryId: trust };
/** Another reviewing organisation than the demo reviewer's (the parent carer forum). */
const youthCouncil = 'demo-city-youth-council';

const assessment = (
  id: string,
  period: string,
  by: 'self' | 'reviewer',
  reviewerId?: string,
  overrides: Record<string, unknown> = {},
) => ({
  id,
  signatoryId: trust,
  period,
  by,
  ...(reviewerId ? { reviewerId } : {}),
  scores: [{ principleId: 'open-communication', score: 3, narrative: 'We say what happened and why.' }],
  ...overrides,
});

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('assessment-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: trust, name: 'Assessments Test Trust', sector: 'health', signedOn: '2025-01-01' },
  });
  for (const body of [
    assessment('qa-ass-1', '2025-Q4', 'self'),
    assessment('qa-ass-2', '2026-Q1', 'self'),
    assessment('qa-ass-3', '2026-Q1', 'reviewer', forum),
    assessment('qa-ass-4', '2026-Q2', 'reviewer', youthCouncil),
  ]) {
    await assessmentQueries.create(deps, callers.admin, { body });
  }
});
afterAll(() => store.drop());

const ids = (page: { items: { id: string }[] }) => page.items.map((a) => a.id);

describe('the list of assessments', () => {
  it('holds a signatory’s assessments for a year or a quarter, by period then by whom', async () => {
    const list = (input: { period?: string; by?: 'self' | 'reviewer' }) =>
      assessmentQueries.list(deps, callers.admin, { signatoryId: trust, ...input }).then(ids);
    expect(await list({})).toEqual(['qa-ass-1', 'qa-ass-3', 'qa-ass-2', 'qa-ass-4']);
    expect(await list({ period: '2026' })).toEqual(['qa-ass-3', 'qa-ass-2', 'qa-ass-4']);
    expect(await list({ period: '2026-Q1' })).toEqual(['qa-ass-3', 'qa-ass-2']);
    expect(await list({ period: '2025' })).toEqual(['qa-ass-1']);
    expect(await list({ period: '2026-Q3' })).toEqual([]);
  });

  it('filters by who assessed: the signatory itself or a reviewer', async () => {
    const list = (input: { period?: string; by?: 'self' | 'reviewer' }) =>
      assessmentQueries.list(deps, callers.admin, { signatoryId: trust, ...input }).then(ids);
    expect(await list({ by: 'self' })).toEqual(['qa-ass-1', 'qa-ass-2']);
    expect(await list({ by: 'reviewer' })).toEqual(['qa-ass-3', 'qa-ass-4']);
    expect(await list({ by: 'reviewer', period: '2026-Q2' })).toEqual(['qa-ass-4']);

    const everyone = await assessmentQueries.list(deps, callers.commissioner, {
      period: '2026-Q1',
      by: 'reviewer',
      limit: 200,
    });
    expect(ids(everyone)).toContain('qa-ass-3');
    expect(everyone.items.every((a) => a.period === '2026-Q1' && a.by === 'reviewer')).toBe(true);
  });

  it('lists a demo signatory’s assessments for a year, as a reviewer reads them', async () => {
    const page = await assessmentQueries.list(deps, callers.reviewer, { signatoryId: school, period: '2026' });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((a) => a.period.startsWith('2026') && a.signatoryId === school)).toBe(true);
  });

  it('refuses a period that is not a year or a quarter, and an assessor that is neither', async () => {
    for (const period of ['2026-Q5', '2026-05', 'Q1']) {
      expect(await problemOf(assessmentQueries.list(deps, callers.admin, { period })), period).toMatchObject({
        status: 400,
        errors: [{ pointer: '/period' }],
      });
    }
    expect(await problemOf(assessmentQueries.list(deps, callers.admin, { by: 'peer' as 'self' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/by' }],
    });
  });

  it('is a signatory editor’s own organisation’s, reviewer assessments of it included; anyone’s for reviewers', async () => {
    expect(ids(await assessmentQueries.list(deps, trustEditor, {}))).toEqual([
      'qa-ass-1',
      'qa-ass-3',
      'qa-ass-2',
      'qa-ass-4',
    ]);
    expect(await problemOf(assessmentQueries.list(deps, callers.schoolEditor, { signatoryId: trust }))).toMatchObject({
      status: 403,
    });
    expect(ids(await assessmentQueries.list(deps, callers.reviewer, { signatoryId: trust }))).toHaveLength(4);
    expect(await problemOf(assessmentQueries.list(deps, callers.public, {}))).toMatchObject({ status: 401 });
  });
});

describe('a signatory’s editors', () => {
  it('submit, change and delete their own self-assessments', async () => {
    const created = await assessmentQueries.create(deps, trustEditor, {
      body: assessment('qa-ass-5', '2026-Q2', 'self'),
    });
    expect(created).toMatchObject({ created: true, record: { by: 'self', createdBy: 'user:qa-trust-editor' } });
    const replaced = await assessmentQueries.replace(deps, trustEditor, {
      id: 'qa-ass-5',
      body: assessment('qa-ass-5', '2026-Q2', 'self', undefined, {
        scores: [{ principleId: 'open-communication', score: 4, narrative: 'Embedded now.' }],
      }),
      expectedVersion: 1,
    });
    expect(replaced).toMatchObject({ version: 2, record: { scores: [{ score: 4 }] } });
    await assessmentQueries.delete(deps, trustEditor, { id: 'qa-ass-5' });
    expect(await problemOf(assessmentQueries.read(deps, trustEditor, { id: 'qa-ass-5' }))).toMatchObject({
      status: 404,
    });
  });

  it('read a reviewer’s assessment of them but may not submit, change, delete or turn one into it', async () => {
    expect((await assessmentQueries.read(deps, trustEditor, { id: 'qa-ass-3' })).record).toMatchObject({
      by: 'reviewer',
      reviewerId: forum,
    });
    const refused = [
      () => assessmentQueries.create(deps, trustEditor, { body: assessment('qa-ass-6', '2026-Q2', 'reviewer', forum) }),
      () =>
        assessmentQueries.replace(deps, trustEditor, {
          id: 'qa-ass-3',
          body: assessment('qa-ass-3', '2026-Q1', 'reviewer', forum, {
            scores: [{ principleId: 'open-communication', score: 4, narrative: 'Better than they said.' }],
          }),
          expectedVersion: 1,
        }),
      // Their own self-assessment, re-labelled as a reviewer's.
      () =>
        assessmentQueries.replace(deps, trustEditor, {
          id: 'qa-ass-2',
          body: assessment('qa-ass-2', '2026-Q1', 'reviewer', forum),
          expectedVersion: 1,
        }),
      () => assessmentQueries.delete(deps, trustEditor, { id: 'qa-ass-3' }),
    ];
    for (const [index, run] of refused.entries()) {
      expect(await problemOf(run()), String(index)).toMatchObject({ status: 403 });
    }
    expect(await assessmentQueries.read(deps, callers.admin, { id: 'qa-ass-3' })).toMatchObject({
      version: 1,
      record: { scores: [{ score: 3 }] },
    });
    expect((await assessmentQueries.read(deps, callers.admin, { id: 'qa-ass-2' })).record.by).toBe('self');
  });

  it('may not assess another organisation, nor read its assessments', async () => {
    expect(
      await problemOf(
        assessmentQueries.create(deps, callers.schoolEditor, { body: assessment('qa-ass-7', '2026-Q2', 'self') }),
      ),
    ).toMatchObject({ status: 403 });
    expect(await problemOf(assessmentQueries.read(deps, callers.schoolEditor, { id: 'qa-ass-1' }))).toMatchObject({
      status: 404,
    });
  });
});

describe('a reviewer', () => {
  it('submits, changes and deletes reviewer assessments of any signatory in their own organisation’s name', async () => {
    const created = await assessmentQueries.create(deps, callers.reviewer, {
      body: assessment('qa-ass-8', '2026-Q2', 'reviewer', forum),
    });
    expect(created).toMatchObject({ created: true, record: { by: 'reviewer', reviewerId: forum } });
    const replaced = await assessmentQueries.replace(deps, callers.reviewer, {
      id: 'qa-ass-8',
      body: assessment('qa-ass-8', '2026-Q2', 'reviewer', forum, {
        scores: [{ principleId: 'open-communication', score: 2, narrative: 'Emerging.' }],
      }),
      expectedVersion: 1,
    });
    expect(replaced.version).toBe(2);
    await assessmentQueries.delete(deps, callers.reviewer, { id: 'qa-ass-8' });
    expect(await problemOf(assessmentQueries.read(deps, callers.reviewer, { id: 'qa-ass-8' }))).toMatchObject({
      status: 404,
    });
  });

  it('may not write a self-assessment, another reviewer’s, or hand their own to another reviewer', async () => {
    await assessmentQueries.create(deps, callers.reviewer, {
      body: assessment('qa-ass-9', '2026-Q2', 'reviewer', forum),
    });
    const refused = [
      () => assessmentQueries.create(deps, callers.reviewer, { body: assessment('qa-ass-10', '2026-Q2', 'self') }),
      () =>
        assessmentQueries.create(deps, callers.reviewer, {
          body: assessment('qa-ass-10', '2026-Q2', 'reviewer', youthCouncil),
        }),
      () =>
        assessmentQueries.replace(deps, callers.reviewer, {
          id: 'qa-ass-4',
          body: assessment('qa-ass-4', '2026-Q2', 'reviewer', youthCouncil, {
            scores: [{ principleId: 'open-communication', score: 1, narrative: 'Not yet.' }],
          }),
          expectedVersion: 1,
        }),
      () => assessmentQueries.delete(deps, callers.reviewer, { id: 'qa-ass-4' }),
      () =>
        assessmentQueries.replace(deps, callers.reviewer, {
          id: 'qa-ass-9',
          body: assessment('qa-ass-9', '2026-Q2', 'reviewer', youthCouncil),
          expectedVersion: 1,
        }),
      () =>
        assessmentQueries.replace(deps, callers.reviewer, {
          id: 'qa-ass-9',
          body: assessment('qa-ass-9', '2026-Q2', 'self'),
          expectedVersion: 1,
        }),
      () =>
        assessmentQueries.replace(deps, callers.reviewer, {
          id: 'qa-ass-2',
          body: assessment('qa-ass-2', '2026-Q1', 'self', undefined, {
            scores: [{ principleId: 'open-communication', score: 1, narrative: 'Not yet.' }],
          }),
          expectedVersion: 1,
        }),
    ];
    for (const [index, run] of refused.entries()) {
      expect(await problemOf(run()), String(index)).toMatchObject({ status: 403 });
    }
    expect(await assessmentQueries.read(deps, callers.admin, { id: 'qa-ass-9' })).toMatchObject({
      version: 1,
      record: { by: 'reviewer', reviewerId: forum },
    });
    expect(await assessmentQueries.read(deps, callers.admin, { id: 'qa-ass-4' })).toMatchObject({ version: 1 });
    expect(await problemOf(assessmentQueries.read(deps, callers.admin, { id: 'qa-ass-10' }))).toMatchObject({
      status: 404,
    });
  });
});

describe('a commissioner', () => {
  it('reads every assessment and writes none', async () => {
    expect((await assessmentQueries.read(deps, callers.commissioner, { id: 'qa-ass-1' })).record.id).toBe('qa-ass-1');
    expect(
      await problemOf(
        assessmentQueries.create(deps, callers.commissioner, { body: assessment('qa-ass-11', '2026-Q2', 'self') }),
      ),
    ).toMatchObject({ status: 403 });
    expect(await problemOf(assessmentQueries.delete(deps, callers.commissioner, { id: 'qa-ass-1' }))).toMatchObject({
      status: 403,
    });
  });
});

describe('an assessment', () => {
  it('is for a quarter, and a reviewer’s names the reviewing organisation', async () => {
    expect(
      await problemOf(assessmentQueries.create(deps, callers.admin, { body: assessment('qa-ass-12', '2026', 'self') })),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/period' }] });
    expect(
      await problemOf(
        assessmentQueries.create(deps, callers.admin, { body: assessment('qa-ass-12', '2026-Q2', 'reviewer') }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/reviewerId' }] });
  });

  it('refers only to a signatory, a reviewer and principles that exist', async () => {
    const refused = async (body: Record<string, unknown>, caller: Principal = callers.admin) =>
      problemOf(assessmentQueries.create(deps, caller, { body }));
    expect(
      await refused(
        { ...assessment('qa-ass-13', '2026-Q2', 'reviewer', forum), signatoryId: 'no-such-signatory' },
        callers.reviewer,
      ),
    ).toMatchObject({
      status: 422,
      errors: [{ pointer: '/signatoryId', message: 'There is no signatory with the id "no-such-signatory"' }],
    });
    expect(await refused(assessment('qa-ass-13', '2026-Q2', 'reviewer', 'no-such-reviewer'))).toMatchObject({
      status: 422,
      errors: [{ pointer: '/reviewerId' }],
    });
    expect(
      await refused(
        assessment('qa-ass-13', '2026-Q2', 'self', undefined, {
          scores: [{ principleId: 'no-such-principle', score: 3, narrative: '' }],
        }),
      ),
    ).toMatchObject({ status: 422, errors: [{ pointer: '/scores/0/principleId' }] });
  });
});
