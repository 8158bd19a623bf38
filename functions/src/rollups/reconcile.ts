/**
 * Reconcile: recomputes every rollup from the raw records (each month's overview rows with
 * the partnership's month) and reports any that had drifted (a delivery lost to the
 * dead-letter queue, a bug, a hand edit, rows not kept yet). Scheduled in
 * AWS, `npm run reconcile` locally. It finds buckets from both sides, the raw records
 * and the rollups already stored, so a rollup whose records were all deleted is
 * emptied too.
 */
import {
  bucketsOfImage,
  dayOf,
  defaultSettings,
  quarterSpanOf,
  signatoryMonthKey,
  type SignatoryMonthBucket,
} from '@equal-partners/shared';
import { type Store } from '../table/index.ts';
import {
  recomputePartnershipMonth,
  recomputeSignatoryMonth,
  recomputeSpanRows,
  recomputeStanding,
  type Recomputed,
} from './recompute.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { monthOfPartition, scanRollupSources } from './rollup-entity.ts';
import { signatoryIdOf } from '../signatories/signatory-entity.ts';

export type BucketKind = 'signatory-month' | 'partnership-month' | 'overview-rows' | 'standing';

export interface ReconcileReport {
  checked: Record<BucketKind, number>;
  /** The buckets whose stored rollup differed from the recompute; each has been rewritten. */
  drifted: { kind: BucketKind; key: string }[];
}

export interface ReconcileOptions {
  now?: () => Date;
  /** Buckets recomputed at once. */
  concurrency?: number;
}

interface Buckets {
  signatoryMonths: Map<string, SignatoryMonthBucket>;
  months: Set<string>;
  signatories: Set<string>;
}

/** Every bucket that has raw records or a stored rollup, from one pass over the table's keys. */
async function findBuckets(store: Store): Promise<Buckets> {
  const found: Buckets = { signatoryMonths: new Map(), months: new Set(), signatories: new Set() };
  for await (const item of scanRollupSources(store)) {
    if (item.entity === 'rollup-rows' && item.month === undefined) continue; // a quarter's: found from its months
    if (item.entity === 'rollup' || item.entity === 'rollup-segments' || item.entity === 'rollup-rows') {
      found.months.add(String(item.month ?? monthOfPartition(String(item.pk))));
      if (item.scope === 'signatory' && typeof item.signatoryId === 'string') {
        const bucket = { signatoryId: item.signatoryId, month: String(item.month) };
        found.signatoryMonths.set(signatoryMonthKey(bucket), bucket);
      }
      continue;
    }
    if (item.entity === 'standing' || item.entity === 'signatory') {
      const id = item.entity === 'signatory' ? signatoryIdOf(String(item.pk)) : item.signatoryId;
      if (typeof id === 'string') found.signatories.add(id);
      continue;
    }
    const buckets = bucketsOfImage(item, String(item.pk));
    if (buckets.signatoryMonth) {
      found.signatoryMonths.set(signatoryMonthKey(buckets.signatoryMonth), buckets.signatoryMonth);
      found.months.add(buckets.signatoryMonth.month);
    }
    if (buckets.standing) found.signatories.add(buckets.standing);
  }
  return found;
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** Recomputes every rollup and standing, rewriting and reporting those that had drifted. */
export async function reconcile(store: Store, options: ReconcileOptions = {}): Promise<ReconcileReport> {
  const now = options.now ?? (() => new Date());
  const concurrency = options.concurrency ?? 8;
  const buckets = await findBuckets(store);
  const report: ReconcileReport = {
    checked: { 'signatory-month': 0, 'partnership-month': 0, 'overview-rows': 0, standing: 0 },
    drifted: [],
  };
  const record = (kind: BucketKind, key: string, result: Recomputed) => {
    report.checked[kind] += 1;
    if (result.drifted) report.drifted.push({ kind, key });
  };

  // Signatory months first: the partnership months are summed from them.
  await inBatches([...buckets.signatoryMonths.values()], concurrency, async (bucket) =>
    record('signatory-month', signatoryMonthKey(bucket), await recomputeSignatoryMonth(store, bucket, [], now())),
  );
  await inBatches([...buckets.months].sort(), concurrency, async (month) =>
    record('partnership-month', month, await recomputePartnershipMonth(store, month, now())),
  );
  // The quarters' rows sum the months'.
  const quarters = [...new Set([...buckets.months].map(quarterSpanOf))].sort();
  await inBatches(quarters, concurrency, async (quarter) =>
    record('overview-rows', quarter, await recomputeSpanRows(store, quarter, now())),
  );
  const loopDueDays = ((await getPartnership(store))?.settings ?? defaultSettings).loopDueDays;
  const context = { asOf: dayOf(now()), loopDueDays };
  await inBatches([...buckets.signatories].sort(), concurrency, async (signatoryId) =>
    record('standing', signatoryId, await recomputeStanding(store, signatoryId, context, [], now())),
  );
  report.drifted.sort((a, b) => (a.kind + a.key < b.kind + b.key ? -1 : 1));
  return report;
}
