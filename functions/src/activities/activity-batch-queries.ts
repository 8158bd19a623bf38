/**
 * Up to 100 activities created in one go, as the pages and the API run it: each item
 * accepted or rejected on its own, with the same rules as a single create. The route
 * (./activity-batch.ts) only reads the request and answers.
 */
import * as z from 'zod/mini';
import { actorOf, authorize, type Principal, type Problem } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { createRecords, WriteRefused, type RecordKind } from '../table/index.ts';
import { toProblem, validationProblem } from '../http/problem.ts';
import { checkedRecord, refusalProblem, requireAnyWrite, type AnyRecord } from '../records/record-queries.ts';
import { loadKnownIds } from '../records/known-ids.ts';
import { activityKind } from './activity-entity.ts';
import { activities } from './activity-resource.ts';

export const maxBatchSize = 100;

/** The activities to create, each as a single create's body. */
export const activityBatchInput = z.object({
  items: z.array(z.unknown()).check(z.minLength(1), z.maxLength(maxBatchSize)),
});

/** One item's outcome: 201 created, 200 already created identically, or the error status and its problem. */
export interface BatchItemResult {
  index: number;
  id?: string;
  status: number;
  problem?: Problem;
}

export interface ActivityBatchOutcome {
  created: number;
  unchanged: number;
  rejected: number;
  /** The outcome of every item, in order. */
  results: BatchItemResult[];
}

/**
 * Creates each item the caller may create and that keeps the rules, and reports on
 * every item in order. What the items refer to (the partnership, the signatories) is
 * read once for the whole batch; every item is checked before any is written; then the
 * accepted ones are written together (`createRecords`), so what follows the writes (the
 * audit trail, the rollups) runs once for the batch and each rollup bucket it touches is
 * recomputed once (docs/decisions/0109).
 */
export async function createActivities(
  deps: Pick<QueryDeps, 'store' | 'today' | 'now'>,
  principal: Principal,
  input: z.input<typeof activityBatchInput>,
): Promise<ActivityBatchOutcome> {
  const parsed = activityBatchInput.safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'body');
  requireAnyWrite(principal);
  const known = await loadKnownIds(deps.store);
  const results: BatchItemResult[] = [];
  const accepted: { index: number; id: string; record: AnyRecord }[] = [];
  for (const [index, body] of parsed.data.items.entries()) {
    const id = typeof (body as { id?: unknown })?.id === 'string' ? (body as { id: string }).id : undefined;
    try {
      const record = await checkedRecord(
        deps,
        activities,
        principal,
        body,
        (candidate) => authorize(principal, 'create', 'activity', { signatoryId: candidate.signatoryId }),
        { known, prefix: `/items/${index}` },
      );
      accepted.push({ index, id: activityKind.idOf(record as never), record });
    } catch (error) {
      results[index] = rejection(index, id, error);
    }
  }
  const written = await createRecords(
    deps.store,
    activityKind as RecordKind<AnyRecord>,
    accepted.map((a) => a.record),
    actorOf(principal),
    deps.now(),
  );
  written.forEach((outcome, n) => {
    const { index, id } = accepted[n]!;
    results[index] =
      outcome.status === 'fulfilled'
        ? { index, id, status: outcome.value.created ? 201 : 200 }
        : rejection(index, id, outcome.reason);
  });
  const count = (test: (status: number) => boolean) => results.filter((r) => test(r.status)).length;
  return {
    created: count((s) => s === 201),
    unchanged: count((s) => s === 200),
    rejected: count((s) => s >= 400),
    results,
  };
}

/** An item's refusal as its result; anything that is not the item's own fault fails the whole request. */
function rejection(index: number, id: string | undefined, error: unknown): BatchItemResult {
  const problem =
    error instanceof WriteRefused ? refusalProblem(error, 'activity', id ?? '').problem : toProblem(error);
  if (problem.status >= 500) throw error;
  return { index, ...(id ? { id } : {}), status: problem.status, problem };
}
