/** Activities: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { activities } from './activity-resource.ts';

export const activityQueries = recordQueries(activities);
