/**
 * The outcomes of closed loops across partners, called as the board's page calls them:
 * real loops and activities written through their record queries into the demo partnership,
 * in a year before the demo's data (2023) so that every count is the test's own.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityQueries } from '../activities/activity-queries.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { loopQueries } from '../loops/loop-queries.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import type { ListDeps } from '../records/record-queries.ts';
import { signatoryQueries } from '../signatories/signatory-queries.ts';
import { demoToday, newActivity, newLoop } from '../testing/api-fixture.ts';
import { callers, countingStore, problemOf } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { closedLoopOutcomes, closedLoopsBehind, periodBlocks } from './outcome-queries.ts';
import { partnershipMetrics } from './report-queries.ts';

const trust = 'qa-outcomes-trust';
const school = 'qa-outcomes-school';

let store: TestStore;
let deps: ListDeps;
let partnership: PartnershipView;

/** A loop closed: the answer went back to the people who raised it on the day it was raised. */
const closed = (id: string, signatoryId: string, raisedOn: string, more: Record<string, unknown>) =>
  newLoop(id, signatoryId, {
    raisedOn,
    status: 'done',
    weDid: 'Changed it',
    communicatedOn: raisedOn,
    ...more,
  });

beforeAll(async () => {
  store = await createTestStore('outcome-queries');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday, now: () => demoToday, cursors: cursorSigner(randomBytes(32)) };
  partnership = (await getPartnership(store))!;
  for (const [id, name, sector] of [
    [trust, 'Outcomes Test Trust', 'health'],
    [school, 'Outcomes Test School', 'education'],
  ] as const) {
    await signatoryQueries.create(deps, callers.admin, { body: { id, name, sector, signedOn: '2022-01-01' } });
  }
  for (const body of [
    newActivity('qa-act-comm', trust, { date: '2023-02-01', stage: 'commissioning' }),
    newActivity('qa-act-design', trust, { date: '2023-03-01', stage: 'design' }),
    newActivity('qa-act-delivery', trust, { date: '2023-03-05', stage: 'delivery' }),
    newActivity('qa-act-gone', trust, { date: '2023-04-20', stage: 'delivery' }),
    newActivity('qa-act-eval', school, { date: '2023-06-01', stage: 'evaluation' }),
  ]) {
    await activityQueries.create(deps, callers.admin, { body });
  }
  for (const body of [
    closed('qa-out-1', trust, '2023-02-10', { activityIds: ['qa-act-comm'], outcome: 'commissioning-decision' }),
    closed('qa-out-2', trust, '2023-03-10', {
      activityIds: ['qa-act-comm', 'qa-act-design'],
      outcome: 'service-change',
    }),
    closed('qa-out-3', trust, '2023-03-20', { outcome: 'policy-change' }),
    closed('qa-out-4', trust, '2023-04-02', { activityIds: ['qa-act-delivery'] }),
    newLoop('qa-out-5', trust, { raisedOn: '2023-04-03', activityIds: ['qa-act-design'], outcome: 'service-change' }),
    closed('qa-out-6', school, '2023-06-05', { activityIds: ['qa-act-eval'], outcome: 'none' }),
    closed('qa-out-7', school, '2022-12-20', { outcome: 'service-change' }),
    {
      ...closed('qa-out-8', school, '2023-12-31', { activityIds: ['qa-act-eval'] }),
      communicatedOn: '2024-01-05',
      outcome: 'information-improved',
    },
    closed('qa-out-9', trust, '2023-05-01', { activityIds: ['qa-act-gone'], outcome: 'resource-allocation' }),
  ]) {
    await loopQueries.create(deps, callers.admin, { body });
  }
  // The activity a loop was raised at is deleted: the loop is no longer linked to one.
  await activityQueries.delete(deps, callers.admin, { id: 'qa-act-gone' });
});
afterAll(() => store.drop());

const zeros = {
  'service-change': 0,
  'policy-change': 0,
  'commissioning-decision': 0,
  'resource-allocation': 0,
  'information-improved': 0,
  none: 0,
  'not-recorded': 0,
};
const ids = (answer: { loops: { id: string }[] }) => answer.loops.map((l) => l.id);

