/**
 * Publishing what people wrote (docs/decisions/0402), as the pages and the API run it:
 * the texts waiting to be checked, oldest first, for those who may publish them; marking
 * a loop's or a challenge's texts ready to publish (or withdrawing them); and removing a
 * name from them, which also removes it from the record's audit trail (and so from the
 * changes export). The routes (./publication-routes.ts) only read the request and answer.
 */
import * as z from 'zod/mini';
import {
  actorOf,
  brokenRule,
  challengeInput,
  dayOf,
  defaultSettings,
  feedbackLoopInput,
  signatoryInput,
  checkedFields,
  checkedText,
  publicationOf,
  publicationStatuses,
  redactTexts,
  waitingTime,
  type Challenge,
  type FeedbackLoop,
  type ModeratedKind,
  type PolicySettings,
  type Principal,
  type Publication,
  type Signatory,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { redactAuditTrail } from '../audit/audit-events.ts';
import { getRecord, updateRecord, WriteRefused, type RecordKind, type Store } from '../table/index.ts';
import { ProblemError, validationProblem } from '../http/problem.ts';
import { recordNotFound, refusalProblem, requireAllowed } from '../records/record-queries.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { challengeKind, listChallengesWithTextsWaiting } from '../challenges/challenge-entity.ts';
import { listLoopsWithTextsWaiting, loopKind } from '../loops/loop-entity.ts';
import { listSignatoriesWithTextsWaiting, signatoryKind } from '../signatories/signatory-entity.ts';

/** A loop, a challenge or a signatory (its award's reason) as stored: the records whose texts are checked before they are public. */
export type ModeratedRecord = FeedbackLoop | Challenge | Signatory;

type Entry = Record<string, unknown> & {
  id: string;
  /** A loop's or challenge's organisation (a signatory is its own). */
  signatoryId?: string;
  /** When a loop or challenge was raised (an award's date stands for it). */
  raisedOn?: string;
  version: number;
  updatedAt: string;
  publication?: Publication;
};

const kinds = {
  loop: { noun: 'feedback loop', schema: feedbackLoopInput, kind: loopKind, waiting: listLoopsWithTextsWaiting },
  challenge: {
    noun: 'challenge',
    schema: challengeInput,
    kind: challengeKind,
    waiting: listChallengesWithTextsWaiting,
  },
  signatory: {
    noun: 'signatory',
    schema: signatoryInput,
    kind: signatoryKind,
    waiting: (store: Store) => listSignatoriesWithTextsWaiting(store),
  },
} as const satisfies Record<ModeratedKind, unknown>;

/** A loop's, challenge's or award's texts waiting to be checked, with what the checker needs to publish them. */
export const waitingText = z.object({
  kind: z.enum(['loop', 'challenge', 'signatory']),
  id: z.string(),
  signatoryId: z.string(),
  reviewerId: z.optional(z.string().check(z.describe('Who raised a challenge'))),
  raisedOn: z.string().check(z.describe('The day a loop or challenge was raised; for an award, the day it was made')),
  version: z.number().check(z.int(), z.describe('Publish with this as If-Match: the version whose texts you read')),
  waitingSince: z.string().check(z.describe('The day the texts started waiting: created, or last changed')),
  waitingDays: z.number().check(z.int()),
  overdue: z.boolean().check(z.describe('Waiting longer than the partnership’s publishWithinDays')),
  texts: z.record(z.string(), z.string()).check(z.describe('Each text to check, by field (Welsh: cy.youSaid)')),
});
export type WaitingText = z.infer<typeof waitingText>;

/** The text to remove from a record's texts and history. */
export const nameRemoval = z.object({
  remove: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, 'Enter the name to remove, at least 2 characters'),
      z.maxLength(200),
      z.describe('The text to remove (a name, usually): every occurrence, ignoring case'),
    ),
});

const moderatedKind = z.enum(['loop', 'challenge', 'signatory']);
const recordId = z.string().check(z.minLength(1), z.maxLength(64));

const publishInput = z.object({
  kind: moderatedKind,
  id: recordId,
  status: z.enum(publicationStatuses),
  expectedVersion: z.optional(z.number().check(z.int())),
});

const removeNameInput = z.extend(nameRemoval, {
  kind: moderatedKind,
  id: recordId,
  expectedVersion: z.optional(z.number().check(z.int())),
});

