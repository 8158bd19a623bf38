/**
 * Plays the outside user: reads the OpenAPI document for every operation anyone may
 * call without signing in, asks each for every value of every query parameter it
 * accepts (every period, custom range, filter and sector), and keeps what the
 * answers publish about people. An operation or a parameter it does not know how to
 * ask for fails the harvest, so a new public query form cannot slip past the attack.
 */
import { addMonths, channels, audiences, monthRange, sectors } from '@equal-partners/shared';
import {
  metricsAnswerObservations,
  overviewFileObservations,
  seriesFileObservations,
  type Observation,
} from './observations.ts';
import type { PublishedRules } from './published-bounds.ts';

type Json = Record<string, unknown>;

/** How the harvest reads each public operation: an answer of metrics, a CSV file, or nothing about people. */
const readers = {
  '/api/v1/public/metrics/signatories/{id}': 'signatory',
  '/api/v1/public/metrics/partnership': 'partnership',
  '/api/v1/public/metrics/partnership.csv': 'overview-file',
  '/api/v1/public/metrics/signatories/{id}/months.csv': 'series-file',
  '/api/v1/public/metrics/signatories/{id}/quarters.csv': 'series-file',
  // Records and settings hold no counts of people; activity counts are not counts of people.
  '/api/v1/public/signatories/{id}/loops': 'none',
  '/api/v1/public/signatories/{id}/challenges': 'none',
  '/api/v1/partnership': 'none',
  '/api/v1/signatories': 'none',
  '/api/v1/signatories/{id}': 'none',
  '/api/v1/baselines': 'none',
  '/api/v1/baselines/{id}': 'none',
  '/api/v1/metrics/partnership/activities-by-month': 'none',
  '/api/v1/activities:import-template': 'none',
  '/api/v1/loops:import-template': 'none',
  '/api/dev/accounts': 'none',
  '/api/health': 'none',
} as const;

/** Parameters that only order or page an answer, never change which people it counts. */
const orderingParameters = new Set(['sort', 'order', 'cursor', 'limit', 'page', 'q', 'status']);

export interface HarvestRequest {
  /** Calls the API as someone who has not signed in. */
  get(path: string): Promise<Response>;
  signatoryIds: readonly string[];
  sectorOf: Readonly<Record<string, string>>;
  /** This month, `YYYY-MM`: custom ranges and filters are asked for the 24 months to it. */
  thisMonth: string;
  rules: PublishedRules;
}

export interface Harvest {
  observations: Observation[];
  /** Requests answered 200, and refused (4xx), by operation. */
  answered: Record<string, number>;
  refused: Record<string, number>;
}

interface Operation {
  path: string;
  parameters: { name: string; in: string; values?: readonly string[] }[];
}

/** GET operations that need no credentials. */
export function publicOperations(document: Json): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>;
  const globalSecurity = (document.security ?? []) as unknown[];
  return Object.entries(paths).flatMap(([path, methods]) => {
    const get = methods.get;
    if (!get) return [];
    const security = (get.security ?? globalSecurity) as unknown[];
    if (security.length > 0 && !security.some((s) => Object.keys(s as Json).length === 0)) return [];
    const parameters = ((get.parameters ?? []) as Json[]).map((p) => {
      const schema = (p.schema ?? {}) as Json;
      return { name: String(p.name), in: String(p.in), values: schema.enum as string[] | undefined };
    });
    return [{ path, parameters }];
  });
}

/** Every named period whose months touch `months`: months, quarters, financial quarters, years, financial years. */
function namedPeriods(months: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    const mon = Number(month.slice(5, 7));
    const fy = mon >= 4 ? year : year - 1;
    keys.add(month);
    keys.add(`${year}-Q${Math.floor((mon - 1) / 3) + 1}`);
    keys.add(`FY${fy}-Q${Math.floor(((mon + 8) % 12) / 3) + 1}`);
    keys.add(String(year));
    keys.add(`FY${fy}`);
  }
  return [...keys];
}