describe('the outcomes of closed loops', () => {
  it('counts, per signatory and outcome, the loops raised in the period whose answer went back', async () => {
    const answer = await closedLoopOutcomes(deps, callers.commissioner, { period: '2023' });
    expect(answer.period).toMatchObject({ from: '2023-01', to: '2023-12', partial: false });
    const row = (id: string) => answer.bySignatory.find((r) => r.signatoryId === id);
    expect(row(trust)).toMatchObject({
      name: 'Outcomes Test Trust',
      total: 5,
      counts: {
        ...zeros,
        'commissioning-decision': 1,
        'service-change': 1,
        'policy-change': 1,
        'not-recorded': 1,
        'resource-allocation': 1,
      },
    });
    // Raised on the period's last day counts, though answered after it; raised the day before it does not.
    expect(row(school)).toMatchObject({ total: 2, counts: { ...zeros, none: 1, 'information-improved': 1 } });
    // Every signatory has a row, those with no closed loop as zeros, by name.
    expect(row('demo-city-parent-carer-forum')).toMatchObject({ total: 0, counts: zeros });
    expect(answer.bySignatory.map((r) => r.name)).toEqual(
      [...answer.bySignatory.map((r) => r.name)].sort((a, b) => a.localeCompare(b, 'en-GB')),
    );
    expect(answer.closed).toEqual({
      total: 7,
      counts: {
        ...zeros,
        'commissioning-decision': 1,
        'service-change': 1,
        'policy-change': 1,
        'not-recorded': 1,
        'resource-allocation': 1,
        none: 1,
        'information-improved': 1,
      },
    });
  });

  it('counts a loop once at each stage of the activities that raised it, and apart when it has none', async () => {
    const { byStage } = await closedLoopOutcomes(deps, callers.admin, { period: '2023' });
    const stage = (s: string) => byStage.find((r) => r.stage === s);
    expect(byStage.map((r) => r.stage)).toEqual(['commissioning', 'design', 'delivery', 'evaluation', 'not-linked']);
    expect(stage('commissioning')).toMatchObject({
      total: 2,
      counts: { ...zeros, 'commissioning-decision': 1, 'service-change': 1 },
    });
    expect(stage('design')).toMatchObject({ total: 1, counts: { ...zeros, 'service-change': 1 } });
    expect(stage('delivery')).toMatchObject({ total: 1, counts: { ...zeros, 'not-recorded': 1 } });
    expect(stage('evaluation')).toMatchObject({ total: 2, counts: { ...zeros, none: 1, 'information-improved': 1 } });
    // No activity, or only one deleted since.
    expect(stage('not-linked')).toMatchObject({
      total: 2,
      counts: { ...zeros, 'policy-change': 1, 'resource-allocation': 1 },
    });
  });

  it('counts by month raised over a year, and by quarter over a longer period', async () => {
    const { overTime, interval } = await closedLoopOutcomes(deps, callers.admin, { period: '2023' });
    expect(interval).toBe('month');
    expect(overTime.map((m) => [m.from, m.total])).toEqual([
      ['2023-01', 0],
      ['2023-02', 1],
      ['2023-03', 2],
      ['2023-04', 1],
      ['2023-05', 1],
      ['2023-06', 1],
      ['2023-07', 0],
      ['2023-08', 0],
      ['2023-09', 0],
      ['2023-10', 0],
      ['2023-11', 0],
      ['2023-12', 1],
    ]);
    expect(overTime[2]!.counts).toEqual({ ...zeros, 'service-change': 1, 'policy-change': 1 });

    const long = await closedLoopOutcomes(deps, callers.admin, { from: '2022-10', to: '2023-12' });
    expect(long.interval).toBe('quarter');
    expect(long.overTime.map((q) => [q.from, q.to, q.total])).toEqual([
      ['2022-10', '2022-12', 1],
      ['2023-01', '2023-03', 3],
      ['2023-04', '2023-06', 3],
      ['2023-07', '2023-09', 0],
      ['2023-10', '2023-12', 1],
    ]);
  });

  it('marks the month not over yet', async () => {
    const { overTime, period } = await closedLoopOutcomes(deps, callers.admin, { from: '2026-04', to: '2026-05' });
    expect(period.partial).toBe(true);
    expect(overTime.map((m) => m.partial)).toEqual([false, true]);
  });

  it('totals the overview’s closed loops for the same period', async () => {
    const [outcomes, overview] = await Promise.all([
      closedLoopOutcomes(deps, callers.admin, { period: 'FY2025' }),
      partnershipMetrics(deps, callers.admin, { period: 'FY2025' }),
    ]);
    expect(outcomes.closed.total).toBeGreaterThan(0);
    expect(outcomes.closed.total).toBe(overview.metrics.impact.loopsClosed);
  });

  it('reads the loops once and the linked activities’ stages in one batch, whatever the number of loops', async () => {
    const { store: counting, sent } = countingStore(store);
    await closedLoopOutcomes({ ...deps, store: counting }, callers.admin, { period: '2023', partnership });
    const loopLists = sent.filter((input) => input.includes('"IndexName":"gsi2"') && input.includes('LOOPS'));
    const batches = sent.filter((input) => input.includes('"RequestItems"'));
    expect(loopLists).toHaveLength(1);
    expect(batches).toHaveLength(1);
    // Only the stage of each activity is read, never its notes.
    expect(batches[0]).toContain('"ProjectionExpression":"#id, #stage"');
    expect(sent.some((input) => input.includes('ACTIVITIES'))).toBe(false);
  });
});

