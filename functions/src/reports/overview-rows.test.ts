/**
 * The partnership overview's rows, read from the rows items of quarters and months (decision 0108), are
 * the rows computed the old way, straight from the records: for generated activities,
 * loops and assessments, edited and deleted in any order, every signatory's row for the
 * period and for the previous period equals the row of its records in that period. And
 * the unfiltered overview never queries the signatories' monthly rollups.
 */
import fc from 'fast-check';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  charterStanding,
  computeMonthRollup,
  dayOf,
  defaultSettings,
  exactValues,
  latestScores,
  localVoicesCharter,
  monthRange,
  overdueLoopsAt,
  quarterSpanOf,
  parsePeriod,
  signatoryRowFigures,
  type Activity,
  type Assessment,
  type FeedbackLoop,
  type Period,
  type Signatory,
} from '@equal-partners/shared';
import { activityArb, loopArb, testGroupIds, testPrincipleIds } from '@equal-partners/shared/testing';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import type { ItemChange } from '../table/index.ts';
import { applyChanges } from '../rollups/apply-changes.ts';
import { getRowsItems } from '../rollups/rollup-entity.ts';
import { activityKeys } from '../activities/activity-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';
import { partnershipKeys } from '../partnership/partnership-entity.ts';
import { signatoryKeys } from '../signatories/signatory-entity.ts';
import { partnershipReport } from './partnership-report.ts';
import { periodFigures } from './period-figures.ts';
import { reportPeriods, type PeriodView } from './report-periods.ts';

const signatoryIds = ['north', 'south', 'west'] as const;
const from = '2100-10-01';
const span = 300;
const now = new Date('2101-06-20T12:00:00Z');
const stamp = {
  createdAt: '2100-01-01T00:00:00.000Z',
  updatedAt: '2100-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedBy: 't',
  version: 1,
};
const groups = testGroupIds.map((id, i) => ({ id, label: id, marginalised: i % 2 === 0 }));
const principles = testPrincipleIds.map((id) => ({ id, title: id, summary: '' }));
const signatories: Signatory[] = signatoryIds.map((id, i) => ({
  id,
  name: `Signatory ${id}`,
  sector: i === 0 ? 'education' : 'health',
  signedOn: '2100-01-01',
  charterStatus: i === 2 ? 'awarded' : 'signed',
  ...(i === 2 ? { awardedOn: '2101-01-10' } : {}),
  active: true,
  ...stamp,
}));

const assessmentArb = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{6}$/),
  signatoryId: fc.constantFrom(...signatoryIds),
  period: fc.constantFrom('2100-Q4', '2101-Q1', '2101-Q2'),
  by: fc.constantFrom('self' as const, 'reviewer' as const),
  score: fc.integer({ min: 1, max: 4 }),
  principleId: fc.constantFrom(...testPrincipleIds),
});

type RecordOf = Activity | FeedbackLoop | Assessment;

const command = fc.oneof(
  { weight: 4, arbitrary: activityArb(signatoryIds, from, span).map((record) => ({ kind: 'put' as const, record })) },
  { weight: 3, arbitrary: loopArb(signatoryIds, from, span).map((record) => ({ kind: 'put' as const, record })) },
  {
    weight: 1,
    arbitrary: assessmentArb.map(
      ({ id, signatoryId, period, by, score, principleId }) =>
        ({
          kind: 'put' as const,
          record: {
            id: `assessment-${id}`,
            signatoryId,
            period,
            by,
            scores: [{ principleId, score, narrative: '' }],
            ...stamp,
          } satisfies Assessment,
        }) as { kind: 'put'; record: RecordOf },
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        pick: fc.nat(),
        activity: activityArb(signatoryIds, from, span),
        loop: loopArb(signatoryIds, from, span),
      })
      .map((edit) => ({ kind: 'edit' as const, ...edit })),
  },
  { weight: 2, arbitrary: fc.nat().map((pick) => ({ kind: 'delete' as const, pick })) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

const isActivity = (r: RecordOf): r is Activity => 'date' in r;
const isLoop = (r: RecordOf): r is FeedbackLoop => 'raisedOn' in r;
const keysOf = (r: RecordOf) => (isActivity(r) ? activityKeys(r) : isLoop(r) ? loopKeys(r) : assessmentKeys(r));
const entityOf = (r: RecordOf) => (isActivity(r) ? 'activity' : isLoop(r) ? 'loop' : 'assessment');

/** Writes the records as commanded, delivering each change to the aggregator after its write, as the local server does. */
async function play(store: TestStore, commands: Command[], model = new Map<string, RecordOf>()): Promise<RecordOf[]> {
  const write = async (record: RecordOf) => {
    const keys = keysOf(record);
    const old = model.get(keys.pk);
    const item = { ...record, ...keys, entity: entityOf(record) };
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: item }));
    model.set(keys.pk, record);
    const change: ItemChange = {
      keys: { pk: keys.pk, sk: keys.sk },
      ...(old ? { oldImage: { ...old, ...keysOf(old), entity: entityOf(old) } } : {}),
      newImage: item,
    };
    await applyChanges(store, [change], { now: () => now });
  };
  for (const c of commands) {
    const existing = [...model.values()];
    if (c.kind === 'put') await write(c.record);
    else if (existing.length === 0) continue;
    else if (c.kind === 'edit') {
      // The same record, now other facts: another date, signatory or figures, perhaps another month.
      const old = existing[c.pick % existing.length]!;
      if (isActivity(old)) await write({ ...c.activity, id: old.id });
      else if (isLoop(old)) await write({ ...c.loop, id: old.id });
    } else {
      const old = existing[c.pick % existing.length]!;
      const { pk, sk } = keysOf(old);
      const keys = { pk, sk };
      await store.client.send(new DeleteCommand({ TableName: store.tableName, Key: keys }));
      model.delete(keys.pk);
      const change: ItemChange = { keys, oldImage: { ...old, ...keysOf(old), entity: entityOf(old) } };
      await applyChanges(store, [change], { now: () => now });
    }
  }
  return [...model.values()];
}