/** The query strings to ask an operation for, from the parameters it declares. */
function queries(operation: Operation, request: HarvestRequest): string[] {
  const names = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of names) {
    if (!orderingParameters.has(name) && !['period', 'from', 'to', 'channel', 'audience', 'sector'].includes(name)) {
      throw new Error(
        `The public operation ${operation.path} takes a query parameter the attack does not ask: ${name}`,
      );
    }
  }
  const recent = monthRange(addMonths(request.thisMonth, -23), request.thisMonth);
  const periods = names.has('period')
    ? ['', ...namedPeriods(monthRange(addMonths(request.thisMonth, -35), request.thisMonth))]
    : [''];
  const out = periods.map((p) => (p ? `period=${p}` : ''));
  if (names.has('from') && names.has('to')) {
    for (const from of recent) for (const to of recent) if (from <= to) out.push(`from=${from}&to=${to}`);
  }
  const monthly = names.has('period') ? recent.map((m) => `period=${m}`) : [''];
  for (const [name, values] of [
    ['channel', channels],
    ['audience', audiences],
  ] as const) {
    if (names.has(name)) for (const value of values) for (const p of monthly) out.push(`${p}&${name}=${value}`);
  }
  if (names.has('sector'))
    for (const sector of sectors) for (const p of periods) out.push(`${p ? `period=${p}&` : ''}sector=${sector}`);
  return out.map((q) => q.replace(/^&/, ''));
}

/** Runs `tasks` with at most `limit` at once. */
export async function inPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** Asks every public operation for every query form it accepts, and keeps what the answers publish. */
export async function harvest(document: Json, request: HarvestRequest): Promise<Harvest> {
  const result: Harvest = { observations: [], answered: {}, refused: {} };
  const all = request.signatoryIds;
  const tasks: (() => Promise<void>)[] = [];
  for (const operation of publicOperations(document)) {
    const reader = readers[operation.path as keyof typeof readers];
    if (!reader) throw new Error(`A public operation the attack does not know how to read: GET ${operation.path}`);
    if (reader === 'none') continue;
    const ids = operation.path.includes('{id}') ? all : [undefined];
    for (const id of ids) {
      for (const query of queries(operation, request)) {
        const path = `${operation.path.replace('{id}', encodeURIComponent(id ?? ''))}${query ? `?${query}` : ''}`;
        tasks.push(async () => {
          const response = await request.get(path);
          if (response.status !== 200) {
            if (response.status >= 500 || response.status === 429)
              throw new Error(`${path} answered ${response.status}`);
            result.refused[operation.path] = (result.refused[operation.path] ?? 0) + 1;
            return;
          }
          result.answered[operation.path] = (result.answered[operation.path] ?? 0) + 1;
          result.observations.push(...(await read(reader, response, id, query, request)));
        });
      }
    }
  }
  await inPool(tasks, 2);
  return result;
}

async function read(
  reader: 'signatory' | 'partnership' | 'overview-file' | 'series-file',
  response: Response,
  id: string | undefined,
  query: string,
  request: HarvestRequest,
): Promise<Observation[]> {
  const all = request.signatoryIds;
  if (reader === 'signatory') {
    const body = (await response.json()) as Json;
    return metricsAnswerObservations(body, [id!], rulesOf(body, request.rules));
  }
  if (reader === 'partnership') {
    const body = (await response.json()) as Json;
    const sector = new URLSearchParams(query).get('sector');
    // Totals cover the sector asked for, unless the answer says they are the whole partnership's.
    const scope = (body.scope as Json | undefined)?.totals;
    const orgs = sector && scope !== 'partnership' ? all.filter((s) => request.sectorOf[s] === sector) : all;
    return metricsAnswerObservations(body, orgs, rulesOf(body, request.rules));
  }
  if (reader === 'overview-file') return overviewFileObservations(await response.text(), request.rules);
  return seriesFileObservations(await response.text(), request.rules);
}

function rulesOf(body: Json, fallback: PublishedRules): PublishedRules {
  const disclosure = body.disclosure as Partial<PublishedRules> | undefined;
  return {
    threshold: disclosure?.threshold ?? fallback.threshold,
    rounding: disclosure?.rounding ?? fallback.rounding,
  };
}