describe('the loops behind a count', () => {
  it('are those of the signatory, outcome, stage and months asked for, in the order raised', async () => {
    const behind = (input: Parameters<typeof closedLoopsBehind>[2]) =>
      closedLoopsBehind(deps, callers.commissioner, { period: '2023', ...input }).then(ids);
    expect(await behind({ signatoryId: trust, outcome: 'service-change' })).toEqual(['qa-out-2']);
    expect(await behind({ stage: 'commissioning' })).toEqual(['qa-out-1', 'qa-out-2']);
    expect(await behind({ stage: 'not-linked' })).toEqual(['qa-out-3', 'qa-out-9']);
    expect(await behind({ outcome: 'not-recorded' })).toEqual(['qa-out-4']);
    expect(await behind({ signatoryId: school })).toEqual(['qa-out-6', 'qa-out-8']);
    expect(await closedLoopsBehind(deps, callers.admin, { from: '2023-03', to: '2023-03' }).then(ids)).toEqual([
      'qa-out-2',
      'qa-out-3',
    ]);
  });

  it('carries each loop’s texts, dates, outcome and stages, and the organisation asked for by name', async () => {
    const answer = await closedLoopsBehind(deps, callers.commissioner, { period: '2023', signatoryId: trust });
    expect(answer.filter).toMatchObject({ signatoryId: trust, organisation: 'Outcomes Test Trust' });
    expect(answer.loops.find((l) => l.id === 'qa-out-2')).toMatchObject({
      organisation: 'Outcomes Test Trust',
      raisedOn: '2023-03-10',
      communicatedOn: '2023-03-10',
      outcome: 'service-change',
      stages: ['commissioning', 'design'],
      youSaid: 'Evening sessions please',
      weDid: 'Changed it',
    });
  });
});

describe('who may read them', () => {
  it('are board admins and commissioners; reviewers where the board lets them see exact figures', async () => {
    for (const caller of ['admin', 'commissioner'] as const) {
      expect((await closedLoopOutcomes(deps, callers[caller], { period: '2023' })).closed.total, caller).toBe(7);
    }
    const open = { ...partnership, settings: { ...partnership.settings, reviewersSeeExactFigures: true } };
    expect((await closedLoopOutcomes(deps, callers.reviewer, { period: '2023', partnership: open })).closed.total).toBe(
      7,
    );
    expect(await problemOf(closedLoopOutcomes(deps, callers.reviewer, { period: '2023' }))).toMatchObject({
      status: 403,
    });
  });

  it('refuses a signatory’s editors, even for their own loops, and the public, before reading any loop', async () => {
    const { store: counting, sent } = countingStore(store);
    const countingDeps = { ...deps, store: counting };
    for (const caller of ['councilEditor', 'councilKey'] as const) {
      expect(await problemOf(closedLoopOutcomes(countingDeps, callers[caller], {})), caller).toMatchObject({
        status: 403,
      });
      expect(
        await problemOf(closedLoopsBehind(countingDeps, callers[caller], { signatoryId: callers[caller].signatoryId })),
      ).toMatchObject({ status: 403 });
    }
    expect(await problemOf(closedLoopOutcomes(countingDeps, callers.public, {}))).toMatchObject({ status: 401 });
    expect(sent.filter((input) => input.includes('LOOP'))).toEqual([]);
  });

  it('answers a period or filter it cannot read with a problem naming the field', async () => {
    expect(await problemOf(closedLoopOutcomes(deps, callers.admin, { period: 'lots' }))).toMatchObject({
      status: 400,
      errors: [{ pointer: '/period' }],
    });
    expect(
      await problemOf(
        closedLoopsBehind(deps, callers.admin, { outcome: 'changed' as 'none', stage: 'later' as 'design' }),
      ),
    ).toMatchObject({ status: 400, errors: [{ pointer: '/outcome' }, { pointer: '/stage' }] });
  });
});

describe('a period’s blocks', () => {
  it('are its months up to a year, else quarters from its first month', () => {
    expect(periodBlocks('2025-04', '2025-06')).toEqual([
      { from: '2025-04', to: '2025-04' },
      { from: '2025-05', to: '2025-05' },
      { from: '2025-06', to: '2025-06' },
    ]);
    expect(periodBlocks('2025-01', '2025-12')).toHaveLength(12);
    expect(periodBlocks('2025-01', '2026-02')).toEqual([
      { from: '2025-01', to: '2025-03' },
      { from: '2025-04', to: '2025-06' },
      { from: '2025-07', to: '2025-09' },
      { from: '2025-10', to: '2025-12' },
      { from: '2026-01', to: '2026-02' },
    ]);
  });
});
