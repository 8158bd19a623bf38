/**
 * Retention, run with the nightly reconcile: what a deleted record held leaves the audit
 * trail 30 days after its deletion (UK GDPR erasure), and items whose time to live has
 * passed are removed, as DynamoDB's TTL does in AWS and dynalite never does. See
 * docs/decisions/0013. The requests are the audit entity's (./audit-entity.ts).
 */
import type { Store } from '../table/index.ts';
import { deleteIfExpired, eraseTrailImages, findRetentionDue } from './audit-entity.ts';

/** Days the audit trail keeps what a deleted record held, so a mistaken deletion can still be put right. */
export const deletedRecordImageDays = 30;

export interface RetentionReport {
  /** Deleted records whose content left the audit trail in this run. */
  recordsErased: number;
  /** Audit events whose before and after images were removed. */
  imagesRemoved: number;
  /** Items past their time to live, removed. */
  expiredRemoved: number;
}

/** Applies the retention rules as of `now`; safe to run again, and to run while the API writes. */
export async function applyRetention(store: Store, now: Date = new Date()): Promise<RetentionReport> {
  const cutoff = new Date(now.getTime() - deletedRecordImageDays * 24 * 60 * 60 * 1000).toISOString();
  const { deletions, expired } = await findRetentionDue(store, cutoff, now);
  let imagesRemoved = 0;
  for (const deletion of deletions) imagesRemoved += await eraseTrailImages(store, deletion, now);
  for (const key of expired) await deleteIfExpired(store, key, now);
  return { recordsErased: deletions.length, imagesRemoved, expiredRemoved: expired.length };
}
