/**
 * The metric answers against the schemas the OpenAPI document gives them
 * (./report-schemas.ts): the report queries run on the demo partnership, exact and
 * published, for signatories and the partnership, and each answer is parsed with its
 * schema. Every object of the schemas is strict, so a field the schema does not name
 * fails as surely as one it names that the answer lacks.
 */
import { publicPrincipal, type Principal } from '@equal-partners/shared';
import type * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryDeps } from '../host.ts';
import { loadDemoPartnership } from '../local/demo/load-demo.ts';
import { council, demoToday, forum, school } from '../testing/api-fixture.ts';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import { publicPartnershipMetrics, publicSignatoryMetrics } from './public-report-queries.ts';
import { partnershipMetrics, signatoryMetrics } from './report-queries.ts';
import {
  partnershipResponse,
  publicPartnershipResponse,
  publicSignatoryResponse,
  signatoryResponse,
} from './report-schemas.ts';

const admin: Principal = { kind: 'user', id: 'demo-board-admin', role: 'board-admin' };

let store: TestStore;
let deps: Pick<QueryDeps, 'store' | 'today'>;
beforeAll(async () => {
  store = await createTestStore('report-schemas');
  await loadDemoPartnership(store, demoToday);
  deps = { store, today: () => demoToday };
});
afterAll(() => store.drop());

/**
 * What is wrong with `answer` by `schema`, as `path: message`; nothing when it parses, as
 * the query returns it (what the pages read) and as JSON (what the API sends).
 */
function problems(schema: z.ZodMiniType, answer: unknown): string[] {
  return [answer, JSON.parse(JSON.stringify(answer)) as unknown].flatMap((form) => {
    const result = schema.safeParse(form);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  });
}

/** Every value at the leaves of `tree`, with its path. */
function leaves(tree: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(tree)) return tree.flatMap((item, i) => leaves(item, `${path}.${i}`));
  if (typeof tree === 'object' && tree !== null)
    return Object.entries(tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  return [[path, tree]];
}

const drop = Symbol('drop');

/** `answer` as JSON, with the field at `path` (`metrics.reach.participations`) set to `value`, or taken out. */
function edited(answer: unknown, path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(answer)) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, key) => node[key] as Record<string, unknown>, copy);
  if (value === drop) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return copy;
}

/** Expects `answer` to fail `schema` once edited at each path. */
function failsEdited(schema: z.ZodMiniType, answer: unknown, edits: [path: string, value: unknown][]) {
  expect(problems(schema, answer)).toEqual([]);
  for (const [path, value] of edits) expect(problems(schema, edited(answer, path, value)), path).not.toEqual([]);
}

const signatories = [council, school, forum];

describe('the exact answers', () => {
  it('are what the schema of a signatory’s figures says, for every period and filter', async () => {
    for (const id of signatories) {
      for (const query of [{}, { period: '2026-Q1' }, { period: 'FY2025', channel: 'online-survey' as const }]) {
        const answer = await signatoryMetrics(deps, admin, { id, ...query });
        expect(problems(signatoryResponse, answer), `${id} ${JSON.stringify(query)}`).toEqual([]);
        // Loops carry no channel, so under a filter their figures do not exist.
        if ('channel' in query) expect(answer.metrics.impact.loopsRaised).toBeNull();
      }
    }
  });

  it('are what the schema of the partnership’s figures says, rows included', async () => {
    for (const query of [{}, { period: '2026-Q1' }, { period: 'FY2025', sector: 'education' as const }]) {
      const answer = await partnershipMetrics(deps, admin, query);
      expect(answer.signatories.rows.length).toBeGreaterThan(0);
      expect(problems(partnershipResponse, answer), JSON.stringify(query)).toEqual([]);
    }
  });

  it('fail their schemas with a field more or less, or a figure that is not a number', async () => {
    const signatory = await signatoryMetrics(deps, admin, { id: council, period: 'FY2025' });
    failsEdited(signatoryResponse, signatory, [
      ['metrics.reach.visitors', 3],
      ['previous.impact.closureRate', drop],
      ['series.0.participations', '<10'],
      ['metrics.reach.byChannel.online-survey.participations', 2.5],
      ['charterStatus.eligibility.score', 1],
      ['metrics.inclusion.groups.0.flag', 'low'],
    ]);
    const partnership = await partnershipMetrics(deps, admin, { period: 'FY2025' });
    failsEdited(partnershipResponse, partnership, [
      ['signatories.rows.0.note', 'x'],
      ['signatories.rows.0.closureRate', drop],
      ['signatories.rows.0.participations', null],
      ['metrics.principles.items.0.rag', 'blue'],
    ]);
  });
});

describe('the published answers', () => {
  const periods = ['FY2025', 'FY2025-Q3', 'FY2026', 'FY2026-Q1'];

  it('are what the schemas say, for years and quarters, with every mark of a figure held back', async () => {
    const values = new Set<unknown>();
    for (const period of periods) {
      for (const id of signatories) {
        const answer = await publicSignatoryMetrics(deps, publicPrincipal, { id, period });
        expect(problems(publicSignatoryResponse, answer), `${id} ${period}`).toEqual([]);
        for (const [, value] of leaves(answer)) values.add(value);
      }
      for (const sector of [undefined, 'education' as const]) {
        const answer = await publicPartnershipMetrics(deps, publicPrincipal, { period, sector });
        expect(problems(publicPartnershipResponse, answer), `${period} ${sector}`).toEqual([]);
        for (const [, value] of leaves(answer)) values.add(value);
      }
    }
    // The answers parsed hold each way a figure is held back, so the schemas were tried on each.
    expect([...values]).toEqual(expect.arrayContaining(['<10', 'suppressed', 'year-only']));
  });

  it('fail their schemas with a field more or less, or a value no figure is published as', async () => {
    const signatory = await publicSignatoryMetrics(deps, publicPrincipal, { id: school, period: 'FY2025' });
    failsEdited(publicSignatoryResponse, signatory, [
      ['metrics.impact.visits', 3],
      ['metrics.reach', drop],
      ['metrics.reach.participations', 'about 20'],
      ['series.0.participations', null],
      ['charterStatus.eligibility', {}],
    ]);
    const partnership = await publicPartnershipMetrics(deps, publicPrincipal, { period: 'FY2025' });
    failsEdited(publicPartnershipResponse, partnership, [
      ['signatories.rows.0.note', 'x'],
      ['metrics.reach.firstTimeShare', '<10'],
      ['metrics.inclusion.reliable', 'unknown'],
      ['disclosure.threshold', drop],
    ]);
  });
});
