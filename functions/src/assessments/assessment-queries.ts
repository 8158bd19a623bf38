/** Assessments: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { assessments } from './assessment-resource.ts';

export const assessmentQueries = recordQueries(assessments);
