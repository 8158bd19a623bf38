/**
 * The aggregator: turns delivered changes into recomputed rollups. The same code runs
 * in-process after each local write and in the stream consumer Lambda in AWS. It works
 * out every bucket a change touches (from both the old and the new image), recomputes
 * each signatory month, then the partnership month with its overview rows, then the rows
 * of its quarter, and the standings. Recomputing is
 * idempotent, so duplicate, late and reordered deliveries all end in the same rollups.
 */
import {
  bucketsOfChange,
  dayOf,
  defaultSettings,
  quarterSpanOf,
  signatoryMonthKey,
  type PartnershipSettings,
  type SignatoryMonthBucket,
} from '@equal-partners/shared';
import { type ChangeListener, type ItemChange, type Store } from '../table/index.ts';
import type { TouchedKey } from './raw-facts.ts';
import {
  recomputePartnershipMonth,
  recomputeSignatoryMonth,
  recomputeSpanRows,
  recomputeStanding,
} from './recompute.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';

export interface AggregatorOptions {
  /** The clock; standings are computed as of its day. */
  now?: () => Date;
}

export interface Aggregation {
  /** Recomputes every bucket this change touches; each bucket is recomputed at most once per aggregation. */
  apply(change: ItemChange): Promise<void>;
  /** Recomputes every bucket any of the aggregation's changes touch. Rejects if any recompute failed. */
  applyAll(): Promise<void>;
}

/**
 * Plans the recomputes for a batch of changes already written. A change applied through
 * the aggregation waits for its own buckets and for the partnership months they are in;
 * each partnership month waits for every signatory month of the batch in that month, so
 * it sums them after they are written.
 */
export function startAggregation(
  store: Store,
  changes: readonly ItemChange[],
  options: AggregatorOptions = {},
): Aggregation {
  const now = options.now ?? (() => new Date());
  const months = new Map<string, { bucket: SignatoryMonthBucket; touched: TouchedKey[] }>();
  const standings = new Map<string, TouchedKey[]>();
  let allStandings = false;
  const plan = (change: ItemChange) => {
    const touches = bucketsOfChange(change);
    for (const bucket of touches.signatoryMonths) {
      const entry = months.get(signatoryMonthKey(bucket)) ?? { bucket, touched: [] };
      entry.touched.push(change.keys);
      months.set(signatoryMonthKey(bucket), entry);
    }
    for (const signatoryId of touches.standings)
      standings.set(signatoryId, [...(standings.get(signatoryId) ?? []), change.keys]);
    allStandings ||= touches.allStandings;
    return touches;
  };
  const planned = new Map<ItemChange, ReturnType<typeof bucketsOfChange>>();
  for (const change of changes) planned.set(change, plan(change));

  const tasks = new Map<string, Promise<void>>();
  const once = (key: string, run: () => Promise<unknown>): Promise<void> => {
    let task = tasks.get(key);
    if (!task) {
      task = run().then(() => undefined);
      tasks.set(key, task);
    }
    return task;
  };
  let settings: Promise<PartnershipSettings> | undefined;
  const loopDueDays = async () => {
    settings ??= getPartnership(store).then((p) => p?.settings ?? defaultSettings);
    return (await settings).loopDueDays;
  };

  const signatoryMonth = (key: string) => {
    const { bucket, touched } = months.get(key)!;
    return once(`month|${key}`, () => recomputeSignatoryMonth(store, bucket, touched, now()));
  };
  const partnershipMonth = (month: string) =>
    once(`partnership|${month}`, async () => {
      const inMonth = [...months.entries()].filter(([, { bucket }]) => bucket.month === month);
      await Promise.allSettled(inMonth.map(([key]) => signatoryMonth(key)));
      await recomputePartnershipMonth(store, month, now());
    });
  // A quarter's rows sum its months' once they are written.
  const quarterRows = (quarter: string) =>
    once(`rows|${quarter}`, async () => {
      const inBatch = [...new Set([...months.values()].map(({ bucket }) => bucket.month))];
      await Promise.allSettled(inBatch.filter((m) => quarterSpanOf(m) === quarter).map(partnershipMonth));
      await recomputeSpanRows(store, quarter, now());
    });
  const standing = (signatoryId: string) =>
    once(`standing|${signatoryId}`, async () =>
      recomputeStanding(
        store,
        signatoryId,
        { asOf: dayOf(now()), loopDueDays: await loopDueDays() },
        standings.get(signatoryId) ?? [],
        now(),
      ),
    );
  const everyStanding = () =>
    once('standings|all', async () => {
      const ids = new Set([...(await listSignatories(store)).map((s) => s.id), ...standings.keys()]);
      await Promise.all([...ids].map(standing));
    });

  const run = async (touches: ReturnType<typeof bucketsOfChange>) => {
    const results = await Promise.allSettled([
      ...touches.signatoryMonths.map((b) => signatoryMonth(signatoryMonthKey(b))),
      ...[...new Set(touches.signatoryMonths.map((b) => b.month))].map(partnershipMonth),
      ...[...new Set(touches.signatoryMonths.map((b) => quarterSpanOf(b.month)))].map(quarterRows),
      ...touches.standings.map(standing),
      ...(touches.allStandings ? [everyStanding()] : []),
    ]);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length === 1) throw failures[0]!.reason;
    if (failures.length > 1)
      throw new AggregateError(
        failures.map((f) => f.reason as unknown),
        'Rollups failed to recompute',
      );
  };

  return {
    apply: (change) => run(planned.get(change) ?? plan(change)),
    applyAll: () =>
      run({
        signatoryMonths: [...months.values()].map((m) => m.bucket),
        standings: [...standings.keys()],
        allStandings,
      }),
  };
}

/** Recomputes every rollup the changes touch. */
export async function applyChanges(
  store: Store,
  changes: readonly ItemChange[],
  options: AggregatorOptions = {},
): Promise<void> {
  await startAggregation(store, changes, options).applyAll();
}

/** The aggregator as a change listener, for in-process delivery after each write. */
export function rollupListener(store: Store, options: AggregatorOptions = {}): ChangeListener {
  return (changes) => applyChanges(store, changes, options);
}
