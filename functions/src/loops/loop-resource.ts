/**
 * "You said, we did" loops in the collect API: their schemas, list filters (overdue among
 * them), the activities they link to and CSV import.
 */
import * as z from 'zod/mini';
import { defaultSettings, feedbackLoop, feedbackLoopInput, loopStatuses } from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import type { CsvImport } from '../imports/csv-import-queries.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { dateRange, listScope, signatoryFilter } from '../records/list-scope.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { listRecords, type RecordKind } from '../table/index.ts';
import { linkedActivityIssues } from './linked-activities.ts';
import { loopKind, loopList } from './loop-entity.ts';

/** A loop as answered, with the publication of its texts; `publishLoop` answers it too. */
export const feedbackLoopRecord = component('FeedbackLoop', feedbackLoop);

export const loops = {
  path: 'loops',
  tag: 'Feedback loops',
  noun: 'feedback loop',
  resource: 'loop',
  kind: loopKind as RecordKind<never>,
  schema: feedbackLoopInput,
  record: feedbackLoopRecord,
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
      ...listScope(q, loopList),
      from: q.from as string | undefined,
      to,
      equals: { status: q.status as string | undefined },
      absent: q.overdue === 'true' ? ['communicatedOn'] : [],
    });
  },
  references: ({ store }, loop, before, reads) => linkedActivityIssues(store, loop, before, reads),
} satisfies RecordResource<z.ZodMiniObject>;

export const loopImport: CsvImport = {
  path: 'loops',
  tag: 'Feedback loops',
  noun: 'feedback loop',
  resource: 'loop',
  kind: loopKind as RecordKind<never>,
  schema: feedbackLoopInput,
  references: ({ store }, loop, _before, reads) => linkedActivityIssues(store, loop, undefined, reads),
  mapKeys: () => ({}),
};
