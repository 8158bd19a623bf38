/** Signatories: list, read, create, replace and delete as the pages and the API run them (../records/record-queries.ts). */
import { recordQueries } from '../records/record-queries.ts';
import { signatories } from './signatory-resource.ts';

export const signatoryQueries = recordQueries(signatories);
