/** Rollups: the pre-aggregated figures every metric query reads, recomputed from raw records on every change. */
export * from './apply-changes.ts';
export * from './recompute.ts';
export * from './rollup-items.ts';
export * from './read-rollups.ts';
