/**
 * The record operations every record resource has (list, read, create, replace, delete)
 * as plain functions of the caller's principal and the input, with no HTTP in them, so
 * the API's routes and the pages run the same checks. Each is written as validate ->
 * permit -> independent reads in parallel -> shape, and throws the problem the API
 * answers with (docs/decisions/0015). A write checks its record in one pass and answers
 * every error it finds in one problem (docs/decisions/0019).
 */
import * as z from 'zod/mini';
import {
  actorOf,
  asZodIssues,
  authorize,
  authorizeAnyWrite,
  brokenRule,
  ruleMessage,
  checkDates,
  checkKnownIds,
  type Action,
  type Decision,
  type KnownIds,
  type PolicySettings,
  type Principal,
  ruleIssue,
  type ReferenceIssue,
  type Resource,
  type Target,
} from '@equal-partners/shared';
import {
  createRecord,
  deleteRecord,
  getRecord,
  InvalidCursor,
  updateRecord,
  WriteRefused,
  type Page,
  type RecordKind,
  type Store,
} from '../table/index.ts';
import { listBinding, type CursorSigner } from '../http/cursors.ts';
import { idParam } from '../http/openapi/shared-schemas.ts';
import { ProblemError, fieldErrors, recordValues, validationProblem } from '../http/problem.ts';
import { loadKnownIds } from './known-ids.ts';

/** What the queries run against: the table and the clocks. */
export interface ResourceDeps {
  store: Store;
  /** The day figures and date checks are for (fixed by tests). */
  today: () => Date;
  /** The instant writes are stamped with. */
  now: () => Date;
}

/** What a list runs against: also the key its cursors are signed with (docs/decisions/0209). */
export interface ListDeps extends ResourceDeps {
  cursors: CursorSigner;
}

export type AnyRecord = Record<string, unknown> & { signatoryId?: string };

/** Reads one request shares, by what was read (e.g. `activity:<id>`): a batch or an import reads each item once. */
export type RequestReads = Map<string, Promise<unknown>>;

/** A list's paging, besides its filters. */
export interface Paging {
  cursor?: string;
  limit: number;
  order: 'asc' | 'desc';
}

export interface RecordResource<Q extends z.ZodMiniObject> {
  /** The URL segment, e.g. `activities`; also what a list's cursors are bound to. */
  path: string;
  tag: string;
  /** The singular name people read, e.g. `activity`. */
  noun: string;
  resource: Resource;
  kind: RecordKind<never>;
  /** What a client sends to create or replace one. */
  schema: z.ZodMiniType;
  /**
   * The record as stored and answered, after `view`: `schema` with the fields the store
   * adds and any the view derives. It is a named component of the OpenAPI document, so a
   * generated client types what it reads; responses are not validated against it.
   */
  record: z.ZodMiniType;
  /** The list's filters, besides `cursor` and `limit`. */
  listQuery: Q;
  list(deps: ResourceDeps, query: z.output<Q> & Paging, principal: Principal): Promise<Page<AnyRecord>>;
  /** Who a record belongs to, for authorisation. */
  target?(record: AnyRecord): Target;
  /** The actions a replacement amounts to (a challenge's answer is `respond`, its closing `close`). */
  replaceActions?(before: AnyRecord, after: AnyRecord): Action[];
  /**
   * What the record refers to beyond the partnership's signatories, principles and groups
   * (a loop's activities): the issues of a record as sent, asked only once the caller may
   * write it. `before` is the stored record a replace changes; `reads` holds what one
   * request has read already, so an import of many rows reads each item once.
   */
  references?(
    deps: ResourceDeps,
    record: AnyRecord,
    before?: AnyRecord,
    reads?: RequestReads,
  ): Promise<ReferenceIssue[]>;
  /**
   * The record to write, once it is checked and the caller may write it: with what the
   * server adds from what it knows (a signatory's status history), or refused with a
   * problem (an award against the criteria without a reason, 422). `before` is the stored
   * record a replace changes.
   */
  prepare?(deps: ResourceDeps, principal: Principal, record: AnyRecord, before?: AnyRecord): Promise<AnyRecord>;
  /** Why a record may not be deleted (answered with 409), e.g. other records refer to it. */
  deleteRefusal?(deps: ResourceDeps, record: AnyRecord): Promise<string | undefined>;
  /** Shapes a record for the caller on `today` (a day, YYYY-MM-DD): removes what they may not see, adds what is derived. */
  view?(record: AnyRecord, principal: Principal, today: string): AnyRecord;
}

