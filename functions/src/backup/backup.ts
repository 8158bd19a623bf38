/**
 * The whole partnership as JSON Lines, for backup and for moving to another store: every
 * record, account, API key (its hash, never the key itself), audit event and the demo
 * marker, and each activity's feedback link and counts (its settings, the count of each
 * answer and of each minute's answers, the random ids of the answers counted, which keep
 * an answer sent again after a restore from counting twice; nothing about a person, as
 * none is stored), one item per line as `{"entity":…,"item":…}` without storage keys. An import
 * rebuilds every key with the entity modules, so a backup survives a change of key layout.
 *
 * Left out: the rollups and standings, which an import recomputes from the records
 * (rollups/reconcile.ts), and what is short-lived by design: web sessions, token
 * revocations and idempotency records. docs/deploy.md says how this sits beside
 * DynamoDB's point-in-time recovery in AWS.
 */
import { canonicalJson } from '@equal-partners/shared';
import { activityKeys } from '../activities/activity-entity.ts';
import { assessmentKeys } from '../assessments/assessment-entity.ts';
import { auditEventKeys } from '../audit/audit-entity.ts';
import { feedbackKeys, feedbackTokenKeys, feedbackTokenOf } from '../feedback/feedback-entity.ts';
import { challengeKeys } from '../challenges/challenge-entity.ts';
import { apiKeyHashOf, apiKeyKeys } from '../identity/api-key-entity.ts';
import { userKeys } from '../identity/user-entity.ts';
import { loopKeys } from '../loops/loop-entity.ts';
import { baselineKeys, demoMarkerKeys, partnershipKeys } from '../partnership/partnership-entity.ts';
import { reconcile } from '../rollups/reconcile.ts';
import { signatoryKeys } from '../signatories/signatory-entity.ts';
import { batchPut, withoutKeys, type ItemKeys, type Store } from '../table/index.ts';
import { scanPages, tableIsEmpty } from '../table/scan.ts';

type Item = Record<string, unknown>;

/** How each backed-up entity is stored: its keys from the item, and anything the keys alone hold. */
const entities = {
  partnership: { keys: () => partnershipKeys() },
  baseline: { keys: (i: Item) => baselineKeys(i as { year: number }) },
  signatory: { keys: (i: Item) => signatoryKeys(i as { id: string }) },
  activity: { keys: (i: Item) => activityKeys(i as { id: string; signatoryId: string; date: string }) },
  loop: { keys: (i: Item) => loopKeys(i as { id: string; signatoryId: string; raisedOn: string }) },
  assessment: {
    keys: (i: Item) =>
      assessmentKeys(i as { id: string; signatoryId: string; period: string; by: 'self' | 'reviewer' }),
  },
  challenge: { keys: (i: Item) => challengeKeys(i as { id: string; signatoryId: string; raisedOn: string }) },
  user: { keys: (i: Item) => userKeys(i as { id: string }) },
  // The key's hash is only in the partition key: the line carries it, the stored item does not.
  'api-key': {
    keys: (i: Item) => apiKeyKeys(i as { hash: string; signatoryId: string; prefix: string }),
    fromKeys: (keys: ItemKeys) => ({ hash: apiKeyHashOf(keys.pk) }),
  },
  'audit-event': {
    keys: (i: Item) =>
      auditEventKeys({
        entity: String(i.recordEntity),
        id: String(i.recordId),
        at: String(i.at),
        version: Number(i.version),
        action: String(i.action),
      }),
  },
  // Each activity's feedback settings and counts; its set of counted answer ids is a list on the line.
  feedback: {
    keys: (i: Item) => feedbackKeys({ activityId: String(i.activityId), signatoryId: String(i.signatoryId) }),
    toLine: (i: Item) =>
      i.answerIds instanceof Set ? { ...i, answerIds: [...(i.answerIds as Set<string>)].sort() } : i,
    fromLine: (i: Item) => {
      const { answerIds, ...rest } = i;
      if (answerIds === undefined) return rest;
      if (!Array.isArray(answerIds) || !answerIds.every((id) => typeof id === 'string'))
        throw new Error('its answerIds are not a list of texts');
      return answerIds.length === 0 ? rest : { ...rest, answerIds: new Set(answerIds) };
    },
  },
  // The link's token is only in the partition key: the line carries it, the stored item does not.
  'feedback-token': {
    keys: (i: Item) => feedbackTokenKeys({ token: String(i.token) }),
    fromKeys: (keys: ItemKeys) => ({ token: feedbackTokenOf(keys.pk) }),
  },
  'demo-marker': { keys: () => demoMarkerKeys() },
} satisfies Record<string, EntitySpec>;

