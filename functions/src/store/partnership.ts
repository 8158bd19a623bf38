/** The partnership record (one per deployment), and whether the table holds the demo partnership. */
import { defaultSettings, type Partnership, type StoredFields } from '@equal-partners/shared';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { keys, withoutKeys } from './keys.ts';
import type { Store } from './store.ts';

export interface PartnershipView extends Partnership, Partial<StoredFields> {
  /** Set when the table holds the fictional demo partnership, so every page can say so. */
  demoLabel?: string;
}

export async function getPartnership(store: Store): Promise<PartnershipView | undefined> {
  const result = await store.client.send(
    new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: [keys.partnership(), keys.demoMarker()] } } }),
  );
  const items = result.Responses?.[store.tableName] ?? [];
  const partnership = items.find((item) => item.pk === keys.partnership().pk);
  if (!partnership) return undefined;
  const marker = items.find((item) => item.pk === keys.demoMarker().pk);
  const stored = withoutKeys(partnership as Partnership);
  // A partnership saved before a setting existed reads with that setting's default.
  return {
    ...stored,
    settings: { ...defaultSettings, ...stored.settings },
    ...(marker ? { demoLabel: String(marker.label) } : {}),
  };
}