/**
 * A list's input: its filters and paging, as the query string gives them. A list with no
 * filters (zod types an empty object's input as allowing no key at all) takes the paging alone.
 */
export type ListInput<Q extends z.ZodMiniObject> = (keyof Q['shape'] extends never ? unknown : z.input<Q>) & {
  cursor?: string;
  limit?: number | string;
  order?: 'asc' | 'desc';
};

/** A page of records, shaped for the caller, and the signed cursor of the next. */
export interface RecordPage {
  items: AnyRecord[];
  nextCursor?: string;
}

/** One record, shaped for the caller, and its version (the API's ETag). */
export interface VersionedRecord {
  record: AnyRecord;
  version: number;
}

/** A created record: `created` is false when an identical one already existed (a safe retry). */
export interface CreatedRecord extends VersionedRecord {
  id: string;
  created: boolean;
}

const listInputSchemas = new WeakMap<z.ZodMiniObject, z.ZodMiniObject>();

/** The schema of a list's input: the resource's filters, then the cursor, page size and order. */
export function listInputSchema<Q extends z.ZodMiniObject>(resource: RecordResource<Q>): z.ZodMiniObject {
  let schema = listInputSchemas.get(resource.listQuery);
  if (!schema) listInputSchemas.set(resource.listQuery, (schema = listInputSchemaOf(resource.listQuery)));
  return schema;
}

function listInputSchemaOf(listQuery: z.ZodMiniObject) {
  return z.extend(listQuery, {
    cursor: z.optional(
      z
        .string()
        .check(
          z.maxLength(2000),
          z.describe('The `nextCursor` of the previous page of this list, with the same filters'),
        ),
    ),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
    order: z._default(
      z
        .enum(['asc', 'desc'])
        .check(z.describe('By date, or by id where a record has no date: `desc` lists the newest first')),
      'asc',
    ),
  });
}

const defaultTarget = (record: AnyRecord): Target => ({
  signatoryId: record.signatoryId,
  by: record.by as Target['by'],
  reviewerId: record.reviewerId as string | undefined,
});

/** Throws the problem for a refused authorisation. */
export function requireAllowed(
  principal: Principal,
  action: Action,
  resource: Resource,
  target: Target,
  settings?: PolicySettings,
): void {
  refuseUnlessAllowed(authorize(principal, action, resource, target, settings));
}

/** Throws the problem for a caller who may write nothing at all, before any row of a batch or import is read. */
export function requireAnyWrite(principal: Principal): void {
  refuseUnlessAllowed(authorizeAnyWrite(principal));
}

function refuseUnlessAllowed(decision: Decision): void {
  if (!decision.allowed) {
    throw new ProblemError(
      decision.status,
      decision.status === 401 ? 'unauthenticated' : 'forbidden',
      decision.status === 401 ? 'Not signed in' : 'Not allowed',
      decision.reason,
    ).with({ rule: decision.rule });
  }
}

/**
 * A value as a JSON body carries it: a key whose value is undefined is absent. A page
 * hands its record over as an object, not as JSON; read like this, creating it again
 * with the same content still answers the existing record (the store leaves such keys out).
 */
function asSent(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asSent);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, field]) => (field === undefined ? [] : [[key, asSent(field)]])),
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a record is written for, when it does not parse: the fields whose own schema accepts them. */
function parsedFields(schema: z.ZodMiniType, sent: Record<string, unknown>): AnyRecord {
  const shape = (schema as Partial<z.ZodMiniObject>).shape ?? {};
  return Object.fromEntries(
    Object.entries(shape).flatMap(([key, field]) => {
      const parsed = (field as z.ZodMiniType).safeParse(sent[key]);
      return parsed.success && parsed.data !== undefined ? [[key, asSent(parsed.data)]] : [];
    }),
  );
}