/** Marks a record's texts `published` or withdraws them (`waiting`), at the version whose texts were checked. */
export type PublishInput = z.input<typeof publishInput>;
/** Removes `remove` from a record's texts and history; with `expectedVersion`, only if it is still at that version. */
export type RemoveNameInput = z.input<typeof removeNameInput>;

/** A record written, and its new version (the API's ETag). */
export interface VersionedModerated {
  record: ModeratedRecord;
  version: number;
}

/** What a removal changed: the record (absent when it was deleted and only its history held the name), and where. */
export interface NameRemoved {
  record?: ModeratedRecord;
  version?: number;
  removedFrom: { fields: string[]; auditEvents: number };
}

/** The input as the schema reads it, or the 400 problem naming each field it breaks. */
function parsed<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationProblem(result.error.issues, 'body');
  return result.data;
}

const settingsOf = async (store: Store) => (await getPartnership(store))?.settings ?? defaultSettings;

const read = (store: Store, kind: ModeratedKind, id: string) =>
  getRecord(store, kinds[kind].kind as unknown as RecordKind<Entry>, id) as Promise<Entry | undefined>;

/** The entries of one kind whose texts wait, across the partnership or for one signatory. */
async function waitingOf(store: Store, kind: ModeratedKind, signatoryId?: string): Promise<Entry[]> {
  const found = (await kinds[kind].waiting(store, signatoryId)) as unknown as Entry[];
  return found.filter((item) => publicationOf(item).status === 'waiting');
}

/** The record read, once the caller is known to be allowed to publish it. */
function allowPublishing(
  principal: Principal,
  kind: ModeratedKind,
  id: string,
  record: Entry | undefined,
  settings: PolicySettings,
): Entry {
  if (!record) {
    // Say "not found" only to callers who could publish such a record at all.
    requireAllowed(
      principal,
      'publish',
      kind,
      principal.kind === 'public' ? {} : { signatoryId: principal.signatoryId },
      settings,
    );
    throw recordNotFound(kinds[kind].noun, id);
  }
  requireAllowed(principal, 'publish', kind, { signatoryId: record.signatoryId ?? record.id }, settings);
  return record;
}

const versionChanged = (kind: ModeratedKind, id: string, current: number) =>
  refusalProblem(new WriteRefused({ reason: 'version-mismatch', current }), kinds[kind].noun, id);

async function write(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  kind: ModeratedKind,
  record: Entry,
  version: number,
  principal: Principal,
): Promise<ModeratedRecord> {
  const { createdAt: _a, updatedAt: _b, createdBy: _c, updatedBy: _d, version: _v, ...content } = record;
  try {
    const { record: written } = await updateRecord(
      deps.store,
      kinds[kind].kind as unknown as RecordKind<Record<string, unknown>>,
      record.id,
      content,
      version,
      actorOf(principal),
      deps.now(),
    );
    return written as unknown as ModeratedRecord;
  } catch (error) {
    if (error instanceof WriteRefused) throw refusalProblem(error, kinds[kind].noun, record.id);
    throw error;
  }
}

/**
 * The loops and challenges whose texts the caller may publish, oldest first: every one
 * for board admins; their own organisation's loops for signatory editors where the
 * partnership allows (editorsMayPublish).
 */
export async function waitingTexts(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  _input?: undefined,
): Promise<{ items: WaitingText[] }> {
  const settings = await settingsOf(deps.store);
  const board = principal.kind !== 'public' && principal.role === 'board-admin';
  const own = principal.kind === 'public' ? undefined : principal.signatoryId;
  requireAllowed(principal, 'publish', 'loop', board ? {} : { signatoryId: own }, settings);
  const day = dayOf(deps.today());
  const found = await Promise.all(
    board
      ? (['loop', 'challenge', 'signatory'] as const).map(async (kind) => ({
          kind,
          items: await waitingOf(deps.store, kind),
        }))
      : [waitingOf(deps.store, 'loop', own).then((items) => ({ kind: 'loop' as const, items }))],
  );
  const items = found
    .flatMap(({ kind, items }) =>
      items.map((record) => {
        const publication = publicationOf(record);
        const waited = waitingTime(publication, day, settings.publishWithinDays);
        const texts = Object.fromEntries(
          checkedFields(kind).flatMap((field) => {
            const text = checkedText(record, field);
            return text ? [[field, text]] : [];
          }),
        );
        const entry: WaitingText = {
          kind,
          id: record.id,
          signatoryId: record.signatoryId ?? record.id,
          ...(typeof record.reviewerId === 'string' ? { reviewerId: record.reviewerId } : {}),
          raisedOn: record.raisedOn ?? String(record.awardedOn ?? record.signedOn ?? ''),
          version: record.version,
          waitingSince: waited.since,
          waitingDays: waited.days,
          overdue: waited.overdue,
          texts,
        };
        return { order: publication.since, entry };
      }),
    )
    .sort((a, b) => a.order.localeCompare(b.order) || a.entry.id.localeCompare(b.entry.id))
    .map(({ entry }) => entry);
  return { items };
}

