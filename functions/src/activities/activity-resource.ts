/** Activities in the collect API: their schemas, list filters and CSV import. */
import * as z from 'zod/mini';
import { activity, activityInput, channels } from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import type { CsvImport } from '../imports/csv-import-queries.ts';
import { dateRange, listScope, signatoryFilter } from '../records/list-scope.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { listRecords, type RecordKind } from '../table/index.ts';
import { activityKind, activityList } from './activity-entity.ts';

export const activities = {
  path: 'activities',
  tag: 'Activities',
  noun: 'activity',
  resource: 'activity',
  kind: activityKind as RecordKind<never>,
  schema: activityInput,
  record: component('Activity', activity),
  listQuery: z.object({ signatoryId: signatoryFilter, ...dateRange, channel: z.optional(z.enum(channels)) }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...listScope(q, activityList),
      from: q.from as string | undefined,
      to: q.to as string | undefined,
      equals: { channel: q.channel as string | undefined },
    }),
} satisfies RecordResource<z.ZodMiniObject>;

export const activityImport: CsvImport = {
  path: 'activities',
  tag: 'Activities',
  noun: 'activity',
  resource: 'activity',
  kind: activityKind as RecordKind<never>,
  schema: activityInput,
  mapKeys: (known) => ({ 'participants.groups': [...known.groups] }),
};