/** The fields authorisation reads (`Target`): while one of them is refused, no one can say whose record it is. */
const targetFields: readonly string[] = ['signatoryId', 'by', 'reviewerId'] satisfies (keyof Target)[];

/** Whether an issue is at `path`, or around it (a refused list, or a body that is not an object). */
const covers = (issue: z.core.$ZodIssue, path: readonly PropertyKey[]) =>
  issue.path.length <= path.length && issue.path.every((part, i) => String(part) === String(path[i]));

/** Everything wrong with one record a caller writes, found in one pass (docs/decisions/0019). */
export interface RecordIssues {
  /** The record as the schema gives it, when it breaks no rule of the schema. */
  record: AnyRecord | undefined;
  /** What breaks the schema: types, ranges, lengths and the rules between fields. */
  invalid: z.core.$ZodIssue[];
  /** Dates in the future and references to what does not exist, where the schema found no fault. */
  broken: z.core.$ZodIssue[];
  /** Why the caller may not write the record; nothing it refers to was read. */
  refusal?: Extract<Decision, { allowed: false }>;
}

/** How a record is checked: its schema and its own references (`RecordResource.references`). */
export type RecordSpec = Pick<RecordResource<z.ZodMiniObject>, 'schema' | 'references'>;

/**
 * Checks a record as sent in one pass: every field that breaks the schema, with the rules
 * between fields asked of those that parsed; every date in the future; then, only if
 * `permit` lets the caller write it, every reference to a signatory, principle, group or
 * (for a loop) activity that does not exist. `permit` is asked with the record as far as
 * it parsed (for a replace, a field that did not parse counts as unchanged); when a field
 * that says whose record it is did not parse, a caller who may write anything at all is
 * told what to fix, but nothing is read for them. References already faulted by the
 * schema are not reported twice.
 */
export async function recordIssues(
  deps: ResourceDeps,
  spec: RecordSpec,
  principal: Principal,
  body: unknown,
  permit: (candidate: AnyRecord) => Decision,
  options: { known?: KnownIds; before?: AnyRecord; reads?: RequestReads } = {},
): Promise<RecordIssues> {
  const { before } = options;
  const parsed = spec.schema.safeParse(body);
  const invalid = parsed.success ? [] : parsed.error.issues;
  const sent = isPlainObject(body) ? body : {};
  const record = parsed.success ? (asSent(parsed.data) as AnyRecord) : undefined;
  const unchanged = before
    ? Object.fromEntries(
        invalid.flatMap((i) =>
          i.path.length > 0 && i.path[0]! in before ? [[i.path[0], before[i.path[0] as string]]] : [],
        ),
      )
    : {};
  const candidate = record ?? { ...parsedFields(spec.schema, sent), ...unchanged };

  // Whose record it is cannot be told while a field that says so did not parse (and a replace has none to keep).
  const ownerUnknown = invalid.some(
    (i) => i.path.length === 0 || (targetFields.includes(String(i.path[0])) && !(String(i.path[0]) in candidate)),
  );
  let decision = permit(candidate);
  let mayRead = decision.allowed;
  if (!decision.allowed && ownerUnknown) {
    decision = authorizeAnyWrite(principal);
    mayRead = false;
  }
  const faultless = (issues: ReferenceIssue[]) =>
    asZodIssues(issues).filter((issue) => !invalid.some((fault) => covers(fault, issue.path)));
  const broken = faultless(checkDates(sent, deps.today()));
  if (mayRead) {
    const [known, referred] = await Promise.all([
      options.known ?? loadKnownIds(deps.store),
      spec.references?.(deps, sent, before, options.reads) ?? [],
    ]);
    broken.push(...faultless([...checkKnownIds(sent, known), ...referred]));
  }
  return { record, invalid, broken, ...(decision.allowed ? {} : { refusal: decision }) };
}

