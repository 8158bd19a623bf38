/**
 * An import's commit, all or nothing, as a job (docs/decisions/0113). The request that
 * commits a file checks every row, stores the checked rows and answers at once
 * (`startImport`); the job writes them (`runImport`): in AWS the jobs function, which the
 * table's stream hands the new import to; locally and in tests the change listener, which
 * runs the same function in-process. Either way the import ends `complete`, every row
 * written, or `failed`, every record it created deleted and every record it changed put
 * back, so nothing of it stays in the lists, the reports or the rollups. A job that stops
 * part way (a failure, its time running out) takes back what it wrote; a job run again
 * takes back what the last run began and never writes twice. People follow it through
 * `importStatus` (./import-queries.ts: `GET /api/v1/imports/{id}`, the import page).
 */
import { randomUUID } from 'node:crypto';
import { actorOf, type Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import {
  createRecords,
  deleteRecords,
  getRecords,
  throwFirstFailure,
  updateRecords,
  WriteRefused,
  type ItemChange,
  type RecordKind,
  type Store,
} from '../table/index.ts';
import { activityImport } from '../activities/activity-resource.ts';
import { loopImport } from '../loops/loop-resource.ts';
import {
  getImport,
  getImportParts,
  importEntity,
  intoParts,
  moveImport,
  putImport,
  type ImportFailure,
  type ImportHead,
  type ImportPart,
  type ImportState,
  type ImportUpdate,
} from './import-entity.ts';

export type { ImportFailure, ImportState, ImportUpdate } from './import-entity.ts';

type AnyKind = RecordKind<Record<string, unknown>>;

/** The record kind of each resource a file can be imported into. */
const importKinds: Record<string, AnyKind> = {
  activities: activityImport.kind as AnyKind,
  loops: loopImport.kind as AnyKind,
};

/** How many rows the job writes between looks at the time it has left. */
const rowsBetweenChecks = 500;

/** Where an import stands, as its status resource answers. */
export interface ImportStatus {
  id: string;
  resource: string;
  state: ImportState;
  rows: number;
  /** Once complete: the rows created, updated and already stored with the same content. */
  created?: number;
  updated?: number;
  unchanged?: number;
  /** Once failed: why. Nothing of the import was kept. */
  failure?: ImportFailure;
}

/** What a commit has checked and is to write. */
export interface CheckedImport {
  rows: number;
  unchanged: number;
  creates: Record<string, unknown>[];
  updates: ImportUpdate[];
}

/** What the status resource says of an import's head. */
export const statusOf = (head: ImportHead): ImportStatus => ({
  id: head.id,
  resource: head.resource,
  state: head.state,
  rows: head.rows,
  ...(head.result ?? {}),
  ...(head.failure ? { failure: head.failure } : {}),
});

/**
 * Stores a checked import and starts its job: in AWS the stream hands the new import to
 * the jobs function; where the writer delivers its own changes (locally, in tests) the
 * job runs before this answers. Answers where the import stands.
 */
export async function startImport(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  resource: string,
  checked: CheckedImport,
): Promise<ImportStatus> {
  const parts = intoParts(checked.creates, checked.updates);
  const head: ImportHead = {
    id: randomUUID(),
    resource,
    actor: actorOf(principal),
    startedAt: deps.now().toISOString(),
    rows: checked.rows,
    unchanged: checked.unchanged,
    parts: parts.length,
    state: 'pending',
  };
  const change = await putImport(deps.store, head, parts);
  await deps.store.onChange?.([change]);
  return statusOf((await getImport(deps.store, head.id)) ?? head);
}

/** The import a change starts: the id of a new import's head. */
export function importStarted(change: ItemChange): string | undefined {
  const image = change.newImage;
  return change.oldImage === undefined && image?.entity === importEntity && image.state === 'pending'
    ? String(image.id)
    : undefined;
}

export interface RunOptions {
  /** The moment (ms since the epoch) after which no more rows are written: the import is taken back instead. */
  deadline?: number | undefined;
  /** The clock the deadline is read on, and deletes are stamped with. */
  clock?: () => number;
}

/** Why writing stopped: a write refused (someone changed a record meanwhile), any other failure, or time. */
function failureOf(outcomes: readonly PromiseSettledResult<unknown>[]): ImportFailure | undefined {
  const failed = outcomes.filter((o) => o.status === 'rejected');
  if (failed.length === 0) return undefined;
  return failed.some((o) => o.reason instanceof WriteRefused) ? 'changed-meanwhile' : 'store-failed';
}

/** Slices of `items` of `size`, in order. */
const slices = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, n) => items.slice(n * size, (n + 1) * size));

