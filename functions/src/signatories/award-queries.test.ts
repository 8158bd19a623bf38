/**
 * Guarded awards (docs/decisions/0110), called as the queries the API's routes and the
 * pages run: an award against the criteria without a reason is a 422 naming each
 * criterion not met; with one, it is saved with its status history and audited, and its
 * reason reaches the public register only once published. The award's thresholds are
 * partnership settings with floors, and the criteria follow them.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signatory } from '@equal-partners/shared';
import { readAuditTrail } from '../audit/audit-queries.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { readPartnership, replacePartnership } from '../partnership/partnership-queries.ts';
import { publishTexts } from '../publication/publication-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { demoToday } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { awardDecision } from './award-queries.ts';
import { publicRegister, registerCsv, registerFields } from './register-queries.ts';
import { signatoryQueries } from './signatory-queries.ts';

let store: TestStore;
let deps: ListDeps;
beforeAll(async () => {
  store = await createTestStore('award-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
});
afterAll(() => store.drop());

/** The fields a client sends for a signatory as read, with `changes`. */
async function bodyOf(id: string, changes: Record<string, unknown>) {
  const { record, version } = await signatoryQueries.read(deps, callers.admin, { id });
  const { name, sector, signedOn, contact, active, charterStatus, awardedOn, awardReason } = record as Signatory;
  const body = { id, name, sector, signedOn, contact, active, charterStatus, awardedOn, awardReason, ...changes };
  return { body, version };
}

/** The first demo signatory, by id, not awarded today whose eligibility `pick` chooses. */
async function signatoryWhere(pick: (eligible: boolean) => boolean): Promise<string> {
  const { items } = await signatoryQueries.list(deps, callers.admin, { limit: 200 });
  for (const s of items.filter((s) => s.charterStatus !== 'awarded')) {
    if (pick((await awardDecision(deps, callers.admin, { id: s.id })).eligibility.eligible)) return s.id;
  }
  throw new Error('no such demo signatory');
}

const awardOn = '2026-05-14';

describe('an award against the criteria', () => {
  let id: string;
  beforeAll(async () => {
    id = await signatoryWhere((eligible) => !eligible);
  });

  it('is refused without a reason: a 422 naming each criterion not met, and the reason field', async () => {
    const decision = await awardDecision(deps, callers.admin, { id });
    const unmet = decision.eligibility.criteria.filter((c) => c.met === false).map((c) => c.id);
    expect(unmet.length).toBeGreaterThan(0);
    const { body, version } = await bodyOf(id, { charterStatus: 'awarded', awardedOn: awardOn });
    const problem = await problemOf(
      signatoryQueries.replace(deps, callers.admin, { id, body, expectedVersion: version }),
    );
    expect(problem).toMatchObject({ status: 422, errors: [{ pointer: '/awardReason' }] });
    expect((problem as { unmetCriteria?: { id: string }[] }).unmetCriteria?.map((c) => c.id)).toEqual(unmet);
    expect((await signatoryQueries.read(deps, callers.admin, { id })).record.charterStatus).not.toBe('awarded');
  });

  it('is refused the same way when created awarded', async () => {
    const problem = await problemOf(
      signatoryQueries.create(deps, callers.admin, {
        body: {
          id: 'qa-new-award',
          name: 'QA New Award Trust',
          sector: 'voluntary',
          signedOn: '2026-01-10',
          charterStatus: 'awarded',
          awardedOn: awardOn,
        },
      }),
    );
    expect(problem).toMatchObject({ status: 422, errors: [{ pointer: '/awardReason' }] });
  });

  it('is saved with a reason, in the status history and the audit trail', async () => {
    const reason = 'The board saw the forum’s evidence of work not yet recorded here.';
    const { body, version } = await bodyOf(id, { charterStatus: 'awarded', awardedOn: awardOn, awardReason: reason });
    const { record } = await signatoryQueries.replace(deps, callers.admin, { id, body, expectedVersion: version });
    expect(record).toMatchObject({ charterStatus: 'awarded', awardReason: reason, awardExpiresOn: '2027-05-14' });
    expect(record.awardUnmetCriteria?.length).toBeGreaterThan(0);
    expect(record.statusHistory?.at(-1)).toMatchObject({
      status: 'awarded',
      awardedOn: awardOn,
      by: 'user:demo-board-admin',
      reason,
      unmetCriteria: record.awardUnmetCriteria,
    });
    const { items } = await readAuditTrail(deps, callers.admin, { entity: 'signatory', id });
    expect(items.at(-1)?.after).toMatchObject({ awardReason: reason, charterStatus: 'awarded' });
  });

  it('keeps its reason while the award stands: a change that drops it is refused', async () => {
    const { body, version } = await bodyOf(id, { contact: 'new@demo.example', awardReason: undefined });
    const problem = await problemOf(
      signatoryQueries.replace(deps, callers.admin, { id, body, expectedVersion: version }),
    );
    expect(problem).toMatchObject({ status: 422, errors: [{ pointer: '/awardReason' }] });
    const kept = await bodyOf(id, { contact: 'new@demo.example' });
    const { record } = await signatoryQueries.replace(deps, callers.admin, {
      id,
      ...kept,
      expectedVersion: kept.version,
    });
    expect(record.contact).toBe('new@demo.example');
  });

  it('reaches the public only once its reason is published', async () => {
    const waiting = (await publicRegister(deps, callers.public)).entries.find((e) => e.id === id);
    expect(waiting).toMatchObject({ status: 'awarded', againstCriteria: true, reasonStatus: 'waiting' });
    expect(waiting).not.toHaveProperty('reason');
    expect((await signatoryQueries.read(deps, callers.public, { id })).record).not.toHaveProperty('awardReason');

    const { version } = await signatoryQueries.read(deps, callers.admin, { id });
    await publishTexts(deps, callers.admin, { kind: 'signatory', id, status: 'published', expectedVersion: version });
    const published = (await publicRegister(deps, callers.public)).entries.find((e) => e.id === id);
    expect(published).toMatchObject({ reasonStatus: 'published', reason: expect.stringContaining('forum’s evidence') });
    expect(published).toMatchObject({ awardedOn: awardOn, renewalDueFrom: '2027-02-13', expiresOn: '2027-05-14' });
  });

  it('is published by the board alone', async () => {
    const { version } = await signatoryQueries.read(deps, callers.admin, { id });
    for (const caller of [callers.councilEditor, callers.reviewer, callers.commissioner]) {
      expect(
        await problemOf(
          publishTexts(deps, caller, { kind: 'signatory', id, status: 'waiting', expectedVersion: version }),
        ),
      ).toMatchObject({ status: 403 });
    }
  });
});

