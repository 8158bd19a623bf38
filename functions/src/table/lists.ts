/**
 * The list queries behind the API's list endpoints. Each list is one query on an
 * index (see docs/data-model.md): by signatory on gsi1, across the partnership on gsi2,
 * in sort-key order (dates first, so date ranges are key conditions, not filters).
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { queryPage, type Page } from './pages.ts';
import type { Store } from './store.ts';

export interface ListRequest {
  /** `gsi1` lists one signatory's records, `gsi2` the partnership's. */
  index: 'gsi1' | 'gsi2';
  partition: string;
  /** Inclusive sort-key prefix range, e.g. dates `2026-01-01` .. `2026-03-31`. */
  from?: string | undefined;
  to?: string | undefined;
  /** Attribute equality filters, applied after the key condition. */
  equals?: Record<string, string | number | boolean | undefined>;
  /** Attributes that must be absent. */
  absent?: string[];
  /** A filter of the entity's own, ANDed with the others (its names and values must not start with `e` or `a` and a digit). */
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> } | undefined;
  cursor?: string | undefined;
  limit: number;
  /** Newest first: the sort key descending (dates last to first). */
  newestFirst?: boolean | undefined;
}

export function listRecords<T>(store: Store, request: ListRequest): Promise<Page<T>> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':pk': request.partition };
  let keyCondition = `${request.index}pk = :pk`;
  const sortKey = `${request.index}sk`;
  // An open end is left out of the key condition, never sent as an empty string:
  // DynamoDB refuses an empty string as a key value (dynalite accepted it).
  const from = request.from || undefined;
  // '~' sorts after every character used in keys, so the whole `to` prefix is included.
  const to = request.to !== undefined ? `${request.to}~` : undefined;
  if (from !== undefined && to !== undefined) {
    // A range that ends before it starts holds nothing (DynamoDB refuses to query it).
    if (to < from) return Promise.resolve({ items: [] });
    keyCondition += ` AND ${sortKey} BETWEEN :from AND :to`;
    values[':from'] = from;
    values[':to'] = to;
  } else if (from !== undefined) {
    keyCondition += ` AND ${sortKey} >= :from`;
    values[':from'] = from;
  } else if (to !== undefined) {
    keyCondition += ` AND ${sortKey} <= :to`;
    values[':to'] = to;
  }
  const conditions: string[] = [];
  Object.entries(request.equals ?? {}).forEach(([attribute, value], i) => {
    if (value === undefined) return;
    names[`#e${i}`] = attribute;
    values[`:e${i}`] = value;
    conditions.push(`#e${i} = :e${i}`);
  });
  (request.absent ?? []).forEach((attribute, i) => {
    names[`#a${i}`] = attribute;
    conditions.push(`attribute_not_exists(#a${i})`);
  });
  if (request.filter) {
    conditions.push(`(${request.filter.expression})`);
    Object.assign(names, request.filter.names);
    Object.assign(values, request.filter.values);
  }
  const input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'> = {
    IndexName: request.index,
    KeyConditionExpression: keyCondition,
    ExpressionAttributeValues: values,
    ...(request.newestFirst ? { ScanIndexForward: false } : {}),
    ...(conditions.length > 0 ? { FilterExpression: conditions.join(' AND ') } : {}),
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
  };
  return queryPage<T>(store, input, { cursor: request.cursor, limit: request.limit });
}

/** Every record of a list, following its pages to the end. */
export async function listAllRecords<T>(store: Store, request: Omit<ListRequest, 'cursor' | 'limit'>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecords<T>(store, { ...request, cursor, limit: 500 });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
