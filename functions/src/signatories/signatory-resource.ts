/** Signatories in the collect API: their schemas, list filter, charter status and when one may not be deleted. */
import * as z from 'zod/mini';
import {
  charterStanding,
  charterStatuses,
  isoDate,
  isPublished,
  signatory,
  signatoryInput,
  type Principal,
  type Signatory,
  type StatusChange,
} from '@equal-partners/shared';
import { activityList } from '../activities/activity-entity.ts';
import { assessmentList } from '../assessments/assessment-entity.ts';
import { challengeList } from '../challenges/challenge-entity.ts';
import { component } from '../http/openapi/routes.ts';
import { apiKeyList } from '../identity/api-key-entity.ts';
import { loopList } from '../loops/loop-entity.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { listRecords, type RecordKind } from '../table/index.ts';
import { guardAward } from './award-guard.ts';
import { signatoryKind, signatoryList, signatoryRecords } from './signatory-entity.ts';

/** A signatory as answered: its charter status as of today, and when an award lapses. */
const signatoryRecord = component(
  'Signatory',
  z.extend(signatory, {
    charterStatus: z.enum(charterStatuses).check(z.describe('As of today: an award past its expiry reads `lapsed`')),
    awardExpiresOn: z.optional(
      isoDate.check(z.describe('The day the award lapses (or lapsed) unless renewed; with an award only')),
    ),
  }),
);

/**
 * What the public may read of a signatory: the award's reason only once checked
 * (docs/decisions/0402), and its status history without the reasons, which the register
 * shows for the current award once checked. Signed-in readers see them all.
 */
function forReader(record: Record<string, unknown>, principal: Principal): Record<string, unknown> {
  if (principal.kind !== 'public') return record;
  const { awardReason, statusHistory, ...rest } = record;
  const history = (statusHistory as StatusChange[] | undefined)?.map(({ reason: _reason, ...change }) => change);
  return {
    ...rest,
    ...(awardReason !== undefined && isPublished(record) ? { awardReason } : {}),
    ...(history ? { statusHistory: history } : {}),
  };
}

export const signatories = {
  path: 'signatories',
  tag: 'Signatories',
  noun: 'signatory',
  resource: 'signatory',
  kind: signatoryKind as RecordKind<never>,
  schema: signatoryInput,
  record: signatoryRecord,
  listQuery: z.object({ sector: z.optional(z.string().check(z.maxLength(40))) }),
  list: ({ store }, q) =>
    listRecords(store, {
      index: 'gsi1',
      partition: signatoryList,
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
      [activityList]: 'activities',
      [loopList]: 'feedback loops',
      [assessmentList]: 'assessments',
      [challengeList]: 'challenges',
      [apiKeyList]: 'API keys',
    };
    const pages = await Promise.all(
      Object.keys(kinds).map((kind) =>
        listRecords(store, { index: 'gsi1', partition: signatoryRecords(String(record.id), kind), limit: 1 }),
      ),
    );
    const held = Object.values(kinds).filter((_, i) => pages[i]!.items.length > 0);
    if (held.length === 0) return undefined;
    const list = held.length === 1 ? held[0] : `${held.slice(0, -1).join(', ')} and ${held.at(-1)}`;
    return `${String(record.name)} has ${list} on record, which would be left pointing at no organisation. To show that it no longer takes part, mark it inactive: its records stay in the partnership's history.`;
  },
  /** An award against the criteria needs a reason; the status history is the server's (./award-guard.ts). */
  prepare: guardAward,
  /** The status as of today: an award past its expiry reads `lapsed`; an award's expiry comes with it. */
  view: (record, principal, today) => {
    const { status, expiresOn } = charterStanding(record as unknown as Signatory, today);
    const derived = {
      charterStatus: status,
      ...(expiresOn ? { awardExpiresOn: expiresOn } : {}),
    } satisfies Pick<z.output<typeof signatoryRecord>, 'charterStatus' | 'awardExpiresOn'>;
    return { ...forReader(record, principal), ...derived };
  },
} satisfies RecordResource<z.ZodMiniObject>;
