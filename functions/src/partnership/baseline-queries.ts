/** Population baselines: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { baselines } from './baseline-resource.ts';

export const baselineQueries = recordQueries(baselines);
