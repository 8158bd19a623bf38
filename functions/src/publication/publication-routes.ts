/**
 * Publishing what people wrote (docs/decisions/0402): the texts waiting to be checked,
 * oldest first, for those who may publish them; marking a loop's or a challenge's texts
 * ready to publish; and removing a name from them, which also removes it from the
 * record's audit trail (and so from the changes export).
 */
import * as z from 'zod/mini';
import {
  actorOf,
  challengeInput,
  dayOf,
  defaultSettings,
  feedbackLoopInput,
  type ModeratedKind,
  moderatedTexts,
  type Principal,
  type Publication,
  publicationOf,
  publicationStatuses,
  redactTexts,
  waitingTime,
} from '@equal-partners/shared';
import { redactAuditTrail } from '../audit/audit-events.ts';
import {
  getRecord,
  queryAll,
  updateRecord,
  withoutKeys,
  WriteRefused,
  type RecordKind,
  type Store,
} from '../table/index.ts';
import type { ApiEnv } from '../http/env.ts';
import { bearer, idParam, ifMatch, pick } from '../http/openapi/shared-schemas.ts';
import { ApiRoutes, component, createRoute } from '../http/openapi/routes.ts';
import { ProblemError } from '../http/problem.ts';
import { refusalProblem, requireAllowed } from '../records/record-queries.ts';
import { etagOf, expectedVersion } from '../records/record-routes.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { challengeKind, challengeList } from '../challenges/challenge-entity.ts';
import { challengeRecord } from '../challenges/challenge-resource.ts';
import { loopKind, loopList } from '../loops/loop-entity.ts';
import { feedbackLoopRecord } from '../loops/loop-resource.ts';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

type Entry = Record<string, unknown> & {
  id: string;
  signatoryId: string;
  raisedOn: string;
  version: number;
  updatedAt: string;
  publication?: Publication;
};

const kinds = {
  loop: {
    path: 'loops',
    noun: 'feedback loop',
    tag: 'Feedback loops',
    list: loopList,
    schema: feedbackLoopInput,
    record: feedbackLoopRecord,
    kind: loopKind,
  },
  challenge: {
    path: 'challenges',
    noun: 'challenge',
    tag: 'Challenges',
    list: challengeList,
    schema: challengeInput,
    record: challengeRecord,
    kind: challengeKind,
  },
} as const satisfies Record<ModeratedKind, unknown>;

const waitingEntry = component(
  'WaitingText',
  z.object({
    kind: z.enum(['loop', 'challenge']),
    id: z.string(),
    signatoryId: z.string(),
    reviewerId: z.optional(z.string().check(z.describe('Who raised a challenge'))),
    raisedOn: z.string(),
    version: z.number().check(z.int(), z.describe('Publish with this as If-Match: the version whose texts you read')),
    waitingSince: z.string().check(z.describe('The day the texts started waiting: created, or last changed')),
    waitingDays: z.number().check(z.int()),
    overdue: z.boolean().check(z.describe('Waiting longer than the partnership’s publishWithinDays')),
    texts: z.record(z.string(), z.string()).check(z.describe('Each text to check, by field')),
  }),
);

const waitingRoute = createRoute({
  method: 'get',
  path: '/publication/waiting',
  tags: ['Publication'],
  summary: 'Texts waiting to be checked before they are public, oldest first',
  description:
    'The loops and challenges whose texts the caller may publish: every one for board admins; their own ' +
    'organisation’s loops for signatory editors where the partnership allows (editorsMayPublish).',
  security: bearer,
  responses: {
    200: {
      description: 'The waiting texts, oldest first',
      content: { 'application/json': { schema: z.object({ items: z.array(waitingEntry) }) } },
    },
    ...pick(401, 403),
  },
});

const removal = z.object({
  remove: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, 'Enter the name to remove, at least 2 characters'),
      z.maxLength(200),
      z.describe('The text to remove (a name, usually): every occurrence, ignoring case'),
    ),
});

const publishRoute = (kind: ModeratedKind) =>
  createRoute({
    method: 'put',
    path: `/${kinds[kind].path}/{id}/publication`,
    tags: [kinds[kind].tag],
    summary: `Publish a ${kinds[kind].noun}’s texts, or withdraw them`,
    description:
      '`published` marks the texts ready to publish; `waiting` withdraws them from the public pages until they are ' +
      'published again. Send the version whose texts you checked as If-Match: if they changed since, 412. A text ' +
      'changed after it is published waits to be checked again.',
    security: bearer,
    request: {
      params: idParam,
      headers: ifMatch,
      body: {
        content: { 'application/json': { schema: z.object({ status: z.enum(publicationStatuses) }) } },
        required: true,
      },
    },
    responses: {
      200: {
        description: 'Done; the new version is the ETag',
        content: { 'application/json': { schema: kinds[kind].record } },
      },
      ...pick(400, 401, 403, 404, 412, 415, 428),
    },
  });

