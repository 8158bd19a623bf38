/**
 * The board report's exceptions and the evidence pack's sectors read the cheaper way
 * (decision 0114) give the figures they gave before: the exceptions from the rows items of
 * the 12 months and of the award window equal those computed, as the query did before,
 * from every signatory's whole rollup of each month; each sector's reach equals its sector
 * overview's. On the demo partnership, and on generated partnerships with varied groups,
 * principles, loops, scores and award windows, written straight into the table and
 * aggregated.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayOf,
  defaultSettings,
  emptyMonthRollup,
  latestScores,
  localVoicesCharter,
  mergeMonthRollups,
  monthOf,
  monthRange,
  parsePeriod,
  sectors,
  trailingMonths,
  type Activity,
  type Assessment,
  type FeedbackLoop,
  type Signatory,
} from '@equal-partners/shared';
import { activityArb, loopArb, testGroupIds, testPrincipleIds } from '@equal-partners/shared/testing';
import { activityKeys } from '../activities/activity-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';
import { cursorSigner } from '../http/cursors.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { overdueDigest } from '../loops/overdue-digest.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { baselineKeys, partnershipKeys } from '../partnership/partnership-entity.ts';
import { applyChanges } from '../rollups/apply-changes.ts';
import { readMonthOfSignatories, readStandings } from '../rollups/read-rollups.ts';
import { listSignatories, signatoryKeys } from '../signatories/signatory-entity.ts';
import type { ItemChange, ItemKeys, Store } from '../table/index.ts';
import { demoToday } from '../testing/api-fixture.ts';
import { callers } from '../testing/query-callers.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { flaggedGap, partnershipExceptions } from './exception-queries.ts';
import { periodMetrics } from './period-figures.ts';
import { partnershipMetrics, partnershipSectorsReach } from './report-queries.ts';
import { awardEligibility, awardWindow, metricContextFor } from './signatory-report.ts';

/** What the exceptions read from the rollups: who was not heard, the gaps and eligibility, per signatory. */
type Judged = { signatoryId: string; eligible: boolean; underRepresented: string[]; gaps: string[] };

/** The exceptions as the query computed them before: from every signatory's whole rollup of each of the 12 months. */
async function exceptionsFromWholeRollups(store: Store, now: Date): Promise<Judged[]> {
  const today = dayOf(now);
  const window = trailingMonths(monthOf(today), 12);
  const months = monthRange(window.from, window.to);
  const [setup, signatories, standings, digest, monthly] = await Promise.all([
    metricContextFor(store, Number(today.slice(0, 4))),
    listSignatories(store),
    readStandings(store),
    overdueDigest(store, now),
    Promise.all(months.map((month) => readMonthOfSignatories(store, month))),
  ]);
  const { context } = setup!;
  const overdueOf = new Map(digest.signatories.map((s) => [s.signatoryId, s]));
  return signatories.map((signatory) => {
    const sum = (of: typeof monthly) =>
      mergeMonthRollups(of.map((month) => month.get(signatory.id) ?? emptyMonthRollup()));
    const assessments = standings.get(signatory.id)?.assessments ?? [];
    const overdue = overdueOf.get(signatory.id) ?? { loops: [], challenges: [] };
    const { set } = periodMetrics({
      rollup: sum(monthly),
      filter: {},
      overdueLoops: overdue.loops.length,
      scores: latestScores(assessments, today),
      context,
    });
    const awardRollup = sum(monthly.slice(months.length - context.settings.awardWindowMonths));
    const award = awardEligibility(
      context,
      awardRollup,
      awardWindow(today, context.settings),
      assessments,
      overdue.challenges.length,
    );
    return {
      signatoryId: signatory.id,
      eligible: award.eligible,
      underRepresented: set.inclusion.groups.filter((g) => g.marginalised && g.flag === 'under').map((g) => g.groupId),
      gaps: set.principles.items
        .filter((p) => p.self !== null && p.reviewer !== null && p.self - p.reviewer >= flaggedGap)
        .map((p) => p.principleId),
    };
  });
}