/** Writes every row of the import; answers what it wrote, or why it stopped. */
async function writeAll(
  store: Store,
  kind: AnyKind,
  head: ImportHead,
  parts: readonly ImportPart[],
  options: RunOptions,
): Promise<{ result: NonNullable<ImportHead['result']> } | { failure: ImportFailure }> {
  const clock = options.clock ?? Date.now;
  const outOfTime = () => options.deadline !== undefined && clock() > options.deadline;
  const at = new Date(head.startedAt);
  let created = 0;
  let unchanged = head.unchanged;
  try {
    for (const slice of slices(
      parts.flatMap((p) => p.creates),
      rowsBetweenChecks,
    )) {
      if (outOfTime()) return { failure: 'out-of-time' };
      const written = await createRecords(store, kind, slice, head.actor, at);
      const failure = failureOf(written);
      if (failure) return { failure };
      const fresh = written.filter((w) => w.status === 'fulfilled' && w.value.created).length;
      created += fresh;
      unchanged += slice.length - fresh;
    }
    const updates = parts.flatMap((p) => p.updates);
    for (const slice of slices(updates, rowsBetweenChecks)) {
      if (outOfTime()) return { failure: 'out-of-time' };
      const failure = failureOf(await updateRecords(store, kind, slice, head.actor, at));
      if (failure) return { failure };
    }
    return { result: { created, updated: updates.length, unchanged } };
  } catch {
    // What follows the writes failed (locally, their delivery): the import is taken back all the same.
    return { failure: 'store-failed' };
  }
}

/** The record's own content, without what the store stamps on it. */
function contentOf(record: Record<string, unknown>): Record<string, unknown> {
  const { createdAt: _a, updatedAt: _b, createdBy: _c, updatedBy: _d, version: _e, ...content } = record;
  return content;
}

/**
 * Takes back whatever of the import is stored: deletes each record it created (still at
 * version 1, stamped with the import's start and actor) and puts back each record it
 * changed (the version after its expected one, stamped likewise). A record someone has
 * changed since is theirs and left alone. Safe to run again: what is already taken back
 * is no longer found.
 */
async function undoAll(store: Store, kind: AnyKind, head: ImportHead, parts: readonly ImportPart[], now: Date) {
  const ours = (record: Record<string, unknown> | undefined, version: number, stamp: 'createdAt' | 'updatedAt') =>
    record !== undefined &&
    record.version === version &&
    record[stamp] === head.startedAt &&
    record[stamp === 'createdAt' ? 'createdBy' : 'updatedBy'] === head.actor;
  const createIds = parts.flatMap((p) => p.creates.map((c) => kind.idOf(c)));
  const created = await getRecords(store, kind, createIds);
  const deletions = createIds
    .filter((id) => ours(created.get(id), 1, 'createdAt'))
    .map((id) => ({ id, expectedVersion: 1 }));
  const updates = parts.flatMap((p) => p.updates);
  const changed = await getRecords(
    store,
    kind,
    updates.map((u) => u.id),
  );
  const restores = updates
    .filter((u) => ours(changed.get(u.id), u.expectedVersion + 1, 'updatedAt'))
    .map((u) => ({ id: u.id, input: contentOf(u.before), expectedVersion: u.expectedVersion + 1 }));
  throwFirstFailure([
    ...(await deleteRecords(store, kind, deletions, head.actor, now)),
    ...(await updateRecords(store, kind, restores, head.actor, now)),
  ]);
}

/**
 * Runs the import `id` to its end: writes every row and marks it complete, or, when a
 * write fails or the deadline passes, takes back what it wrote and marks it failed. An
 * import found part way (a run that stopped) is taken back; one already ended is left as
 * it is. Rejects only when taking back fails, for the job to be run again.
 */
export async function runImport(store: Store, id: string, options: RunOptions = {}): Promise<ImportHead | undefined> {
  const clock = options.clock ?? Date.now;
  const head = await getImport(store, id);
  if (!head || head.state === 'complete' || head.state === 'failed') return head;
  const kind = importKinds[head.resource];
  if (!kind) throw new Error(`No import into ${head.resource}`);
  const parts = await getImportParts(store, id);
  if (head.state === 'pending') {
    if (!(await moveImport(store, id, ['pending'], 'writing'))) return getImport(store, id);
    const written = await writeAll(store, kind, head, parts, options);
    if ('result' in written) {
      const finishedAt = new Date(clock()).toISOString();
      await moveImport(store, id, ['writing'], 'complete', { result: written.result, finishedAt });
      return getImport(store, id);
    }
    await moveImport(store, id, ['writing'], 'undoing', { failure: written.failure });
  } else if (head.state === 'writing') {
    // A run that stopped while writing (the function timed out, the process ended): take it back.
    await moveImport(store, id, ['writing'], 'undoing', { failure: 'out-of-time' });
  }
  await undoAll(store, kind, head, parts, new Date(clock()));
  await moveImport(store, id, ['undoing'], 'failed', { finishedAt: new Date(clock()).toISOString() });
  return getImport(store, id);
}
