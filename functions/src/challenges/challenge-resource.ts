/** Challenges in the collect API: their schemas, list filters and who may change which fields. */
import * as z from 'zod/mini';
import { challenge, challengeInput, type Action } from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import { dateRange, listScope, signatoryFilter } from '../records/list-scope.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { listRecords, type RecordKind } from '../table/index.ts';
import { challengeKind, challengeList } from './challenge-entity.ts';

/** Fields by path: the Welsh of a text (`cy.response`) goes with its English. */
const challengeFields = {
  respond: ['response', 'respondedOn', 'cy.response'],
  close: ['closure', 'closedOn'],
} as const;

/** The paths of a challenge's fields, the Welsh texts' each on its own (`cy.text`). */
const pathsOf = (record: Record<string, unknown>) =>
  Object.entries(record).flatMap(([field, value]) =>
    field === 'cy' && typeof value === 'object' && value !== null
      ? Object.keys(value).map((welsh) => `cy.${welsh}`)
      : [field],
  );

const valueAt = (record: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

/** A challenge as answered, with the publication of its texts. */
export const challengeRecord = component('Challenge', challenge);

export const challenges = {
  path: 'challenges',
  tag: 'Challenges',
  noun: 'challenge',
  resource: 'challenge',
  kind: challengeKind as RecordKind<never>,
  schema: challengeInput,
  record: challengeRecord,
  listQuery: z.object({ signatoryId: signatoryFilter, ...dateRange }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...listScope(q, challengeList),
      from: q.from as string | undefined,
      to: q.to as string | undefined,
    }),
  /** Answering is the signatory's; raising, editing and closing are the reviewer's. */
  replaceActions: (before, after) => {
    const changed = (path: string) => JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path));
    const actions: Action[] = [];
    if (challengeFields.respond.some(changed)) actions.push('respond');
    if (challengeFields.close.some(changed)) actions.push('close');
    const other = [...pathsOf(before), ...pathsOf(after)].filter(
      (f) =>
        ![...challengeFields.respond, ...challengeFields.close].includes(f as never) &&
        !['createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'version', 'publication'].includes(f),
    );
    if (other.some(changed)) actions.push('update');
    return actions.length > 0 ? actions : ['update'];
  },
} satisfies RecordResource<z.ZodMiniObject>;