async function judgedNow(store: Store, now: Date): Promise<Judged[]> {
  const answer = await partnershipExceptions({ store, today: () => now }, callers.admin, {});
  return answer.signatories.map((row) => ({
    signatoryId: row.signatoryId,
    eligible: row.eligible,
    underRepresented: row.underRepresented.map((g) => g.groupId),
    gaps: row.gaps.map((g) => g.principleId),
  }));
}

/** Each sector's activities and participations by stage, and activities by stage and rung, from its overview. */
async function sectorsFromOverviews(store: Store, now: Date, period: string) {
  const deps = { store, today: () => now, now: () => now, cursors: cursorSigner(randomBytes(32)) };
  return Promise.all(
    sectors.map(async (sector) => {
      const { reach } = (await partnershipMetrics(deps, callers.admin, { period, sector })).metrics;
      return [sector, { byStage: reach.byStage, byStageAndLevel: reach.byStageAndLevel }] as const;
    }),
  );
}

async function sectorsNow(store: Store, now: Date, period: string) {
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw new Error(period);
  const reach = await partnershipSectorsReach({ store, today: () => now }, callers.admin, { period: parsed.period });
  return sectors.map((sector) => {
    const { byStage, byStageAndLevel } = reach.get(sector)!;
    return [sector, { byStage, byStageAndLevel }] as const;
  });
}

describe('on the demo partnership', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore('exceptions-from-rows');
    await loadDemoPartnership(store, demoToday);
  });
  afterAll(async () => {
    await store?.drop();
  });

  it('the exceptions equal those from every signatory’s whole monthly rollups', async () => {
    const judged = await judgedNow(store, demoToday);
    expect(judged).toEqual(await exceptionsFromWholeRollups(store, demoToday));
    // The demo has something to find, so the comparison compares something.
    expect(judged.some((row) => row.underRepresented.length > 0)).toBe(true);
  });

  it('the exceptions query no signatory’s monthly rollups', async () => {
    const sent: string[] = [];
    const counting = {
      ...store,
      client: {
        send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
          sent.push(`${command.constructor.name} ${JSON.stringify(command.input)}`);
          return store.client.send(command as never);
        },
      } as unknown as TestStore['client'],
    };
    await partnershipExceptions({ store: counting, today: () => demoToday }, callers.admin, {});
    expect(sent.filter((request) => request.startsWith('QueryCommand') && request.includes('ROLLUP'))).toEqual([]);
  });

  it('each sector’s reach equals its sector overview’s, for a quarter and a financial year', async () => {
    for (const period of ['FY2025-Q4', 'FY2025']) {
      const reach = await sectorsNow(store, demoToday, period);
      expect(reach, period).toEqual(await sectorsFromOverviews(store, demoToday, period));
      expect(reach.some(([, r]) => Object.values(r.byStage).some((t) => t.activities > 0))).toBe(true);
    }
  });
});

const signatoryIds = ['north', 'south', 'east', 'west', 'centre'] as const;
const now = new Date('2026-06-20T12:00:00Z');
const stamp = {
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedBy: 't',
  version: 1,
};
const groups = testGroupIds.map((id, i) => ({ id, label: id, marginalised: i % 2 === 0 }));
const principles = testPrincipleIds.map((id) => ({ id, title: id, summary: '' }));

