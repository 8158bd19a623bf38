/** Loads the demo partnership into a table once, and issues the demo sign-in accounts and API keys. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { generateApiKey } from '../../auth/api-keys.ts';
import { applyChanges } from '../../rollups/apply-changes.ts';
import { activityItem, batchPut, keys, signatoryItem, type Store } from '../../store/index.ts';
import { demoLabel, demoPartnership, type DemoUser } from './demo-partnership.ts';

export interface DemoCredentials {
  note: string;
  accounts: DemoUser[];
  apiKeys: { signatoryId: string; prefix: string; key: string }[];
}

/** Whether the demo partnership is already in the table. */
export async function demoLoaded(store: Store): Promise<boolean> {
  const { Item } = await store.client.send(new GetCommand({ TableName: store.tableName, Key: keys.demoMarker() }));
  return Item !== undefined;
}

/** Writes the demo partnership as of `today`. Returns the credentials to hand to the person running it. */
export async function loadDemoPartnership(store: Store, today: Date): Promise<DemoCredentials> {
  const demo = demoPartnership(today);
  const issued = demo.signatories.map((s) => ({ signatoryId: s.id, ...generateApiKey() }));
  const stamp = today.toISOString();
  const items: Record<string, unknown>[] = [
    { ...demo.partnership, ...keys.partnership(), entity: 'partnership' },
    { ...demo.baseline, ...keys.baseline(demo.baseline), entity: 'baseline' },
    ...demo.signatories.map(signatoryItem),
    ...demo.activities.map(activityItem),
    ...demo.loops.map((l) => ({ ...l, ...keys.feedbackLoop(l), entity: 'loop' })),
    ...demo.assessments.map((a) => ({ ...a, ...keys.assessment(a), entity: 'assessment' })),
    ...demo.challenges.map((c) => ({ ...c, ...keys.challenge(c), entity: 'challenge' })),
    ...demo.users.map((u) => ({
      ...u,
      enabled: true,
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: 'demo-seed',
      updatedBy: 'demo-seed',
      version: 1,
      ...keys.user(u),
      entity: 'user',
    })),
    ...issued.map(({ signatoryId, prefix, hash }) => ({
      ...keys.apiKey({ hash, signatoryId, prefix }),
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
    new PutCommand({ TableName: store.tableName, Item: { ...keys.demoMarker(), label: demoLabel, loadedAt: stamp } }),
  );
  return {
    note: `${demoLabel}. Local development only: these accounts and keys do not exist in a deployed build.`,
    accounts: demo.users,
    apiKeys: issued.map(({ signatoryId, prefix, key }) => ({ signatoryId, prefix, key })),
  };
}
