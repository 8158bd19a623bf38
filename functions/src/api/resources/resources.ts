/**
 * The record resources of the collect API: for each, its schema, how it is listed
 * (filters map onto the indexes in docs/data-model.md) and who it belongs to.
 */
import * as z from 'zod/mini';
import {
  activityInput,
  charterStanding,
  defaultSettings,
  assessmentInput,
  challengeInput,
  channels,
  feedbackLoopInput,
  loopStatuses,
  populationBaselineInput,
  signatoryInput,
  type Signatory,
} from '@equal-partners/shared';
import { getPartnership, keys, listRecords, queryPage, recordKinds, type RecordKind } from '../../store/index.ts';
import type { Action } from '../../auth/policy.ts';
import type { CsvImport } from '../routes/csv-import.ts';
import type { RecordResource } from './record-routes.ts';

const date = z.iso.date();
const signatoryFilter = z.optional(z.string().check(z.maxLength(64)));
const dateRange = {
  from: z.optional(date.check(z.describe('First date included, YYYY-MM-DD'))),
  to: z.optional(date.check(z.describe('Last date included, YYYY-MM-DD'))),
};

/**
 * Where a list lives: one signatory's records of a kind on gsi1, or the partnership's on
 * gsi2 (see docs/data-model.md), and the page the client asked for.
 */
function scope(
  q: { signatoryId?: unknown; cursor?: string | undefined; limit: number; order?: 'asc' | 'desc' },
  kind: string,
) {
  const page = { cursor: q.cursor, limit: q.limit, newestFirst: q.order === 'desc' };
  return q.signatoryId
    ? { index: 'gsi1' as const, partition: `SIGNATORY#${String(q.signatoryId)}#${kind}`, ...page }
    : { index: 'gsi2' as const, partition: kind, ...page };
}

export const activities: RecordResource<z.ZodMiniObject> = {
  path: 'activities',
  tag: 'Activities',
  noun: 'activity',
  resource: 'activity',
  kind: recordKinds.activity as RecordKind<never>,
  schema: activityInput,
  listQuery: z.object({ signatoryId: signatoryFilter, ...dateRange, channel: z.optional(z.enum(channels)) }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...scope(q, 'ACTIVITIES'),
      from: q.from as string | undefined,
      to: q.to as string | undefined,
      equals: { channel: q.channel as string | undefined },
    }),
};

export const loops: RecordResource<z.ZodMiniObject> = {
  path: 'loops',
  tag: 'Feedback loops',
  noun: 'feedback loop',
  resource: 'loop',
  kind: recordKinds.loop as RecordKind<never>,
  schema: feedbackLoopInput,
  listQuery: z.object({
    signatoryId: signatoryFilter,
    ...dateRange,
    status: z.optional(z.enum(loopStatuses)),
    overdue: z.optional(
      z
        .enum(['true', 'false'])
        .check(z.describe('Only loops not yet communicated back and older than the partnership’s loopDueDays')),
    ),
  }),
  list: async ({ store, today }, q) => {
    let to = q.to as string | undefined;
    if (q.overdue === 'true') {
      const dueDays = (await getPartnership(store))?.settings.loopDueDays ?? defaultSettings.loopDueDays;
      const cutoff = new Date(today().getTime() - (dueDays + 1) * 86_400_000).toISOString().slice(0, 10);
      to = to && to < cutoff ? to : cutoff;
    }
    return listRecords(store, {
      ...scope(q, 'LOOPS'),
      from: q.from as string | undefined,
      to,
      equals: { status: q.status as string | undefined },
      absent: q.overdue === 'true' ? ['communicatedOn'] : [],
    });
  },
};

export const assessments: RecordResource<z.ZodMiniObject> = {
  path: 'assessments',
  tag: 'Assessments',
  noun: 'assessment',
  resource: 'assessment',
  kind: recordKinds.assessment as RecordKind<never>,
  schema: assessmentInput,
  listQuery: z.object({
    signatoryId: signatoryFilter,
    period: z.optional(
      z.string().check(z.regex(/^\d{4}(-Q[1-4])?$/, 'Enter a year or a quarter, e.g. 2026 or 2026-Q2')),
    ),
    by: z.optional(z.enum(['self', 'reviewer'])),
  }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...scope(q, 'ASSESSMENTS'),
      ...(q.period ? { from: String(q.period), to: String(q.period) } : {}),
      equals: { by: q.by as string | undefined },
    }),
};

const challengeFields = {
  respond: ['response', 'respondedOn'],
  close: ['closure', 'closedOn'],
} as const;

