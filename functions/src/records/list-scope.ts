/**
 * The list filters the record resources share, and where a list lives: one signatory's
 * records of a kind on gsi1, or the partnership's on gsi2 (see docs/data-model.md).
 */
import * as z from 'zod/mini';
import { signatoryRecords } from '../signatories/signatory-entity.ts';

const date = z.iso.date();

/** `?signatoryId=`: one signatory's records only. */
export const signatoryFilter = z.optional(z.string().check(z.maxLength(64)));

/** `?from=&to=`: records dated in a range of days. */
export const dateRange = {
  from: z.optional(date.check(z.describe('First date included, YYYY-MM-DD'))),
  to: z.optional(date.check(z.describe('Last date included, YYYY-MM-DD'))),
};

/** The index and partition of a list, and the page the client asked for. */
export function listScope(
  q: { signatoryId?: unknown; cursor?: string | undefined; limit: number; order?: 'asc' | 'desc' },
  kind: string,
) {
  const page = { cursor: q.cursor, limit: q.limit, newestFirst: q.order === 'desc' };
  return q.signatoryId
    ? { index: 'gsi1' as const, partition: signatoryRecords(String(q.signatoryId), kind), ...page }
    : { index: 'gsi2' as const, partition: kind, ...page };
}
