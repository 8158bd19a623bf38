import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMonthRollup, dayOf, type Activity, type FeedbackLoop } from '@equal-partners/shared';
import { demoPartnership } from '../local/demo/demo-partnership.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { readPartnershipRollups, readSignatoryRollups, readStanding } from './read-rollups.ts';
import { rollupText } from './rollup-items.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { reconcile } from './reconcile.ts';
import { activityKind } from '../activities/activity-entity.ts';
import { loopKind } from '../loops/loop-entity.ts';
import { claimRollupGeneration, signatoryRollupKeys, writeRollupIfLatest } from './rollup-entity.ts';
import { deleteRecord } from '../table/index.ts';

const today = new Date('2026-05-15T12:00:00Z');
const demo = demoPartnership(today);
const council = 'demo-city-council-childrens-services';
let store: TestStore;

beforeAll(async () => {
  store = await createTestStore('reconcile');
  store.onChange = undefined;
  await loadDemoPartnership(store, today);
});
afterAll(() => store.drop());

function expectedRollup(signatoryId: string, month: string, activities: Activity[], loops: FeedbackLoop[]) {
  return rollupText(
    computeMonthRollup(
      activities.filter((a) => a.signatoryId === signatoryId && a.date.startsWith(month)),
      loops.filter((l) => l.signatoryId === signatoryId && l.raisedOn.startsWith(month)),
    ),
  );
}

describe('reconcile', () => {
  it('finds nothing to repair after the demo load computed every rollup', async () => {
    const report = await reconcile(store, { now: () => today });
    expect(report.drifted).toEqual([]);
    expect(report.checked['signatory-month']).toBeGreaterThan(200);
    expect(report.checked['partnership-month']).toBe(24);
    expect(report.checked.standing).toBe(12);
  });

  it('repairs a corrupted rollup, a deleted record never delivered, and reports each', async () => {
    // Corrupt one rollup: wrong figures, written as the latest.
    const corrupted = signatoryRollupKeys({ signatoryId: council, month: '2026-02' });
    const generation = await claimRollupGeneration(store, corrupted);
    await writeRollupIfLatest(store, corrupted, generation, { body: '{"activities":{"activities":999}}' });
    // Delete an activity and a loop without delivering the changes.
    const gone = demo.activities.find(
      (a) => a.signatoryId === 'oakfield-special-school' && a.date.startsWith('2025-11'),
    )!;
    const goneLoop = demo.loops.find((l) => l.signatoryId === 'oakfield-special-school' && !l.communicatedOn)!;
    await deleteRecord(store, activityKind, gone.id, undefined, 'user:t', today);
    await deleteRecord(store, loopKind, goneLoop.id, undefined, 'user:t', today);

    const report = await reconcile(store, { now: () => today });
    const loopMonth = goneLoop.raisedOn.slice(0, 7);
    expect(report.drifted).toEqual(
      expect.arrayContaining([
        { kind: 'signatory-month', key: `${council}|2026-02` },
        { kind: 'signatory-month', key: 'oakfield-special-school|2025-11' },
        { kind: 'signatory-month', key: `oakfield-special-school|${loopMonth}` },
        { kind: 'partnership-month', key: '2025-11' },
        { kind: 'partnership-month', key: loopMonth },
        // The month's overview rows go with its partnership month; its quarter's are their own.
        { kind: 'overview-rows', key: '2025-Q4' },
        { kind: 'standing', key: 'oakfield-special-school' },
      ]),
    );
    // The partnership month of the corrupted rollup was right all along: only the signatory's copy was wrong.
    expect(report.drifted).not.toContainEqual({ kind: 'partnership-month', key: '2026-02' });

    const activities = demo.activities.filter((a) => a.id !== gone.id);
    const loops = demo.loops.filter((l) => l.id !== goneLoop.id);
    const council2026 = await readSignatoryRollups(store, council, ['2026-02'], true);
    expect(rollupText(council2026.get('2026-02')!)).toEqual(expectedRollup(council, '2026-02', activities, loops));
    const oakfield = await readSignatoryRollups(store, 'oakfield-special-school', ['2025-11', loopMonth], true);
    expect(rollupText(oakfield.get('2025-11')!)).toEqual(
      expectedRollup('oakfield-special-school', '2025-11', activities, loops),
    );
    expect(rollupText(oakfield.get(loopMonth)!)).toEqual(
      expectedRollup('oakfield-special-school', loopMonth, activities, loops),
    );
    const partnership = await readPartnershipRollups(store, ['2025-11'], true);
    expect(rollupText(partnership.get('2025-11')!)).toEqual(
      rollupText(
        computeMonthRollup(
          activities.filter((a) => a.date.startsWith('2025-11')),
          loops.filter((l) => l.raisedOn.startsWith('2025-11')),
        ),
      ),
    );
    expect((await readStanding(store, 'oakfield-special-school'))?.asOf).toBe(dayOf(today));

    expect((await reconcile(store, { now: () => today })).drifted).toEqual([]);
    // Two whole reconciles of the demo partnership.
  }, 90_000);
});
