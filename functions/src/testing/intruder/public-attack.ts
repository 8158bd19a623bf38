/**
 * The outside user's attack on the public figures, as the differencing tests run it
 * (docs/disclosure.md): harvest every public query form the API accepts, solve what the
 * answers publish together, and check against the exact figures that nothing about a small
 * count of people was learnt.
 */
import { expect } from 'vitest';
import { monthOf, monthRange } from '@equal-partners/shared';
import { demoToday, type ApiFixture } from '../api-fixture.ts';
import { attack, type AttackReport, type Target } from './attack.ts';
import { harvest } from './harvest.ts';
import { monthlyTruth } from './truth.ts';

const thisMonth = monthOf(demoToday.toISOString());
const rules = { threshold: 10, rounding: 5 };

export async function attackOn(api: ApiFixture): Promise<AttackReport> {
  const get = (path: string) => api.call('public', 'GET', path);
  const document = (await (await get('/api/openapi.json')).json()) as Record<string, unknown>;
  // The public overview names every signatory; the list is read here only for its ids and sectors.
  const signatories = (await (await api.call('admin', 'GET', '/api/v1/signatories?limit=200')).json()) as {
    items: { id: string; sector: string }[];
  };
  const ids = signatories.items.map((s) => s.id);
  const sectorOf = Object.fromEntries(signatories.items.map((s) => [s.id, s.sector]));
  const { observations } = await harvest(document, { get, signatoryIds: ids, sectorOf, thisMonth, rules });
  const months = monthRange(
    observations.map((o) => o.from).sort()[0] ?? thisMonth,
    observations
      .map((o) => o.to)
      .sort()
      .at(-1) ?? thisMonth,
  );
  const truth = await monthlyTruth(
    (path) => api.call('admin', 'GET', path),
    ids,
    new Set(observations.map((o) => o.chain)),
    months,
  );
  return attack(observations, truth, { threshold: rules.threshold });
}

function describeTargets(targets: readonly Target[]): string {
  return targets
    .slice(0, 10)
    .map((t) => `${t.org} ${t.chain} ${t.from}..${t.to}: true ${t.truth}, bounds ${t.bounds.lo}..${t.bounds.hi}`)
    .join('\n');
}

export function expectNothingLearnt(report: AttackReport) {
  const small = report.months.length;
  const summary =
    `${small} small monthly counts and ${report.cells.length} small published cells; ` +
    `pinned ${report.pinned.length}, narrowed below 5 values ${report.narrowed.length}, ` +
    `least squares right for ${report.estimated.length}`;
  expect(small, summary).toBeGreaterThan(50);
  expect(report.pinned, `${summary}\n${describeTargets(report.pinned)}`).toEqual([]);
  expect(report.narrowed, `${summary}\n${describeTargets(report.narrowed)}`).toEqual([]);
  expect(report.estimated.length, summary).toBeLessThanOrEqual(small / 3);
}
