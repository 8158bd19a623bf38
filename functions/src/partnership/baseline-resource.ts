/** Population baselines in the collect API: the population each signatory serves, per year. */
import * as z from 'zod/mini';
import { populationBaseline, populationBaselineInput } from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import type { RecordResource } from '../records/record-queries.ts';
import { queryPage, type RecordKind } from '../table/index.ts';
import { baselineKind, baselinePartition } from './partnership-entity.ts';

export const baselines = {
  path: 'baselines',
  tag: 'Population baselines',
  noun: 'population baseline',
  resource: 'baseline',
  kind: baselineKind as RecordKind<never>,
  schema: populationBaselineInput,
  record: component('PopulationBaseline', populationBaseline),
  listQuery: z.object({}),
  list: ({ store }, q) =>
    queryPage(
      store,
      {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': baselinePartition },
        ScanIndexForward: q.order !== 'desc',
      },
      { cursor: q.cursor, limit: q.limit },
    ),
  target: () => ({}),
} satisfies RecordResource<z.ZodMiniObject>;