/** A partnership of five signatories with generated records from 2025-03 to 2026-07, aggregated as the aggregator does. */
async function generated(seed: number): Promise<TestStore> {
  const store = await createTestStore('exceptions-generated');
  store.onChange = undefined;
  const random = fc.sample(fc.integer({ min: 1, max: 12 }), { numRuns: 1, seed })[0]!;
  const settings = {
    ...defaultSettings,
    awardWindowMonths: [random, 6, 3][seed % 3]!,
    awardNeedsReviewerAssessment: seed === 2,
    awardClosurePercent: seed % 3 === 0 ? 0 : 50,
  };
  const signatories: Signatory[] = signatoryIds.map((id, i) => ({
    id,
    name: `Signatory ${id}`,
    sector: sectors[i % sectors.length]!,
    signedOn: '2024-01-01',
    charterStatus: 'signed',
    active: true,
    ...stamp,
  }));
  const activities = fc.sample(activityArb(signatoryIds, '2025-03-01', 500), { numRuns: 40, seed });
  const loops = fc.sample(loopArb(signatoryIds, '2025-03-01', 480), { numRuns: 20, seed: seed + 1 });
  const assessments: Assessment[] = fc
    .sample(
      fc.record({
        signatoryId: fc.constantFrom(...signatoryIds),
        period: fc.constantFrom('2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'),
        by: fc.constantFrom('self' as const, 'reviewer' as const),
        scores: fc.uniqueArray(
          fc.record({ principleId: fc.constantFrom(...testPrincipleIds), score: fc.integer({ min: 1, max: 4 }) }),
          { selector: (s) => s.principleId, minLength: 1, maxLength: 4 },
        ),
      }),
      { numRuns: 20, seed: seed + 2 },
    )
    .map((a, i) => ({
      id: `assessment-${i}`,
      ...a,
      scores: a.scores.map((s) => ({ ...s, narrative: '' })),
      ...stamp,
    }));
  const put = (item: Record<string, unknown>) =>
    store.client.send(new PutCommand({ TableName: store.tableName, Item: item }));
  await put({
    ...partnershipKeys(),
    entity: 'partnership',
    name: 'Generated partnership',
    area: 'Nowhere',
    charter: { ...localVoicesCharter, principles },
    groups,
    settings,
  });
  await put({
    ...baselineKeys({ year: 2025 }),
    entity: 'baseline',
    year: 2025,
    source: 'Generated',
    population: { children: 1000, 'young-people': 1000, 'parents-carers': 1000 },
    groupShares: Object.fromEntries(testGroupIds.map((id, i) => [id, 0.05 + 0.05 * i])),
    ...stamp,
  });
  for (const s of signatories) await put({ ...s, ...signatoryKeys(s), entity: 'signatory' });
  const changes: ItemChange[] = [];
  const write = async (record: Activity | FeedbackLoop | Assessment, keys: ItemKeys, entity: string) => {
    const item = { ...record, ...keys, entity };
    await put(item);
    changes.push({ keys: { pk: keys.pk, sk: keys.sk }, newImage: item });
  };
  for (const [i, a] of activities.entries()) {
    const activity = { ...a, id: `${a.id}-${i}` };
    await write(activity, activityKeys(activity), 'activity');
  }
  for (const [i, l] of loops.entries()) {
    const loop = { ...l, id: `${l.id}-${i}` };
    await write(loop, loopKeys(loop), 'loop');
  }
  for (const a of assessments) await write(a, assessmentKeys(a), 'assessment');
  await applyChanges(store, changes, { now: () => now });
  return store;
}

describe('on generated partnerships', () => {
  it('the exceptions and each sector’s reach equal those read the old way', async () => {
    const found = { under: 0, gaps: 0, eligible: 0, ineligible: 0 };
    for (const seed of [1, 2, 3]) {
      const store = await generated(seed);
      try {
        const judged = await judgedNow(store, now);
        expect(judged, `seed ${seed}`).toEqual(await exceptionsFromWholeRollups(store, now));
        for (const row of judged) {
          found.under += row.underRepresented.length;
          found.gaps += row.gaps.length;
          found[row.eligible ? 'eligible' : 'ineligible'] += 1;
        }
        const period = seed % 2 === 0 ? 'FY2025' : 'FY2025-Q4';
        expect(await sectorsNow(store, now, period), `seed ${seed} ${period}`).toEqual(
          await sectorsFromOverviews(store, now, period),
        );
      } finally {
        await store.drop();
      }
    }
    // The generated data gave every kind of answer, so the comparisons compared something.
    expect(found.under).toBeGreaterThan(0);
    expect(found.gaps).toBeGreaterThan(0);
    expect(found.eligible).toBeGreaterThan(0);
    expect(found.ineligible).toBeGreaterThan(0);
  }, 120_000);
});