/**
 * Marks a record's texts ready to publish, or withdraws them, if they are still at
 * `expectedVersion` (the version whose texts were checked): without one, 428; at
 * another, 412. A record already at the status is answered as it is.
 */
export async function publishTexts(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  input: PublishInput,
): Promise<VersionedModerated> {
  const { kind, id, status, expectedVersion } = parsed(publishInput, input);
  const [found, settings] = await Promise.all([read(deps.store, kind, id), settingsOf(deps.store)]);
  const record = allowPublishing(principal, kind, id, found, settings);
  if (expectedVersion === undefined) {
    throw new ProblemError(
      428,
      'precondition-required',
      'If-Match required',
      `Send If-Match with the ETag of the version whose texts you checked (currently "${record.version}"), so a text changed since is not published unchecked.`,
    );
  }
  if (expectedVersion !== record.version) throw versionChanged(kind, id, record.version);
  const current = publicationOf(record);
  if (current.status === status && record.publication !== undefined)
    return { record: record as unknown as ModeratedRecord, version: record.version };
  const publication: Publication = {
    status,
    since: deps.now().toISOString(),
    ...(status === 'published' ? { by: actorOf(principal) } : {}),
    ...(current.redacted ? { redacted: current.redacted } : {}),
  };
  const written = await write(deps, kind, { ...record, publication }, expectedVersion, principal);
  return { record: written, version: written.version };
}

/**
 * Replaces every occurrence of `remove` (ignoring case) with "[name removed]" in a
 * record's texts and in every before and after image of its audit trail; the trail
 * records who removed a name, when and from which texts, never the name. Board admins
 * can also remove a name from the history of a deleted record.
 */
export async function removeName(
  deps: Pick<QueryDeps, 'store' | 'now'>,
  principal: Principal,
  input: RemoveNameInput,
): Promise<NameRemoved> {
  const { kind, id, remove, expectedVersion } = parsed(removeNameInput, input);
  const [found, settings] = await Promise.all([read(deps.store, kind, id), settingsOf(deps.store)]);
  if (!found && principal.kind === 'user' && principal.role === 'board-admin') {
    // A deleted record's history can still hold a name: the board can remove it from there.
    const auditEvents = await redactAuditTrail(deps.store, kind, id, remove);
    if (auditEvents > 0) return { removedFrom: { fields: [], auditEvents } };
  }
  const record = allowPublishing(principal, kind, id, found, settings);
  if (expectedVersion !== undefined && expectedVersion !== record.version)
    throw versionChanged(kind, id, record.version);
  const { record: redacted, fields } = redactTexts(kind, record, remove);
  const {
    createdAt: _a,
    updatedAt: _b,
    createdBy: _c,
    updatedBy: _d,
    version: _v,
    publication: _p,
    ...content
  } = redacted;
  if (!kinds[kind].schema.safeParse(content).success) {
    throw new ProblemError(
      422,
      'redaction-too-long',
      'The text would be too long',
      `With every "${remove}" replaced by "[name removed]", a text would be longer than allowed. Shorten the text first.`,
      [{ pointer: '/remove', ...brokenRule('redactionTooLong') }],
    );
  }
  const auditEvents = await redactAuditTrail(deps.store, kind, id, remove);
  if (fields.length === 0 && auditEvents === 0) {
    throw new ProblemError(
      422,
      'not-in-texts',
      'Not found in the texts',
      `"${remove}" does not appear in the texts of this ${kinds[kind].noun} or in their history.`,
      [{ pointer: '/remove', ...brokenRule('notInTexts') }],
    );
  }
  const publication: Publication = {
    ...publicationOf(record),
    redacted: { at: deps.now().toISOString(), by: actorOf(principal), fields },
  };
  const written = await write(deps, kind, { ...redacted, publication }, record.version, principal);
  return { record: written, version: written.version, removedFrom: { fields, auditEvents } };
}
