/** Opens the store for a process: the client, the table, and how changes are delivered. */
import { deliverChanges } from './changes/deliver-changes.ts';
import type { StoreConfig } from './config.ts';
import { createDocumentClient, type Store } from './table/index.ts';

export function openStore(config: StoreConfig): Store {
  const store: Store = { client: createDocumentClient(config), tableName: config.tableName };
  // In AWS the table's stream delivers changes to the aggregator; elsewhere we do it after each write.
  if (config.changeDelivery === 'inline') store.onChange = deliverChanges(store);
  return store;
}
