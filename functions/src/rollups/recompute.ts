/**
 * Recomputing one bucket: read its raw records, compute its rollup, write it. Never
 * adds to what is stored, so running it twice, late, or out of order gives the same
 * result as running it once at the end: the rollup always equals the recompute of
 * the raw records (see docs/decisions/0101-recompute-not-increment.md).
 */
import {
  computeMonthRollup,
  computeStanding,
  mergeMonthRollups,
  monthsOfQuarterSpan,
  rowsOfRollups,
  type SignatoryMonthBucket,
  type Standing,
} from '@equal-partners/shared';
import type { Store } from '../table/index.ts';
import type { ItemKeys } from '../table/keys.ts';
import type { GuardedWrite } from '../table/generations.ts';
import { readMonthOfSignatories, readRows, sumRows } from './read-rollups.ts';
import { signatoryHistory, signatoryMonthFacts, type TouchedKey } from './raw-facts.ts';
import {
  rollupText,
  rowsText,
  standingOf,
  standingText,
  storedRowsText,
  storedText,
  type StoredRollupText,
} from './rollup-items.ts';
import {
  claimRollupGeneration,
  claimRowsGeneration,
  partnershipRollupKeys,
  signatoryRollupKeys,
  writeRowsIfLatest,
  writeRollupIfLatest,
  writeRollupSegmentsIfLatest,
} from './rollup-entity.ts';
import { claimStandingGeneration, writeStandingIfLatest } from './standing-entity.ts';

export interface Recomputed {
  /** Whether the stored rollup differed from the recompute (always true for a bucket that just changed). */
  drifted: boolean;
  /** False when a later recompute of the same bucket had already written. */
  written: boolean;
}

function outcome(write: GuardedWrite, differs: (previous: Record<string, unknown> | undefined) => boolean): Recomputed {
  return write.written ? { written: true, drifted: differs(write.previous) } : { written: false, drifted: false };
}

/**
 * Writes a rollup's two items under the generation claimed on the first. The figures go
 * first: a recompute that wrote them holds the latest generation so far, so its segments
 * are only ever overwritten by a later recompute's.
 */
async function writeRollup(
  store: Store,
  key: ItemKeys,
  generation: number,
  attributes: Record<string, unknown>,
  text: StoredRollupText,
  computedAt: Date,
): Promise<Recomputed> {
  const at = computedAt.toISOString();
  const main = await writeRollupIfLatest(store, key, generation, { ...attributes, body: text.body, computedAt: at });
  if (!main.written) return { written: false, drifted: false };
  const segments = await writeRollupSegmentsIfLatest(store, key, generation, {
    ...attributes,
    entity: 'rollup-segments',
    segments: text.segments,
    computedAt: at,
  });
  const before = storedText(main.previous, segments.written ? segments.previous : { segments: text.segments });
  return { written: true, drifted: before.body !== text.body || before.segments !== text.segments };
}

/** Recomputes one signatory's month from its activities and the loops raised in it. */
export async function recomputeSignatoryMonth(
  store: Store,
  bucket: SignatoryMonthBucket,
  touched: readonly TouchedKey[] = [],
  computedAt = new Date(),
): Promise<Recomputed> {
  const key = signatoryRollupKeys(bucket);
  const generation = await claimRollupGeneration(store, key);
  const { activities, loops } = await signatoryMonthFacts(store, bucket, touched);
  const text = rollupText(computeMonthRollup(activities, loops));
  const attributes = { entity: 'rollup', scope: 'signatory', signatoryId: bucket.signatoryId, month: bucket.month };
  return writeRollup(store, key, generation, attributes, text, computedAt);
}

/**
 * Recomputes the partnership's month as the sum of its signatories' rollups of that month,
 * and from the same read the month's rows (each signatory's rollup cut down to its overview
 * row, decision 0108), written under the generation claimed on the partnership's rollup;
 * its quarter's rows are recomputed after it (`recomputeSpanRows`).
 */
export async function recomputePartnershipMonth(
  store: Store,
  month: string,
  computedAt = new Date(),
): Promise<Recomputed> {
  const key = partnershipRollupKeys({ month });
  const generation = await claimRollupGeneration(store, key);
  const signatories = await readMonthOfSignatories(store, month, true, true);
  const text = rollupText(mergeMonthRollups(signatories.values()));
  const attributes = { entity: 'rollup', scope: 'partnership', month };
  const totals = await writeRollup(store, key, generation, attributes, text, computedAt);
  if (!totals.written) return totals;
  const rows = rowsText(rowsOfRollups(signatories));
  const written = await writeRowsIfLatest(store, month, generation, {
    ...attributes,
    entity: 'rollup-rows',
    rows,
    computedAt: computedAt.toISOString(),
  });
  const rowsDrifted = written.written && storedRowsText(written.previous) !== rows;
  return { written: true, drifted: totals.drifted || rowsDrifted };
}

/**
 * Recomputes a quarter's rows as the sum of its months' rows (decision 0108), read strongly
 * consistently after they are written. A month whose item cannot answer is made up from its
 * signatories' rollups (`readRows`).
 */
export async function recomputeSpanRows(store: Store, span: string, computedAt = new Date()): Promise<Recomputed> {
  const generation = await claimRowsGeneration(store, span);
  const parts = await readRows(store, monthsOfQuarterSpan(span), true);
  const rows = rowsText(sumRows(parts.values()));
  const written = await writeRowsIfLatest(store, span, generation, {
    entity: 'rollup-rows',
    scope: 'partnership',
    span,
    rows,
    computedAt: computedAt.toISOString(),
  });
  return outcome(written, (previous) => storedRowsText(previous) !== rows);
}

export interface StandingContext {
  /** The day the standing is computed on. */
  asOf: string;
  loopDueDays: number;
}

/**
 * Recomputes a signatory's standing from all its loops and assessments. Drift is judged
 * against a recompute for the stored standing's own day and due days, since a standing
 * computed on another day legitimately differs.
 */
export async function recomputeStanding(
  store: Store,
  signatoryId: string,
  context: StandingContext,
  touched: readonly TouchedKey[] = [],
  computedAt = new Date(),
): Promise<Recomputed> {
  const generation = await claimStandingGeneration(store, signatoryId);
  const { loops, assessments } = await signatoryHistory(store, signatoryId, touched);
  const body = standingText(computeStanding(loops, assessments, context));
  const write = await writeStandingIfLatest(store, signatoryId, generation, {
    entity: 'standing',
    signatoryId,
    body,
    computedAt: computedAt.toISOString(),
  });
  return outcome(write, (previous) => {
    let before: Standing | undefined;
    try {
      before = standingOf(previous);
    } catch {
      return true;
    }
    if (!before) return loops.length > 0 || assessments.length > 0;
    const then = computeStanding(loops, assessments, { asOf: before.asOf, loopDueDays: before.loopDueDays });
    // A standing computed before standings kept `oldestOpen` (decision 0115) gains it now:
    // rewritten, but not drift, as nothing it held was wrong.
    if (before.oldestOpen === undefined) delete then.oldestOpen;
    return standingText(then) !== standingText(before);
  });
}
