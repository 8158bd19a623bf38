/** Feedback loops: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { loops } from './loop-resource.ts';

export const loopQueries = recordQueries(loops);
