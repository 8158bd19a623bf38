/**
 * What needs action today, as alerts: the rules are the ones the "Your work" page and the
 * exceptions already apply, read through the same code (the overdue digest for loops and
 * challenges past due, the charter standing for an award's expiry, the period metrics for
 * the groups heard), so an alert never says something the pages do not.
 * - a feedback loop not communicated back after `loopDueDays`;
 * - a challenge waiting for an answer (past due after `challengeDueDays`);
 * - an award expiring within `alertAwardDays`;
 * - a marginalised group with no participants in the calendar quarter so far.
 * Each item carries ids, organisation and group names, dates and counts: never what people said.
 */
import {
  addDays,
  charterStanding,
  dayOf,
  daysBetween,
  emptyMonthRollup,
  mergeMonthRollups,
  monthOf,
  monthRange,
} from '@equal-partners/shared';
import { listChallengesNotAnsweredBy } from '../challenges/challenge-entity.ts';
import { overdueDigest } from '../loops/overdue-digest.ts';
import { periodMetrics } from '../reports/period-figures.ts';
import { metricContextFor } from '../reports/signatory-report.ts';
import { readMonthOfSignatories } from '../rollups/read-rollups.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import type { Store } from '../table/index.ts';

/** How long before an award expires its signatory and the board are told. */
export const alertAwardDays = 60;

export type AlertItem =
  | { kind: 'loop-overdue'; signatoryId: string; id: string; raisedOn: string; days: number }
  | { kind: 'challenge-waiting'; signatoryId: string; id: string; raisedOn: string; days: number; overdue: boolean }
  | { kind: 'award-expiring'; signatoryId: string; expiresOn: string }
  | { kind: 'group-unheard'; signatoryId: string; groupId: string; label: string; quarter: string };

/** An item's name in the delivery records: the same thing waiting on another day has the same key. */
export function itemKey(item: AlertItem): string {
  switch (item.kind) {
    case 'loop-overdue':
      return `loop:${item.id}`;
    case 'challenge-waiting':
      return `challenge:${item.id}`;
    case 'award-expiring':
      return `award:${item.signatoryId}:${item.expiresOn}`;
    case 'group-unheard':
      return `group:${item.signatoryId}:${item.groupId}:${item.quarter}`;
  }
}

/** The calendar quarter of a day, `YYYY-Qn`, and its months up to the day's own. */
export function quarterSoFar(day: string): { quarter: string; months: string[] } {
  const year = day.slice(0, 4);
  const index = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const first = `${year}-${String(index * 3 + 1).padStart(2, '0')}`;
  return { quarter: `${year}-Q${index + 1}`, months: monthRange(first, monthOf(day)) };
}

export interface DueAlerts {
  day: string;
  /** Every signatory's name by id, for the messages. */
  names: Map<string, string>;
  /** Each signatory's items, by signatory id; signatories with none are absent. */
  bySignatory: Map<string, AlertItem[]>;
}

/** Every item that needs action on `today`, by signatory. */
export async function dueAlerts(store: Store, today: Date): Promise<DueAlerts> {
  const day = dayOf(today);
  const { quarter, months } = quarterSoFar(day);
  const [signatories, digest, waiting, setup, monthly] = await Promise.all([
    listSignatories(store),
    overdueDigest(store, today),
    listChallengesNotAnsweredBy(store, day),
    metricContextFor(store, Number(day.slice(0, 4))),
    Promise.all(months.map((month) => readMonthOfSignatories(store, month))),
  ]);
  const bySignatory = new Map<string, AlertItem[]>();
  const add = (item: AlertItem) =>
    bySignatory.set(item.signatoryId, [...(bySignatory.get(item.signatoryId) ?? []), item]);

  for (const row of digest.signatories)
    for (const loop of row.loops)
      add({
        kind: 'loop-overdue',
        signatoryId: row.signatoryId,
        id: loop.id,
        raisedOn: loop.raisedOn,
        days: loop.daysOpen,
      });
  const overdueChallenges = new Set(digest.signatories.flatMap((row) => row.challenges.map((c) => c.id)));
  for (const c of [...waiting].sort((a, b) => a.raisedOn.localeCompare(b.raisedOn)))
    add({
      kind: 'challenge-waiting',
      signatoryId: c.signatoryId,
      id: c.id,
      raisedOn: c.raisedOn,
      days: daysBetween(c.raisedOn, day),
      overdue: overdueChallenges.has(c.id),
    });
  const notice = addDays(day, alertAwardDays);
  for (const signatory of signatories.filter((s) => s.active)) {
    const { status, expiresOn } = charterStanding(signatory, day);
    if (status === 'awarded' && expiresOn !== undefined && expiresOn <= notice)
      add({ kind: 'award-expiring', signatoryId: signatory.id, expiresOn });
    if (!setup) continue;
    const rollup = mergeMonthRollups(monthly.map((month) => month.get(signatory.id) ?? emptyMonthRollup()));
    const { set } = periodMetrics({ rollup, filter: {}, overdueLoops: null, scores: {}, context: setup.context });
    for (const group of set.inclusion.groups.filter((g) => g.marginalised && g.participants === 0))
      add({ kind: 'group-unheard', signatoryId: signatory.id, groupId: group.groupId, label: group.label, quarter });
  }
  return { day, names: new Map(signatories.map((s) => [s.id, s.name])), bySignatory };
}