describe('an award that meets the criteria', () => {
  it('needs no reason, and the register says none was needed', async () => {
    const id = await signatoryWhere((eligible) => eligible);
    const { body, version } = await bodyOf(id, { charterStatus: 'awarded', awardedOn: awardOn });
    const { record } = await signatoryQueries.replace(deps, callers.admin, { id, body, expectedVersion: version });
    expect(record).not.toHaveProperty('awardUnmetCriteria');
    const entry = (await publicRegister(deps, callers.public)).entries.find((e) => e.id === id);
    expect(entry).toMatchObject({ status: 'awarded', againstCriteria: false, reasonStatus: 'none' });
  });
});

describe('the award criteria as settings', () => {
  async function saveSettings(changes: Record<string, unknown>) {
    const { partnership, version } = await readPartnership(deps, callers.admin);
    const { name, area, charter, groups, settings } = partnership;
    return replacePartnership(deps, callers.admin, {
      body: { name, area, charter, groups, settings: { ...settings, ...changes } },
      expectedVersion: version,
    });
  }

  it.each([
    ['awardClosurePercent', 49],
    ['awardClosurePercent', 101],
    ['awardReviewerMean', 2.4],
    ['awardWindowMonths', 5],
    ['awardWindowMonths', 13],
    ['awardNeedsReviewerAssessment', 'no'],
  ])('refuses %s of %s: below its floor or out of range', async (setting, value) => {
    expect(await problemOf(saveSettings({ [setting]: value }))).toMatchObject({
      status: 400,
      errors: [{ pointer: `/settings/${setting}` }],
    });
  });

  it('accepts the floors, and the criteria follow what the board set', async () => {
    const { id } = (await signatoryQueries.list(deps, callers.admin, { limit: 1 })).items[0]!;
    const before = await awardDecision(deps, callers.admin, { id });
    expect(before.criteria).toEqual({
      awardClosurePercent: 70,
      awardReviewerMean: 3,
      awardNeedsReviewerAssessment: true,
      awardWindowMonths: 12,
    });
    await saveSettings({
      awardClosurePercent: 50,
      awardReviewerMean: 2.5,
      awardWindowMonths: 6,
      awardNeedsReviewerAssessment: false,
    });
    const after = await awardDecision(deps, callers.admin, { id });
    expect(after.criteria.awardClosurePercent).toBe(50);
    expect(after.eligibility.criteria.map((c) => c.id)).not.toContain('reviewer-assessment');
    expect(after.eligibility.criteria.find((c) => c.id === 'closure-rate')?.needed).toBe(0.5);
    // Six months ending with May 2026.
    expect(after.eligibility).toMatchObject({ from: '2025-12-01', to: '2026-05-31' });
    expect(before.eligibility).toMatchObject({ from: '2025-06-01' });
  });
});

describe('the register’s open data', () => {
  it('has a column for every field of the data dictionary, and a row for every signatory', async () => {
    const register = await publicRegister(deps, callers.public);
    const [header, ...rows] = registerCsv(register).trimEnd().split('\n');
    expect(header).toBe(registerFields.map((f) => f.name).join(','));
    expect(rows.length).toBeGreaterThanOrEqual(register.entries.length);
    const { items } = await signatoryQueries.list(deps, callers.public, { limit: 200 });
    expect(register.entries.map((e) => e.id).sort()).toEqual(items.map((s) => s.id).sort());
  });
});
