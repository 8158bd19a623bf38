/**
 * Who changed what and when, for board admins, as the pages and the API read it: one
 * record's audit trail, and every change since a time (for exports). The routes
 * (./audit-routes.ts) only read the request and answer.
 */
import * as z from 'zod/mini';
import type { Principal } from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { validationProblem } from '../http/problem.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { auditTrail, changesSince, type AuditEvent } from './audit-events.ts';

export type { AuditEvent } from './audit-events.ts';

/** Whose trail: the kind of record and its id. */
export const auditTrailInput = z.object({
  entity: z.enum([
    'signatory',
    'activity',
    'loop',
    'assessment',
    'challenge',
    'baseline',
    'partnership',
    // The inspection evidence packs made for a period (the period's key as the id).
    'evidence-pack',
    // An activity's feedback link switched on or off, and its answers voided (the activity's id as the id).
    'feedback',
  ]),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
});

/** From when: an ISO 8601 UTC timestamp. */
export const changesInput = z.object({
  since: z.iso.datetime({ message: 'Enter a time as an ISO 8601 UTC timestamp' }),
});

/** Every change of one record, oldest first; empty for a record that never existed. */
export async function readAuditTrail(
  deps: Pick<QueryDeps, 'store'>,
  principal: Principal,
  input: z.input<typeof auditTrailInput>,
): Promise<{ items: AuditEvent[] }> {
  const parsed = auditTrailInput.safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'path');
  requireAllowed(principal, 'read', 'audit', {});
  return { items: await auditTrail(deps.store, parsed.data.entity, parsed.data.id) };
}

/** Every change from `since` on, oldest first, up to now (or the day the deployment is set to, if later). */
export async function readChanges(
  deps: Pick<QueryDeps, 'store' | 'today' | 'now'>,
  principal: Principal,
  input: z.input<typeof changesInput>,
): Promise<{ items: AuditEvent[] }> {
  const parsed = changesInput.safeParse(input);
  if (!parsed.success) throw validationProblem(parsed.error.issues, 'query');
  requireAllowed(principal, 'read', 'audit', {});
  const until = new Date(Math.max(deps.now().getTime(), deps.today().getTime()));
  return { items: await changesSince(deps.store, parsed.data.since, until) };
}