const redactRoute = (kind: ModeratedKind) =>
  createRoute({
    method: 'post',
    path: `/${kinds[kind].path}/{id}/redactions`,
    tags: [kinds[kind].tag],
    summary: `Remove a name from a ${kinds[kind].noun}’s texts and their history`,
    description:
      'Replaces every occurrence (ignoring case) with "[name removed]" in the texts and in every before and after ' +
      'image of the record’s audit trail. The trail records who removed a name, when and from which texts, never ' +
      'the name. If-Match is optional. Board admins can also remove a name from the audit trail of a deleted record ' +
      '(the answer then has no `record`).',
    security: bearer,
    request: {
      params: idParam,
      headers: ifMatch,
      body: { content: { 'application/json': { schema: removal } }, required: true },
    },
    responses: {
      200: {
        description: 'Removed; the new version is the ETag',
        content: {
          'application/json': {
            schema: z.object({
              record: z.optional(kinds[kind].record),
              removedFrom: z.object({
                fields: z.array(z.string()).check(z.describe('The texts of the record it was removed from')),
                auditEvents: z.number().check(z.int(), z.describe('Audit events it was removed from')),
              }),
            }),
          },
        },
      },
      ...pick(400, 401, 403, 404, 412, 415, 422),
    },
  });

/** The entries of one kind whose texts wait, across the partnership or for one signatory. */
async function waitingOf(store: Store, kind: ModeratedKind, signatoryId?: string): Promise<Entry[]> {
  const index = signatoryId ? 'gsi1' : 'gsi2';
  const partition = signatoryId ? signatoryRecords(signatoryId, kinds[kind].list) : kinds[kind].list;
  const items = await queryAll<Entry>(store, {
    IndexName: index,
    KeyConditionExpression: `${index}pk = :pk`,
    // Records stored before texts were checked have no publication, and wait too.
    FilterExpression: 'attribute_not_exists(publication) OR publication.#status = :waiting',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':pk': partition, ':waiting': 'waiting' },
  }).then((found) => found.map((item) => withoutKeys(item)));
  return items.filter((item) => publicationOf(item).status === 'waiting');
}