/**
 * The record in a request body when nothing is wrong with it; otherwise the caller's
 * refusal (401, 403), or one problem listing every error (`recordIssues`): 400 when the
 * schema refuses a field, 422 when only dates and references are wrong. `also` adds
 * errors the caller found (a replace whose id is not the address's).
 */
export async function checkedRecord(
  deps: ResourceDeps,
  spec: RecordSpec,
  principal: Principal,
  body: unknown,
  permit: (candidate: AnyRecord) => Decision,
  options: { known?: KnownIds; before?: AnyRecord; prefix?: string; also?: z.core.$ZodIssue[] } = {},
): Promise<AnyRecord> {
  const { refusal, record, invalid, broken } = await recordIssues(deps, spec, principal, body, permit, options);
  if (refusal) refuseUnlessAllowed(refusal);
  const faults = [...invalid, ...(options.also ?? [])];
  if (faults.length > 0) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The request body has errors: fix each field listed.',
      fieldErrors([...faults, ...broken], options.prefix),
    );
  }
  if (broken.length > 0) {
    throw new ProblemError(
      422,
      'invalid-reference',
      'The record breaks a rule',
      'The record refers to something that does not exist or has a date in the future.',
      fieldErrors(broken, options.prefix),
    );
  }
  return record!;
}

/** The first refusal among `decisions`, or allowed when there is none. */
function allOf(decisions: Decision[]): Decision {
  return decisions.find((d) => !d.allowed) ?? { allowed: true };
}

/** Maps a refused write to its problem. */
export function refusalProblem(error: WriteRefused, noun: string, id: string): ProblemError {
  switch (error.refusal.reason) {
    case 'conflict':
      return ProblemError.ofRule(409, 'conflict', 'Already exists', 'recordExistsDifferently', recordValues(noun, id));
    case 'not-found':
      return recordNotFound(noun, id);
    case 'version-mismatch':
      return ProblemError.ofRule(412, 'precondition-failed', 'Changed since you read it', 'changedSinceRead', {
        ...recordValues(noun, id),
        current: String(error.refusal.current),
      });
  }
}

/** Runs a write, turning its refusal into the problem for this record. */
async function refusedAsProblem<T>(noun: string, id: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof WriteRefused) throw refusalProblem(error, noun, id);
    throw error;
  }
}

const targetOf = (resource: RecordResource<z.ZodMiniObject>, record: AnyRecord): Target =>
  (resource.target ?? defaultTarget)(record);

/** The record as the caller sees it on the context's day. */
function viewOf(
  deps: ResourceDeps,
  resource: RecordResource<z.ZodMiniObject>,
  record: AnyRecord,
  principal: Principal,
) {
  return resource.view ? resource.view(record, principal, deps.today().toISOString().slice(0, 10)) : record;
}

/**
 * The record, when the caller may read it. A record they may not read (another
 * organisation's) answers exactly as one that does not exist, so ids cannot be probed;
 * a caller who may read no such record at all is told so (401, 403) either way.
 */
async function loadReadable(
  deps: ResourceDeps,
  resource: RecordResource<z.ZodMiniObject>,
  principal: Principal,
  id: string,
): Promise<AnyRecord> {
  // An id longer than any record's (the API's routes refuse it first) is not asked of the store, whose keys it would overflow.
  const record = idParam.safeParse({ id }).success
    ? ((await getRecord(deps.store, resource.kind, id)) as AnyRecord | undefined)
    : undefined;
  if (record && authorize(principal, 'read', resource.resource, targetOf(resource, record)).allowed) return record;
  requireAllowed(
    principal,
    'read',
    resource.resource,
    principal.kind === 'public' ? {} : { signatoryId: principal.signatoryId },
  );
  throw recordNotFound(resource.noun, id);
}

/** 404 for a record that does not exist (or that the caller may not read): "There is no activity with the id …". */
export function recordNotFound(noun: string, id: string): ProblemError {
  return ProblemError.ofRule(404, 'not-found', 'Not found', 'recordNotFound', recordValues(noun, id));
}

