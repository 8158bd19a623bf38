/**
 * The partnership item (one per deployment), its population baselines (one per year) and
 * the marker that says the table holds the demo partnership. See docs/data-model.md.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import {
  defaultSettings,
  withCurrentSettingNames,
  type Partnership,
  type PopulationBaseline,
  type StoredFields,
} from '@equal-partners/shared';
import { type ItemKeys, keyWord, withoutKeys } from '../table/keys.ts';
import { queryAll, type Store } from '../table/store.ts';
import type { RecordKind } from '../table/record-kinds.ts';

/** The version of this entity's key layout (docs/decisions/0017): bump it when its keys change. */
const layout = 1;

const partnershipWord = keyWord('PARTNERSHIP', layout);
export const partnershipKeys = (): ItemKeys => ({ pk: partnershipWord, sk: partnershipWord });

/** Every baseline shares one partition, so the years read in one query. */
export const baselinePartition = keyWord('BASELINE', layout);
export const baselineKeys = (b: Pick<PopulationBaseline, 'year'>): ItemKeys => ({
  pk: baselinePartition,
  sk: String(b.year),
});

/** Marks that the demo partnership was loaded, so a restart never loads it twice. */
export const demoMarkerKeys = (): ItemKeys => ({ pk: keyWord('META', layout), sk: 'DEMO_DATA' });

export const partnershipKind = {
  entity: 'partnership',
  idOf: () => 'partnership',
  keyOf: () => partnershipKeys() as { pk: string; sk: string },
  keys: () => partnershipKeys(),
} satisfies RecordKind<Partnership>;

export const baselineKind = {
  entity: 'baseline',
  idOf: (b) => String(b.year),
  keyOf: (id) => baselineKeys({ year: Number(id) }) as { pk: string; sk: string },
  keys: baselineKeys,
} satisfies RecordKind<PopulationBaseline>;

export interface PartnershipView extends Partnership, Partial<StoredFields> {
  /** Set when the table holds the fictional demo partnership, so every page can say so. */
  demoLabel?: string;
}

export async function getPartnership(store: Store): Promise<PartnershipView | undefined> {
  const result = await store.client.send(
    new BatchGetCommand({ RequestItems: { [store.tableName]: { Keys: [partnershipKeys(), demoMarkerKeys()] } } }),
  );
  const items = result.Responses?.[store.tableName] ?? [];
  const partnership = items.find((item) => item.pk === partnershipKeys().pk);
  if (!partnership) return undefined;
  const marker = items.find((item) => item.pk === demoMarkerKeys().pk);
  const stored = withoutKeys(partnership as Partnership);
  // A partnership saved before a setting existed reads with that setting's default, and one renamed since under its new name.
  return {
    ...stored,
    settings: { ...defaultSettings, ...withCurrentSettingNames(stored.settings) },
    ...(marker ? { demoLabel: String(marker.label) } : {}),
  };
}

/** Every year's population baseline, in one query of their shared partition. */
export async function listBaselines(store: Store): Promise<PopulationBaseline[]> {
  const items = await queryAll<PopulationBaseline>(store, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': baselinePartition },
  });
  return items.map((item) => withoutKeys(item));
}