/** A signatory's row for a period, computed the old way: from its records, with no rollup. */
function rowFromRecords(records: RecordOf[], signatory: Signatory, period: PeriodView) {
  const own = records.filter((r) => r.signatoryId === signatory.id);
  const inPeriod = (day: string) => day >= period.start && day <= period.end;
  const activities = own.filter(isActivity).filter((a) => inPeriod(a.date));
  const loops = own.filter(isLoop);
  const assessments = own.filter((r): r is Assessment => !isActivity(r) && !isLoop(r));
  const figures = periodFigures(
    {
      rollup: computeMonthRollup(
        activities,
        loops.filter((l) => inPeriod(l.raisedOn)),
      ),
      filter: {},
      overdueLoops: overdueLoopsAt(loops, period.asOf, defaultSettings.loopDueDays),
      scores: latestScores(assessments, period.asOf),
      context: { principles, groups, settings: defaultSettings, baseline: undefined },
    },
    [],
  );
  return signatoryRowFigures(signatory, charterStanding(signatory, dayOf(now)), figures);
}

async function seeded(): Promise<TestStore> {
  const store = await createTestStore('overview-rows');
  // The test delivers every change itself, right after its write.
  store.onChange = undefined;
  for (const item of [
    {
      ...partnershipKeys(),
      entity: 'partnership',
      name: 'Generated partnership',
      area: 'Nowhere',
      charter: { ...localVoicesCharter, principles },
      groups,
      settings: defaultSettings,
    },
    ...signatories.map((s) => ({ ...s, ...signatoryKeys(s), entity: 'signatory' })),
  ])
    await store.client.send(new PutCommand({ TableName: store.tableName, Item: item }));
  return store;
}

const periods: Period[] = ['2101-Q2', 'FY2100-Q4', '2101-01'].map((key) => {
  const parsed = parsePeriod(key);
  if (!parsed.ok) throw new Error(key);
  return parsed.period;
});

/** Every signatory's row of each period, and of its previous period, in the overview equals its row computed from `records`. */
async function expectRowsOfRecords(store: TestStore, records: RecordOf[]): Promise<void> {
  for (const period of periods) {
    const views = reportPeriods(period, now);
    const report = (await partnershipReport(store, { period, filter: {}, now }))!;
    const { rows, previousRows } = exactValues(report.figures);
    const expected = (view: PeriodView) =>
      exactValues({ figures: signatories.map((s) => rowFromRecords(records, s, view)), breakdowns: [] });
    expect(rows, `${period.key} rows`).toEqual(expected(views.period));
    expect(previousRows, `${period.key} previous rows`).toEqual(expected(views.previous));
  }
}