/** How one entity's items become lines and back. */
interface EntitySpec {
  keys: (item: Item) => ItemKeys;
  /** Fields held in the keys alone, for the line. */
  fromKeys?: (keys: ItemKeys) => Item;
  /** The item as JSON can carry it (a set as a sorted list). */
  toLine?: (item: Item) => Item;
  /** The stored item from the line's; throws with the reason for a line it cannot read. */
  fromLine?: (item: Item) => Item;
}

type BackedUp = keyof typeof entities;
const order = Object.keys(entities) as BackedUp[];
const isBackedUp = (entity: string): entity is BackedUp => Object.hasOwn(entities, entity);

/** The entity an item of the table belongs to, or `undefined` for what a backup leaves out. */
function entityOf(item: Item): BackedUp | undefined {
  const marker = demoMarkerKeys();
  if (item.pk === marker.pk && item.sk === marker.sk) return 'demo-marker';
  const entity = String(item.entity ?? '');
  return isBackedUp(entity) && entity !== 'demo-marker' ? entity : undefined;
}

/** Every item of the table, one page at a time, as written (consistent reads). */
async function* scanTable(store: Store): AsyncGenerator<Item> {
  for await (const page of scanPages(store, { ConsistentRead: true })) yield* page as Item[];
}

/**
 * The partnership's lines, in a stable order (by entity, then key), so two exports of the
 * same data are identical files.
 */
export async function exportPartnership(store: Store): Promise<string[]> {
  const lines: { rank: number; key: string; line: string }[] = [];
  for await (const stored of scanTable(store)) {
    const entity = entityOf(stored);
    if (!entity) continue;
    const keys = stored as unknown as ItemKeys;
    const spec: EntitySpec = entities[entity];
    const item = { ...withoutKeys(stored), ...spec.fromKeys?.(keys) };
    lines.push({
      rank: order.indexOf(entity),
      key: `${keys.pk}\u0000${keys.sk}`,
      line: canonicalJson({ entity, item: spec.toLine ? spec.toLine(item) : item }),
    });
  }
  lines.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return lines.map((l) => l.line);
}

/** A backup line that cannot be restored, with its line number (from 1). */
export class BackupLineRefused extends Error {
  readonly line: number;
  constructor(line: number, reason: string) {
    super(`Line ${line}: ${reason}`);
    this.line = line;
  }
}

/** The stored item of one backup line, keys rebuilt; throws `BackupLineRefused` for a line it cannot read. */
function itemOfLine(text: string, number: number): Item {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackupLineRefused(number, 'not JSON');
  }
  const { entity, item } = (parsed ?? {}) as { entity?: unknown; item?: unknown };
  if (typeof entity !== 'string' || !isBackedUp(entity))
    throw new BackupLineRefused(number, `unknown entity ${JSON.stringify(entity)}`);
  if (!item || typeof item !== 'object' || Array.isArray(item)) throw new BackupLineRefused(number, 'no item object');
  const spec: EntitySpec = entities[entity];
  const keys = spec.keys(item as Item);
  if (Object.values(keys).some((value) => typeof value !== 'string' || value.includes('undefined')))
    throw new BackupLineRefused(number, `the ${entity} lacks a field its key is made of`);
  let fields = item as Item;
  try {
    fields = spec.fromLine ? spec.fromLine(fields) : fields;
  } catch (error) {
    throw new BackupLineRefused(number, `the ${entity}: ${(error as Error).message}`);
  }
  const stored: Item = { ...fields, ...keys };
  for (const field of Object.keys(spec.fromKeys?.(keys) ?? {})) delete stored[field];
  if (entity !== 'demo-marker') stored.entity = entity;
  return stored;
}

/**
 * Restores a backup into an empty table: every line is read and checked before anything
 * is written, then the rollups and standings are recomputed from the records as of `now`.
 */
export async function importPartnership(
  store: Store,
  lines: readonly string[],
  now: () => Date = () => new Date(),
): Promise<{ items: number }> {
  if (!(await tableIsEmpty(store)))
    throw new Error('The table is not empty: a backup is restored into an empty table only, so nothing is mixed.');
  const items = lines.flatMap((text, index) => (text.trim() === '' ? [] : [itemOfLine(text, index + 1)]));
  await batchPut(store, items);
  await reconcile(store, { now });
  return { items: items.length };
}
