/**
 * What each function may do with the table: the DynamoDB actions its code sends and the
 * indexes it queries, and nothing else (docs/decisions/0210). The constructs grant these
 * through `AppFunction.bindTable`; cdk/test/grants-match-code.test.ts bundles each function
 * and checks that the stack grants exactly what its code calls.
 */
import type { globalIndexes } from '@equal-partners/functions/store/table-definition';

/** The table's actions a function may be granted; creating, changing or deleting the table is none of them. */
export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:Scan'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:ConditionCheckItem'
  | 'dynamodb:DescribeTable';

export type IndexName = (typeof globalIndexes)[number]['indexName'];

export interface TableGrants {
  /** Granted on the table itself. */
  actions: readonly TableAction[];
  /** The indexes the function queries: granted `dynamodb:Query` on each, which `actions` must then hold. */
  indexes: readonly IndexName[];
}

/** The API and its middleware: records, rollups, API keys, users, idempotency records, the health probe. */
const api: TableGrants = {
  actions: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:DescribeTable',
  ],
  indexes: ['gsi1', 'gsi2'],
};

export const tableGrants = {
  api,
  /**
   * Pages run the queries the API's routes run (docs/decisions/0016), with server-side
   * sessions and token revocations (get, put, update, delete); unlike the API, no health
   * probe (`DescribeTable`) and no idempotency records of their own.
   */
  web: {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    indexes: ['gsi1', 'gsi2'],
  },
  /** Audit events (put), rollups (guarded update), and the raw records a rollup is computed from. */
  aggregator: {
    actions: ['dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
    indexes: ['gsi1'],
  },
  /**
   * The reconcile and the retention rules read the whole table, the only function that
   * scans; an import reads its parts and the records it writes, and writes, changes or
   * deletes them.
   */
  jobs: {
    actions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ],
    indexes: ['gsi1', 'gsi2'],
  },
} as const satisfies Record<string, TableGrants>;
