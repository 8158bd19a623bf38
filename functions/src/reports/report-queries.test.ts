/**
 * The report queries called directly, with no HTTP: each caller's principal against the
 * demo partnership in the local store. Who may read exact figures is decided before
 * anything about a signatory is read; a partnership the caller has read already is not read
 * again; bad queries are 400 problems naming the field. The routes' own behaviour (the
 * same answers over HTTP) is tested in ./metrics.test.ts.
 */
import { publicPrincipal, type Principal } from '@equal-partners/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryDeps } from '../host.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { getPartnership, partnershipKeys, type PartnershipView } from '../partnership/partnership-entity.ts';
import type { Store } from '../table/index.ts';
import { council, demoToday, forum, school } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { publicChallengesOf, publicLoopsOf } from '../publication/public-record-queries.ts';
import { activitiesByMonth } from './partnership-activity-queries.ts';
import {
  publicPartnershipFile,
  publicPartnershipMetrics,
  publicSignatoryMetrics,
  publicSignatoryQuartersFile,
} from './public-report-queries.ts';
import {
  csvHeaders,
  partnershipMetrics,
  partnershipMetricsFile,
  signatoryMetrics,
  signatoryMonthsFile,
} from './report-queries.ts';

const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };
const commissioner: Principal = { kind: 'user', id: 'demo-commissioner', role: 'commissioner' };
const councilEditor: Principal = {
  kind: 'user',
  id: 'demo-council-editor',
  role: 'signatory-editor',
  signatoryId: council,
};
const reviewer: Principal = { kind: 'user', id: 'demo-reviewer', role: 'reviewer', signatoryId: forum };

type Deps = Pick<QueryDeps, 'store' | 'today'>;
let store: TestStore;
let deps: Deps;
let partnership: PartnershipView;
beforeAll(async () => {
  store = await createTestStore('report-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday };
  partnership = (await getPartnership(store))!;
});
afterAll(() => store.drop());

/** The problem a query throws; fails if it succeeds or throws anything else. */
async function problemOf(run: Promise<unknown>): Promise<Problem> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).problem;
}

/** The same dependencies on a store that records every request sent to it. */
function counted(): { deps: Deps; sent: string[]; partnershipReads: () => number } {
  const sent: string[] = [];
  const send = (command: { input: Record<string, unknown> }) => {
    sent.push(JSON.stringify(command.input));
    return store.client.send(command as never);
  };
  // The partnership's own item, not its rollups (whose sort key names it too).
  const key = JSON.stringify(partnershipKeys());
  return {
    deps: { ...deps, store: { ...store, client: { send } as unknown as Store['client'] } },
    sent,
    partnershipReads: () => sent.filter((input) => input.includes(key)).length,
  };
}

