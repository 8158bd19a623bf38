/** Challenges: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { challenges } from './challenge-resource.ts';

export const challengeQueries = recordQueries(challenges);
