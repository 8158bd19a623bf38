/** The audit event item: one per change of a record. See docs/data-model.md. */
import { type ItemKeys, keyWord } from '../table/keys.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

export interface AuditEventKey {
  entity: string;
  id: string;
  at: string;
  version: number;
  action: string;
}

/** The partition of one record's trail. */
export const auditTrailPartition = (entity: string, id: string): string =>
  `${keyWord('AUDIT', layout)}#${entity}#${id}`;

/** The gsi1 partition listing every change of a month (`YYYY-MM`), for exports. */
export const changesOfMonth = (month: string): string => `${keyWord('CHANGES', layout)}#${month}`;

/** The gsi1 keys list every change by month, for exports. */
export const auditEventKeys = (e: AuditEventKey): ItemKeys => ({
  pk: auditTrailPartition(e.entity, e.id),
  sk: `${e.at}#v${String(e.version).padStart(6, '0')}#${e.action}`,
  gsi1pk: changesOfMonth(e.at.slice(0, 7)),
  gsi1sk: `${e.at}#${e.entity}#${e.id}`,
});