/** A page of a resource's records the caller may read, filtered, from the signed cursor of the last page. */
export async function listRecordsQuery<Q extends z.ZodMiniObject>(
  deps: ListDeps,
  resource: RecordResource<Q>,
  principal: Principal,
  input: ListInput<Q>,
): Promise<RecordPage> {
  const parsed = listInputSchema(resource).safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'query');
  const query = parsed.data as z.output<Q> & Paging & { signatoryId?: string };
  // Signatory editors list their own organisation's records unless they name another (and are refused).
  if (
    query.signatoryId === undefined &&
    principal.kind !== 'public' &&
    principal.role === 'signatory-editor' &&
    'signatoryId' in resource.listQuery.shape
  ) {
    query.signatoryId = principal.signatoryId;
  }
  requireAllowed(principal, 'read', resource.resource, { signatoryId: query.signatoryId });
  const { from, to } = query as { from?: string; to?: string };
  if (from !== undefined && to !== undefined && to < from) {
    throw new ProblemError(
      400,
      'validation',
      'Your request has errors',
      'The query string has errors: fix each field listed.',
      [{ pointer: '/to', ...brokenRule('lastDateBeforeFirst', { to, from }) }],
    );
  }
  // However the cursor is bad (not signed for this list, or not a key of it), the caller's remedy is the same.
  const invalidCursor = () =>
    new ProblemError(400, 'validation', 'Invalid cursor', ruleMessage('invalidCursor'), [
      { pointer: '/cursor', ...brokenRule('invalidCursor') },
    ]);
  // A cursor is followed only for the list it was issued for, so the store never sees a key of another.
  const binding = listBinding(resource.path, query);
  const { cursor: signed, ...filters } = query;
  const cursor = signed ? deps.cursors.open(binding, signed) : undefined;
  if (signed && cursor === undefined) {
    throw invalidCursor();
  }
  try {
    const page = await resource.list(deps, { ...filters, ...(cursor ? { cursor } : {}) } as typeof query, principal);
    return {
      items: page.items.map((r) => viewOf(deps, resource, r, principal)),
      ...(page.nextCursor ? { nextCursor: deps.cursors.sign(binding, page.nextCursor) } : {}),
    };
  } catch (error) {
    if (error instanceof InvalidCursor) throw invalidCursor();
    throw error;
  }
}

/** One record the caller may read; 404 for one that does not exist or that they may not read. */
export async function readRecordQuery<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  principal: Principal,
  input: { id: string },
): Promise<VersionedRecord> {
  const record = await loadReadable(deps, resource, principal, input.id);
  return { record: viewOf(deps, resource, record, principal), version: Number(record.version) };
}

/**
 * Creates a record: the body is checked, the caller permitted, then its references
 * checked, all errors answered in one problem (`checkedRecord`). Creating again with
 * identical content returns the original (`created: false`).
 */
export async function createRecordCommand<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  principal: Principal,
  input: { body: unknown },
): Promise<CreatedRecord> {
  const checked = await checkedRecord(deps, resource, principal, input.body, (candidate) =>
    authorize(principal, 'create', resource.resource, targetOf(resource, candidate)),
  );
  // One moment for the whole write: what `prepare` stamps (a status history) matches the record's own times.
  const now = deps.now();
  const record = resource.prepare ? await resource.prepare({ ...deps, now: () => now }, principal, checked) : checked;
  const id = resource.kind.idOf(record as never);
  const written = await refusedAsProblem(resource.noun, id, () =>
    createRecord(deps.store, resource.kind as RecordKind<AnyRecord>, record, actorOf(principal), now),
  );
  return {
    id,
    record: viewOf(deps, resource, written.record, principal),
    version: written.record.version,
    created: written.created,
  };
}

/**
 * Replaces a record the caller may change, if it is still at `expectedVersion`: without
 * one, 428 (so a change made since is not overwritten); at another, 412. The record is
 * read first (404 for one the caller may not read), so a caller who may not change it is
 * refused before any error of the body is listed.
 */
