/** Loads the demo partnership into a table once, and issues the demo sign-in accounts and API keys. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { generateApiKey } from '../../identity/api-keys.ts';
import { applyChanges } from '../../rollups/apply-changes.ts';
import { batchPut, type Store } from '../../table/index.ts';
import { demoLabel, demoPartnership, type DemoUser } from './demo-partnership.ts';
import { activityItem } from '../../activities/activity-entity.ts';
import { signatoryItem } from '../../signatories/signatory-entity.ts';
import { baselineKeys, demoMarkerKeys, partnershipKeys } from '../../partnership/partnership-entity.ts';
import { loopKeys } from '../../loops/loop-entity.ts';
import { challengeKeys } from '../../challenges/challenge-entity.ts';
import { assessmentKeys } from '../../assessments/assessment-entity.ts';
import { apiKeyKeys } from '../../identity/api-key-entity.ts';
import { userKeys } from '../../identity/user-entity.ts';

export interface DemoCredentials {
  note: string;
  accounts: DemoUser[];
  apiKeys: { signatoryId: string; prefix: string; key: string }[];
}

/** Whether the demo partnership is already in the table. */
export async function demoLoaded(store: Store): Promise<boolean> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.tableName, Key: demoMarkerKeys() }));
  return Item !== undefined;
}

/** Writes the demo partnership as of `today`. Returns the credentials to hand to the person running it. */
export async function loadDemoPartnership(store: Store, today: Date): Promise<DemoCredentials> {
  const demo = demoPartnership(today);
  const issued = demo.signatories.map((s) => ({ signatoryId: s.id, ...generateApiKey() }));
  const stamp = today.toISOString();
  const items: Record<string, unknown>[] = [
    { ...demo.partnership, ...partnershipKeys(), entity: 'partnership' },
    { ...demo.baseline, ...baselineKeys(demo.baseline), entity: 'baseline' },
    ...demo.signatories.map(signatoryItem),
    ...demo.activities.map(activityItem),
    ...demo.loops.map((l) => ({ ...l, ...loopKeys(l), entity: 'loop' })),
    ...demo.assessments.map((a) => ({ ...a, ...assessmentKeys(a), entity: 'assessment' })),
    ...demo.challenges.map((c) => ({ ...c, ...challengeKeys(c), entity: 'challenge' })),
    ...demo.users.map((u) => ({
      ...u,
      enabled: true,
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: 'demo-seed',
      updatedBy: 'demo-seed',
      version: 1,
      ...userKeys(u),
      entity: 'user',
    })),
    ...issued.map(({ signatoryId, prefix, hash }) => ({
      ...apiKeyKeys({ hash, signatoryId, prefix }),
      entity: 'api-key',
      signatoryId,
      prefix,
      label: 'Demo key',
      createdAt: stamp,
      createdBy: 'demo-seed',
      revoked: false,
    })),
  ];
  await batchPut(store, items);
  // Written in bulk, so the rollups are computed here rather than after each write.
  await applyChanges(
    store,
    items.map((item) => ({ keys: { pk: String(item.pk), sk: String(item.sk) }, newImage: item })),
    { now: () => today },
  );
  // The marker goes last: a load cut off half way is retried in full on the next start.
  await store.client.send(
    new PutCommand({ TableName: store.tableName, Item: { ...demoMarkerKeys(), label: demoLabel, loadedAt: stamp } }),
  );
  return {
    note: `${demoLabel}. Local development only: these accounts and keys do not exist in a deployed build.`,
    accounts: demo.users,
    apiKeys: issued.map(({ signatoryId, prefix, key }) => ({ signatoryId, prefix, key })),
  };
}
