/** Assessments in the collect API: their schemas and list filters. */
import * as z from 'zod/mini';
import { assessment, assessmentInput } from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import { listScope, signatoryFilter } from '../records/list-scope.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { listRecords, type RecordKind } from '../table/index.ts';
import { assessmentKind, assessmentList } from './assessment-entity.ts';

export const assessments = {
  path: 'assessments',
  tag: 'Assessments',
  noun: 'assessment',
  resource: 'assessment',
  kind: assessmentKind as RecordKind<never>,
  schema: assessmentInput,
  record: component('Assessment', assessment),
  listQuery: z.object({
    signatoryId: signatoryFilter,
    period: z.optional(
      z.string().check(z.regex(/^\d{4}(-Q[1-4])?$/, 'Enter a year or a quarter, e.g. 2026 or 2026-Q2')),
    ),
    by: z.optional(z.enum(['self', 'reviewer'])),
  }),
  list: ({ store }, q) =>
    listRecords(store, {
      ...listScope(q, assessmentList),
      ...(q.period ? { from: String(q.period), to: String(q.period) } : {}),
      equals: { by: q.by as string | undefined },
    }),
} satisfies RecordResource<z.ZodMiniObject>;