export async function replaceRecordCommand<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  principal: Principal,
  input: { id: string; body: unknown; expectedVersion: number | undefined },
): Promise<VersionedRecord> {
  const { id, expectedVersion } = input;
  const parsed = resource.schema.safeParse(input.body);
  const sentId = parsed.success ? resource.kind.idOf(asSent(parsed.data) as never) : id;
  const before = await loadReadable(deps, resource, principal, id);
  const checked = await checkedRecord(
    deps,
    resource,
    principal,
    input.body,
    (candidate) =>
      allOf(
        (resource.replaceActions?.(before, candidate) ?? ['update']).flatMap((action) => [
          authorize(principal, action, resource.resource, targetOf(resource, before)),
          authorize(principal, action, resource.resource, targetOf(resource, candidate)),
        ]),
      ),
    {
      before,
      also:
        sentId === id ? [] : [{ code: 'custom', path: ['id'], ...ruleIssue('idNotTheAddress', { id }), input: sentId }],
    },
  );
  if (expectedVersion === undefined) {
    throw new ProblemError(
      428,
      'precondition-required',
      'If-Match required',
      `Send If-Match with the ETag you read (currently "${Number(before.version)}"), so a change made since is not overwritten.`,
    );
  }
  const now = deps.now();
  const record = resource.prepare
    ? await resource.prepare({ ...deps, now: () => now }, principal, checked, before)
    : checked;
  const written = await refusedAsProblem(resource.noun, id, () =>
    updateRecord(
      deps.store,
      resource.kind as RecordKind<AnyRecord>,
      id,
      record,
      expectedVersion,
      actorOf(principal),
      now,
    ),
  );
  return { record: viewOf(deps, resource, written.record, principal), version: written.record.version };
}

/**
 * Deletes a record the caller may delete, unless something refers to it (409); with
 * `expectedVersion`, only if it is still at that version.
 */
export async function deleteRecordCommand<Q extends z.ZodMiniObject>(
  deps: ResourceDeps,
  resource: RecordResource<Q>,
  principal: Principal,
  input: { id: string; expectedVersion?: number | undefined },
): Promise<void> {
  const { id, expectedVersion } = input;
  const before = await loadReadable(deps, resource, principal, id);
  requireAllowed(principal, 'delete', resource.resource, targetOf(resource, before));
  const refusal = await resource.deleteRefusal?.(deps, before);
  if (refusal) throw new ProblemError(409, 'conflict', `The ${resource.noun} cannot be deleted`, refusal);
  await refusedAsProblem(resource.noun, id, () =>
    deleteRecord(
      deps.store,
      resource.kind as RecordKind<AnyRecord>,
      id,
      expectedVersion,
      actorOf(principal),
      deps.now(),
    ),
  );
}

/**
 * A resource's five queries as functions of `(deps, principal, input)`, typed with the
 * record its `record` schema describes, for pages to run (docs/decisions/0016).
 * @example const { read } = recordQueries(activities); await read(deps, principal, { id })
 */
export function recordQueries<Q extends z.ZodMiniObject, S extends z.ZodMiniType>(
  resource: RecordResource<Q> & { record: S },
) {
  type R = z.output<S>;
  return {
    /** The schema create and replace check a body with: a form words its errors with the very rules that refuse it. */
    schema: resource.schema,
    list: (deps: ListDeps, principal: Principal, input: ListInput<Q>) =>
      listRecordsQuery(deps, resource, principal, input) as Promise<{ items: R[]; nextCursor?: string }>,
    read: (deps: ResourceDeps, principal: Principal, input: { id: string }) =>
      readRecordQuery(deps, resource, principal, input) as Promise<{ record: R; version: number }>,
    create: (deps: ResourceDeps, principal: Principal, input: { body: unknown }) =>
      createRecordCommand(deps, resource, principal, input) as Promise<Omit<CreatedRecord, 'record'> & { record: R }>,
    replace: (
      deps: ResourceDeps,
      principal: Principal,
      input: { id: string; body: unknown; expectedVersion: number | undefined },
    ) => replaceRecordCommand(deps, resource, principal, input) as Promise<{ record: R; version: number }>,
    delete: (deps: ResourceDeps, principal: Principal, input: { id: string; expectedVersion?: number | undefined }) =>
      deleteRecordCommand(deps, resource, principal, input),
  };
}
