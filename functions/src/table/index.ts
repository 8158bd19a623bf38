/** The data layer: DynamoDB access for every record, endpoint-agnostic (AWS, dynalite, DynamoDB Local). */
export * from './store.ts';
export * from './client.ts';
export * from './tables.ts';
export * from './table-definition.ts';
export * from './keys.ts';
export * from './changes.ts';
export * from './record-kinds.ts';
export * from './records.ts';
export * from './pages.ts';
export * from './lists.ts';
export * from './bounded.ts';