export const challenges: RecordResource<z.ZodMiniObject> = {
  path: 'challenges',
  tag: 'Challenges',
  noun: 'challenge',
  resource: 'challenge',
  kind: recordKinds.challenge as RecordKind<never>,
  schema: challengeInput,
  listQuery: z.object({ signatoryId: signatoryFilter, ...dateRange }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...scope(q, 'CHALLENGES'),
      from: q.from as string | undefined,
      to: q.to as string | undefined,
    }),
  /** Answering is the signatory's; raising, editing and closing are the reviewer's. */
  replaceActions: (before, after) => {
    const changed = (field: string) => JSON.stringify(before[field]) !== JSON.stringify(after[field]);
    const actions: Action[] = [];
    if (challengeFields.respond.some(changed)) actions.push('respond');
    if (challengeFields.close.some(changed)) actions.push('close');
    const other = Object.keys({ ...before, ...after }).filter(
      (f) =>
        ![...challengeFields.respond, ...challengeFields.close].includes(f as never) &&
        !['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version', 'publication'].includes(f),
    );
    if (other.some(changed)) actions.push('update');
    return actions.length > 0 ? actions : ['update'];
  },
};

export const signatories: RecordResource<z.ZodMiniObject> = {
  path: 'signatories',
  tag: 'Signatories',
  noun: 'signatory',
  resource: 'signatory',
  kind: recordKinds.signatory as RecordKind<never>,
  schema: signatoryInput,
  listQuery: z.object({ sector: z.optional(z.string().check(z.maxLength(40))) }),
  list: ({ store }, q) =>
    listRecords(store, {
      index: 'gsi1',
      partition: keys.signatory({ id: '' }).gsi1pk!,
      equals: { sector: q.sector as string | undefined },
      cursor: q.cursor,
      limit: q.limit,
      newestFirst: q.order === 'desc',
    }),
  target: () => ({}),
  /**
   * A signatory with records stays: deleting it would leave its activities, loops,
   * assessments, challenges and API keys pointing at nothing; it is marked inactive instead.
   */
  deleteRefusal: async ({ store }, record) => {
    const kinds = {
      ACTIVITIES: 'activities',
      LOOPS: 'feedback loops',
      ASSESSMENTS: 'assessments',
      CHALLENGES: 'challenges',
      APIKEYS: 'API keys',
    };
    const pages = await Promise.all(
      Object.keys(kinds).map((kind) =>
        listRecords(store, { index: 'gsi1', partition: `SIGNATORY#${String(record.id)}#${kind}`, limit: 1 }),
      ),
    );
    const held = Object.values(kinds).filter((_, i) => pages[i]!.items.length > 0);
    if (held.length === 0) return undefined;
    const list = held.length === 1 ? held[0] : `${held.slice(0, -1).join(', ')} and ${held.at(-1)}`;
    return `${String(record.name)} has ${list} on record, which would be left pointing at no organisation. To show that it no longer takes part, mark it inactive: its records stay in the partnership's history.`;
  },
  /** The status as of today: an award past its expiry reads `lapsed`; an award's expiry comes with it. */
  view: (record, _principal, today) => {
    const { status, expiresOn } = charterStanding(record as unknown as Signatory, today);
    return { ...record, charterStatus: status, ...(expiresOn ? { awardExpiresOn: expiresOn } : {}) };
  },
};

export const baselines: RecordResource<z.ZodMiniObject> = {
  path: 'baselines',
  tag: 'Population baselines',
  noun: 'population baseline',
  resource: 'baseline',
  kind: recordKinds.baseline as RecordKind<never>,
  schema: populationBaselineInput,
  listQuery: z.object({}),
  list: ({ store }, q) =>
    queryPage(
      store,
      {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.baseline({ year: 0 }).pk },
        ScanIndexForward: q.order !== 'desc',
      },
      { cursor: q.cursor, limit: q.limit },
    ),
  target: () => ({}),
};

export const activityImport: CsvImport = {
  path: 'activities',
  tag: 'Activities',
  noun: 'activity',
  resource: 'activity',
  kind: recordKinds.activity as RecordKind<never>,
  schema: activityInput,
  mapKeys: (known) => ({ 'participants.groups': [...known.groups] }),
};

export const loopImport: CsvImport = {
  path: 'loops',
  tag: 'Feedback loops',
  noun: 'feedback loop',
  resource: 'loop',
  kind: recordKinds.loop as RecordKind<never>,
  schema: feedbackLoopInput,
  mapKeys: () => ({}),
};