export function publicationRoutes(store: Store, today: () => Date, now: () => Date) {
  const settingsOf = async () => (await getPartnership(store))?.settings ?? defaultSettings;

  const read = (kind: ModeratedKind, id: string) =>
    getRecord(store, kinds[kind].kind as unknown as RecordKind<Entry>, id) as Promise<Entry | undefined>;

  /** The record read, once the caller is known to be allowed to publish it. */
  const allowPublishing = async (principal: Principal, kind: ModeratedKind, id: string, record: Entry | undefined) => {
    const settings = await settingsOf();
    if (!record) {
      // Say "not found" only to callers who could publish such a record at all.
      requireAllowed(
        principal,
        'publish',
        kind,
        principal.kind === 'public' ? {} : { signatoryId: principal.signatoryId },
        settings,
      );
      throw new ProblemError(404, 'not-found', 'Not found', `There is no ${kinds[kind].noun} with the id "${id}".`);
    }
    requireAllowed(principal, 'publish', kind, { signatoryId: record.signatoryId }, settings);
    return record;
  };

  const write = async (kind: ModeratedKind, record: Entry, version: number, principal: Principal) => {
    const { createdAt: _a, updatedAt: _b, createdBy: _c, updatedBy: _d, version: _v, ...content } = record;
    try {
      const { record: written } = await updateRecord(
        store,
        kinds[kind].kind as unknown as RecordKind<Record<string, unknown>>,
        record.id,
        content,
        version,
        actorOf(principal),
        now(),
      );
      return written;
    } catch (error) {
      if (error instanceof WriteRefused) throw refusalProblem(error, kinds[kind].noun, record.id);
      throw error;
    }
  };

  const routes = new ApiRoutes<ApiEnv>().openapi(waitingRoute, async (c) => {
    const principal = c.get('principal');
    const settings = await settingsOf();
    const board = principal.kind !== 'public' && principal.role === 'board-admin';
    const own = principal.kind === 'public' ? undefined : principal.signatoryId;
    requireAllowed(principal, 'publish', 'loop', board ? {} : { signatoryId: own }, settings);
    const day = dayOf(today());
    const found = await Promise.all(
      board
        ? (['loop', 'challenge'] as const).map(async (kind) => ({ kind, items: await waitingOf(store, kind) }))
        : [waitingOf(store, 'loop', own).then((items) => ({ kind: 'loop' as const, items }))],
    );
    const items = found
      .flatMap(({ kind, items }) =>
        items.map((record) => {
          const publication = publicationOf(record);
          const waited = waitingTime(publication, day, settings.publishWithinDays);
          const texts = Object.fromEntries(
            moderatedTexts[kind].flatMap((field) => {
              const text = record[field];
              return typeof text === 'string' && text !== '' ? [[field, text]] : [];
            }),
          );
          return {
            order: publication.since,
            entry: {
              kind,
              id: record.id,
              signatoryId: record.signatoryId,
              ...(typeof record.reviewerId === 'string' ? { reviewerId: record.reviewerId } : {}),
              raisedOn: record.raisedOn,
              version: record.version,
              waitingSince: waited.since,
              waitingDays: waited.days,
              overdue: waited.overdue,
              texts,
            },
          };
        }),
      )
      .sort((a, b) => a.order.localeCompare(b.order) || a.entry.id.localeCompare(b.entry.id))
      .map(({ entry }) => entry);
    return c.json({ items }, 200);
  });

  for (const kind of ['loop', 'challenge'] as const) {
    routes.openapi(publishRoute(kind), async (c) => {
      const principal = c.get('principal');
      const { id } = c.req.valid('param');
      const { status } = c.req.valid('json');
      const version = expectedVersion(c.req.header('if-match'));
      const record = await allowPublishing(principal, kind, id, await read(kind, id));
      if (version === undefined) {
        throw new ProblemError(
          428,
          'precondition-required',
          'If-Match required',
          `Send If-Match with the ETag of the version whose texts you checked (currently ${etagOf(record.version)}), so a text changed since is not published unchecked.`,
        );
      }
      if (version !== record.version) {
        throw refusalProblem(
          new WriteRefused({ reason: 'version-mismatch', current: record.version }),
          kinds[kind].noun,
          id,
        );
      }
      const current = publicationOf(record);
      if (current.status === status && record.publication !== undefined) {
        c.header('ETag', etagOf(record.version));
        return c.json(record, 200);
      }
      const publication: Publication = {
        status,
        since: now().toISOString(),
        ...(status === 'published' ? { by: actorOf(principal) } : {}),
        ...(current.redacted ? { redacted: current.redacted } : {}),
      };
      const written = await write(kind, { ...record, publication }, version, principal);
      c.header('ETag', etagOf(written.version));
      return c.json(written, 200);
    });

    routes.openapi(redactRoute(kind), async (c) => {
      const principal = c.get('principal');
      const { id } = c.req.valid('param');
      const { remove } = c.req.valid('json');
      const version = expectedVersion(c.req.header('if-match'));
      const found = await read(kind, id);
      if (!found && principal.kind === 'user' && principal.role === 'board-admin') {
        // A deleted record's history can still hold a name: the board can remove it from there.
        const auditEvents = await redactAuditTrail(store, kind, id, remove);
        if (auditEvents > 0) return c.json({ removedFrom: { fields: [], auditEvents } }, 200);
      }
      const record = await allowPublishing(principal, kind, id, found);
      if (version !== undefined && version !== record.version) {
        throw refusalProblem(
          new WriteRefused({ reason: 'version-mismatch', current: record.version }),
          kinds[kind].noun,
          id,
        );
      }
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
          [{ pointer: '/remove', message: 'Shorten the text before removing this' }],
        );
      }
      const auditEvents = await redactAuditTrail(store, kind, id, remove);
      if (fields.length === 0 && auditEvents === 0) {
        throw new ProblemError(
          422,
          'not-in-texts',
          'Not found in the texts',
          `"${remove}" does not appear in the texts of this ${kinds[kind].noun} or in their history.`,
          [{ pointer: '/remove', message: 'This does not appear in the texts: check the spelling' }],
        );
      }
      const publication: Publication = {
        ...publicationOf(record),
        redacted: { at: now().toISOString(), by: actorOf(principal), fields },
      };
      const written = await write(kind, { ...redacted, publication }, record.version, principal);
      c.header('ETag', etagOf(written.version));
      return c.json({ record: written, removedFrom: { fields, auditEvents } }, 200);
    });
  }
  return routes;
}
