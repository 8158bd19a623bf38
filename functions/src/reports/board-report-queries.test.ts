/**
 * The board report, called as its page calls it, on the demo partnership with a signatory
 * of the test's own that has an overdue feedback loop: the summary's figures and exceptions,
 * a section only for each signatory with an exception (every signatory when asked), the
 * quarter asked for counted by the calendar or the financial year, and who may produce it.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { demoToday, newActivity, newLoop } from '../testing/api-fixture.ts';
import { callers, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { boardReport, headlineMetrics, reportQuarter } from './board-report-queries.ts';
import { partnershipExceptions } from './exception-queries.ts';

const school = 'qa-board-report-school';
/** A signatory that signed this year and has nothing the board should look at. */
const quiet = 'qa-board-report-quiet';

let store: TestStore;
let deps: ListDeps;

beforeAll(async () => {
  store = await createTestStore('board-report');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: school, name: 'Board Report Test School', sector: 'education', signedOn: '2022-01-01' },
  });
  await signatoryQueries.create(deps, callers.admin, {
    body: { id: quiet, name: 'Board Report Quiet Trust', sector: 'health', signedOn: '2026-04-01' },
  });
  // Forty people in February (the financial year's last quarter); a loop raised in January, never answered.
  await activityQueries.create(deps, callers.admin, {
    body: newActivity('qa-br-act', school, {
      date: '2026-02-10',
      participants: { total: 40, firstTime: 10, demographicsRecorded: 0, groups: {} },
    }),
  });
  await loopQueries.create(deps, callers.admin, { body: newLoop('qa-br-loop', school, { raisedOn: '2026-01-05' }) });
});

afterAll(async () => {
  await store?.drop();
});

describe('reportQuarter', () => {
  it('is the last quarter ended when none is asked for, by the year asked', () => {
    // 15 May 2026: the calendar's first quarter ended in March, as did the financial year 2025-26.
    expect(reportQuarter(undefined, 'calendar', demoToday)).toBe('2026-Q1');
    expect(reportQuarter(undefined, 'financial', demoToday)).toBe('FY2025-Q4');
    expect(reportQuarter(undefined, 'calendar', new Date('2026-02-01T00:00:00Z'))).toBe('2025-Q4');
    expect(reportQuarter(undefined, 'financial', new Date('2026-04-01T00:00:00Z'))).toBe('FY2025-Q4');
    expect(reportQuarter(undefined, 'financial', new Date('2026-07-01T00:00:00Z'))).toBe('FY2026-Q1');
  });

  it('counts a quarter asked for from January, or from April of its year', () => {
    expect(reportQuarter('2026-Q3', 'calendar', demoToday)).toBe('2026-Q3');
    expect(reportQuarter('2026-Q3', 'financial', demoToday)).toBe('FY2026-Q3');
  });
});

describe('boardReport', () => {
  it('gives the summary: headline figures of the quarter and the previous one, and every exception totalled', async () => {
    const report = await boardReport(deps, callers.admin, { quarter: '2025-Q4', year: 'financial' });
    expect(report.period).toMatchObject({ key: 'FY2025-Q4', from: '2026-01', to: '2026-03' });
    expect(report.previousPeriod).toMatchObject({ key: 'FY2025-Q3', from: '2025-10', to: '2025-12' });
    for (const id of headlineMetrics) {
      expect(report.headline.row).toHaveProperty(id);
      expect(report.headline.previousRow).toHaveProperty(id);
    }
    // The partnership's participations are its signatories' added up, ours among them.
    const rows = await boardReport(deps, callers.admin, { quarter: '2025-Q4', signatories: 'all' });
    const sum = rows.signatories.reduce((total, s) => total + (s.row.participations as number), 0);
    expect(report.headline.row.participations).toBe(sum);
    expect(rows.signatories.find((s) => s.row.signatoryId === school)?.row.participations).toBe(40);

    const { summary } = report;
    const exceptions = await partnershipExceptions(deps, callers.admin);
    expect(summary.signatories.map((s) => s.signatoryId)).toEqual(exceptions.exceptions.map((s) => s.signatoryId));
    expect(summary.signatories.map((s) => s.signatoryId)).toContain(school);
    const total = (pick: (s: (typeof summary.signatories)[number]) => number) =>
      summary.signatories.reduce((sum, s) => sum + pick(s), 0);
    expect(summary.totals.overdueLoops).toBe(total((s) => s.overdueLoops.count));
    expect(summary.totals.overdueLoops).toBeGreaterThanOrEqual(1);
    expect(summary.totals.overdueChallenges).toBe(total((s) => s.overdueChallenges.count));
    expect(summary.totals.underRepresented).toBe(total((s) => s.underRepresented.length));
    expect(summary.totals.gaps).toBe(total((s) => s.gaps.length));
    expect(summary.awardsExpiring).toEqual(
      exceptions.awards
        .filter((a) => a.reason === 'expiring')
        .map((a) => ({ signatoryId: a.signatoryId, name: a.name, expiresOn: a.charter.expiresOn })),
    );
    for (const award of summary.awardsExpiring) expect(award.expiresOn <= '2026-08-13').toBe(true);
  });

  it('has a section only for each signatory with an exception, unless every signatory is asked for', async () => {
    const report = await boardReport(deps, callers.admin, { quarter: '2025-Q4' });
    const flagged = report.summary.signatories.map((s) => s.signatoryId).sort();
    expect(report.scope).toBe('exceptions');
    expect(report.signatories.map((s) => s.row.signatoryId).sort()).toEqual(flagged);
    expect(report.signatories.every((s) => s.flagged)).toBe(true);
    // A signatory with nothing to look at has no section.
    expect(flagged).not.toContain(quiet);
    expect(flagged.length).toBeLessThan(report.signatoryCount);

    const all = await boardReport(deps, callers.commissioner, { quarter: '2025-Q4', signatories: 'all' });
    expect(all.signatories).toHaveLength(all.signatoryCount);
    expect(
      all.signatories
        .filter((s) => s.flagged)
        .map((s) => s.row.signatoryId)
        .sort(),
    ).toEqual(flagged);
    expect(all.signatories.find((s) => s.row.signatoryId === quiet)?.flagged).toBe(false);
    const ours = all.signatories.find((s) => s.row.signatoryId === school)!;
    expect(ours.exceptions.overdueLoops.count).toBe(1);
    expect(ours.previousRow.signatoryId).toBe(school);
  });

  it('counts the quarter by the calendar when asked', async () => {
    const report = await boardReport(deps, callers.admin, { quarter: '2026-Q1', year: 'calendar' });
    expect(report.period).toMatchObject({ key: '2026-Q1', from: '2026-01', to: '2026-03' });
    expect(report.quarter).toEqual({ key: '2026-Q1', year: 'calendar' });
  });

  it('refuses a signatory’s editor and a quarter that is not one, naming the field', async () => {
    expect((await problemOf(boardReport(deps, callers.councilEditor, { quarter: '2025-Q4' }))).status).toBe(403);
    const problem = await problemOf(boardReport(deps, callers.admin, { quarter: '2025-Q5', year: 'monthly' as never }));
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual(['/quarter', '/year']);
  });
});