describe('the overview rows from the rows items', () => {
  it('equal the rows computed from the records, for both periods, after any writes, edits and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 16 }), async (commands) => {
        const store = await seeded();
        try {
          const records = await play(store, commands);
          await expectRowsOfRecords(store, records);
          // Every month with a record has its rows item, as has its quarter, so no span fell back to its parts.
          const months = monthRange('2100-10', '2101-07');
          const spans = [...months, ...months.map(quarterSpanOf)];
          const items = await getRowsItems(store, [...new Set(spans)]);
          for (const r of records.filter((r) => isActivity(r) || isLoop(r))) {
            const month = (isActivity(r) ? r.date : (r as FeedbackLoop).raisedOn).slice(0, 7);
            for (const span of [month, quarterSpanOf(month)]) expect(typeof items.get(span)?.rows, span).toBe('string');
          }
        } finally {
          await store.drop();
        }
      }),
      { numRuns: 25 },
    );
  }, 300_000);

  it('are never the rows of an older write: rows kept between reads are read again once their item changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { minLength: 1, maxLength: 8 }),
        fc.array(command, { minLength: 1, maxLength: 8 }),
        async (before, after) => {
          const store = await seeded();
          try {
            // Read once (the rows are kept), write more on top, read again with the same store.
            const model = new Map<string, RecordOf>();
            await expectRowsOfRecords(store, await play(store, before, model));
            await expectRowsOfRecords(store, await play(store, after, model));
          } finally {
            await store.drop();
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 300_000);

  it('read the rows of a span again only once its item is written again', async () => {
    const store = await seeded();
    try {
      const months = monthRange('2101-01', '2101-06');
      const activities = fc.sample(activityArb(signatoryIds, from, span), { numRuns: months.length, seed: 2 });
      const records = activities.map((activity, i) => ({
        ...activity,
        id: `${activity.id}-${i}`,
        date: `${months[i]!}-15`,
      }));
      const model = new Map<string, RecordOf>();
      await play(
        store,
        records.map((record) => ({ kind: 'put' as const, record })),
        model,
      );
      const rowsRead: string[][] = [];
      const counting = {
        ...store,
        client: {
          send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
            const input = command.input as {
              RequestItems?: Record<string, { Keys: { pk: string }[]; ProjectionExpression?: string }>;
            };
            const asked = input.RequestItems?.[store.tableName];
            if (asked?.ProjectionExpression?.includes('#rows'))
              rowsRead.push(asked.Keys.map((key) => key.pk.split('#')[1]!).sort());
            return store.client.send(command as never);
          },
        } as unknown as TestStore['client'],
      };
      const period = parsePeriod('2101-Q2');
      if (!period.ok) throw new Error('2101-Q2');
      const read = async () =>
        exactValues((await partnershipReport(counting, { period: period.period, filter: {}, now }))!.figures);
      const first = await read();
      // The quarter and the previous quarter: their rows read once, then kept.
      expect(rowsRead).toEqual([['2101-Q1', '2101-Q2']]);
      rowsRead.length = 0;
      expect(await read()).toEqual(first);
      expect(rowsRead).toEqual([]);
      // A change in May writes May's rows and the quarter's: the quarter's are read again, and hold the change.
      const may = {
        ...records[4]!,
        participants: { ...records[4]!.participants, total: records[4]!.participants.total + 7 },
      };
      await play(store, [{ kind: 'put' as const, record: may }], model);
      const again = await read();
      expect(rowsRead).toEqual([['2101-Q2']]);
      expect(again).not.toEqual(first);
    } finally {
      await store.drop();
    }
  });

  it('are read without querying any signatory’s monthly rollups', async () => {
    const store = await seeded();
    try {
      // An activity in each month of the period and the previous one, so each has its rows item.
      const months = monthRange('2101-01', '2101-06');
      const activities = fc.sample(activityArb(signatoryIds, from, span), { numRuns: months.length, seed: 1 });
      await play(
        store,
        activities.map((activity, i) => ({
          kind: 'put' as const,
          record: { ...activity, id: `${activity.id}-${i}`, date: `${months[i]!}-15` },
        })),
      );
      const sent: Record<string, unknown>[] = [];
      const counting = {
        ...store,
        client: {
          send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
            sent.push({ command: command.constructor.name, ...command.input });
            return store.client.send(command as never);
          },
        } as unknown as TestStore['client'],
      };
      const report = await partnershipReport(counting, { period: periods[0]!, filter: {}, now });
      expect(report?.figures.figures.rows).toHaveLength(signatories.length);
      const rollupQueries = sent.filter(
        (input) => input.command === 'QueryCommand' && JSON.stringify(input).includes('ROLLUP'),
      );
      expect(rollupQueries).toEqual([]);
    } finally {
      await store.drop();
    }
  });
});