describe('exact figures', () => {
  it('are refused before anything is read, to the public and to another organisation’s editor', async () => {
    const { deps: watched, sent } = counted();
    expect(await problemOf(signatoryMetrics(watched, publicPrincipal, { id: school }))).toMatchObject({
      status: 401,
    });
    expect(await problemOf(signatoryMetrics(watched, councilEditor, { id: school }))).toMatchObject({ status: 403 });
    expect(await problemOf(partnershipMetrics(watched, councilEditor, {}))).toMatchObject({ status: 403 });
    expect(await problemOf(partnershipMetricsFile(watched, councilEditor, {}))).toMatchObject({ status: 403 });
    expect(await problemOf(signatoryMonthsFile(watched, councilEditor, { id: school }))).toMatchObject({
      status: 403,
    });
    expect(sent).toEqual([]);
  });

  it('are refused to a reviewer while the board does not allow it, having read only the partnership’s settings', async () => {
    const { deps: watched, sent, partnershipReads } = counted();
    expect(await problemOf(signatoryMetrics(watched, reviewer, { id: council }))).toMatchObject({ status: 403 });
    expect(sent).toHaveLength(1);
    expect(partnershipReads()).toBe(1);
    // Given the partnership it has read, nothing at all.
    sent.length = 0;
    expect(await problemOf(signatoryMetrics(watched, reviewer, { id: council, partnership }))).toMatchObject({
      status: 403,
    });
    const allowed = { ...partnership, settings: { ...partnership.settings, reviewersSeeExactFigures: true } };
    const report = await signatoryMetrics(watched, reviewer, { id: council, period: '2026-Q1', partnership: allowed });
    expect(report.signatory.id).toBe(council);
    expect(partnershipReads()).toBe(0);
  });

  it('give a signatory’s own editor its figures, and read the partnership only when the caller has not', async () => {
    const { deps: watched, partnershipReads } = counted();
    const read = await signatoryMetrics(watched, councilEditor, { id: council, period: '2026-Q1' });
    expect(partnershipReads()).toBe(1);
    const given = await signatoryMetrics(watched, councilEditor, { id: council, period: '2026-Q1', partnership });
    expect(partnershipReads()).toBe(1);
    expect(given).toEqual(read);
    expect(read).toMatchObject({
      signatory: { id: council },
      period: { key: '2026-Q1', from: '2026-01', to: '2026-03' },
      previousPeriod: { key: '2025-Q4' },
    });
    expect(read.metrics.reach.activities).toEqual(expect.any(Number));
    expect(read.charterStatus.eligibility.criteria.length).toBeGreaterThan(0);
  });

  it('give the board the partnership’s rows sorted as asked, and the same rows as a CSV file', async () => {
    const { deps: watched, partnershipReads } = counted();
    const query = { period: '2026-Q1', sort: 'name', order: 'asc', partnership } as const;
    const report = await partnershipMetrics(watched, admin, query);
    const names = report.signatories.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(report.signatories).toMatchObject({ sort: 'name', order: 'asc' });
    const file = await partnershipMetricsFile(watched, commissioner, query);
    expect(file.filename).toMatch(/^demo-city-[a-z0-9-]+-2026-q1-exact-figures\.csv$/);
    expect(csvHeaders(file)).toEqual({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
    });
    const lines = file.text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^periodFrom,periodTo,signatoryId,/);
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(
      report.signatories.rows.map((row) => row.signatoryId),
    );
    expect(partnershipReads()).toBe(0);
  });

  it('give a signatory’s months as a CSV file named for the signatory and period', async () => {
    const file = await signatoryMonthsFile(deps, admin, { id: school, period: '2026-Q1' });
    expect(file.filename).toBe('oakfield-special-school-2026-q1-by-month-exact-figures.csv');
    expect(file.text.split('\n')[0]).toMatch(/^signatoryId,month,partial,/);
  });

  it('refuse bad queries with the field named, and unknown signatories with 404', async () => {
    expect(await problemOf(signatoryMetrics(deps, admin, { id: council, period: '2026-13' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/period' }],
    });
    expect(
      await problemOf(partnershipMetrics(deps, admin, { sector: 'nowhere' as never, period: '2026-Q1' })),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/sector' }] });
    expect(
      await problemOf(signatoryMetrics(deps, admin, { id: council, from: '2026-01-15', to: '2026-02' })),
    ).toMatchObject({ status: 400, suggested: { from: '2026-01', to: '2026-02' } });
    expect(
      await problemOf(
        signatoryMetrics(deps, admin, { id: council, channel: 'online-survey', audience: 'parents-carers' }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/channel' }] });
    expect(await problemOf(signatoryMetrics(deps, admin, { id: 'no-such-signatory' }))).toMatchObject({
      status: 404,
    });
    expect(await problemOf(signatoryMetrics(deps, admin, { id: '' }))).toMatchObject({
      status: 400,
      detail: 'The address has errors: fix each field listed.',
    });
  });
});

describe('public figures', () => {
  it('are for anyone, and read the partnership only when the caller has not', async () => {
    const { deps: watched, partnershipReads } = counted();
    const report = await publicSignatoryMetrics(watched, publicPrincipal, { id: school, period: 'FY2025' });
    expect(report).toMatchObject({ signatory: { id: school }, period: { key: 'FY2025' }, disclosure: {} });
    expect(partnershipReads()).toBe(1);
    const given = await publicSignatoryMetrics(watched, publicPrincipal, {
      id: school,
      period: 'FY2025',
      partnership,
    });
    expect(given).toEqual(report);
    const overview = await publicPartnershipMetrics(watched, publicPrincipal, { period: 'FY2025', partnership });
    expect(overview.scope).toEqual({ totals: 'partnership' });
    expect(partnershipReads()).toBe(1);
  });

  it('refuse the forms of query only exact figures take, and periods off the publication grid', async () => {
    for (const input of [
      { from: '2026-01' },
      { to: '2026-03' },
      { channel: 'online-survey' },
      { audience: 'parents-carers' },
    ]) {
      const problem = await problemOf(publicPartnershipMetrics(deps, publicPrincipal, input));
      expect(problem).toMatchObject({ status: 400, type: expect.stringMatching(/not-published$/) });
      expect(problem.errors?.[0]?.pointer).toBe(`/${Object.keys(input)[0]}`);
    }
    expect(
      await problemOf(publicSignatoryMetrics(deps, publicPrincipal, { id: school, period: '2026-05' })),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/period' }] });
  });

  it('give the overview and a signatory’s quarters as open-data CSV files', async () => {
    const overview = await publicPartnershipFile(deps, publicPrincipal, { period: 'FY2025' });
    expect(overview.filename).toMatch(/^demo-city-[a-z0-9-]+-fy2025\.csv$/);
    const quarters = await publicSignatoryQuartersFile(deps, publicPrincipal, { id: school, period: 'FY2025' });
    expect(quarters.filename).toBe('oakfield-special-school-fy2025-by-quarter.csv');
    expect(quarters.text.split('\n')[0]).toMatch(/^signatoryId,period,from,to,partial,/);
  });
});

describe('activities by month', () => {
  it('covers the 24 months to this one by default, and refuses a month that is not YYYY-MM', async () => {
    const { from, to, series } = await activitiesByMonth(deps, publicPrincipal, {});
    expect({ from, to }).toEqual({ from: '2024-06', to: '2026-05' });
    expect(series).toHaveLength(24);
    expect(await problemOf(activitiesByMonth(deps, publicPrincipal, { from: '2026-1' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/from' }],
    });
  });
});

describe('a signatory’s public loops and challenges, as its page reads them', () => {
  it('read the partnership’s settings only when the caller has not read the partnership', async () => {
    const { deps: watched, partnershipReads } = counted();
    const loops = await publicLoopsOf(watched, publicPrincipal, { signatoryId: council });
    const challenges = await publicChallengesOf(watched, publicPrincipal, { signatoryId: council });
    expect(partnershipReads()).toBe(2);
    expect(loops.items.length).toBeGreaterThan(0);
    expect(await publicLoopsOf(watched, publicPrincipal, { signatoryId: council, partnership })).toEqual(loops);
    expect(await publicChallengesOf(watched, publicPrincipal, { signatoryId: council, partnership })).toEqual(
      challenges,
    );
    expect(partnershipReads()).toBe(2);
  });
});
