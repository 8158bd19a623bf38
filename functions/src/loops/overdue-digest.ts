/**
 * The overdue digest: for each signatory, the feedback loops not communicated back
 * within `loopDueDays` and the challenges not answered within `challengeDueDays`, as
 * of today. Sent to the board on a schedule so nothing is forgotten quietly. It holds
 * ids, dates and counts only: never what people said.
 *
 * The exceptions need only each signatory's counts and the longest any has waited
 * (`overdueCounts`): those come from the standings they read anyway, without listing
 * the loops, whose list grows with every loop ever raised (docs/decisions/0115).
 */
import {
  defaultSettings,
  notCommunicatedFromStanding,
  type NotCommunicated,
  type PartnershipSettings,
  type Signatory,
  type Standing,
} from '@equal-partners/shared';
import { counted, days } from '../counted.ts';
import type { Store } from '../table/index.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import { listLoopsNotCommunicatedBy } from './loop-entity.ts';
import { listChallengesNotAnsweredBy } from '../challenges/challenge-entity.ts';

export interface OverdueItem {
  id: string;
  raisedOn: string;
  daysOpen: number;
}

export interface OverdueDigest {
  asOf: string;
  loopDueDays: number;
  challengeDueDays: number;
  signatories: { signatoryId: string; name: string; loops: OverdueItem[]; challenges: OverdueItem[] }[];
  totals: { loops: number; challenges: number };
}

const dayMs = 86_400_000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last day a loop (or challenge) may have been raised on and be overdue `today`, with `dueDays` to answer it. */
function cutoffOf(today: Date, dueDays: number): string {
  return isoDay(new Date(today.getTime() - (dueDays + 1) * dayMs));
}

/** Whole days from the day something was raised to `today`. */
function daysSince(today: Date, raisedOn: string): number {
  return Math.floor((Date.parse(isoDay(today)) - Date.parse(raisedOn)) / dayMs);
}

async function settingsOf(store: Store): Promise<PartnershipSettings> {
  return (await getPartnership(store))?.settings ?? defaultSettings;
}

/** Each signatory's records, grouped in one pass rather than searched for per signatory. */
function bySignatory<R extends { signatoryId: string }>(records: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const r of records) {
    const group = groups.get(r.signatoryId);
    if (group) group.push(r);
    else groups.set(r.signatoryId, [r]);
  }
  return groups;
}

export async function overdueDigest(store: Store, today: Date): Promise<OverdueDigest> {
  const settings = await settingsOf(store);
  const [signatories, loops, challenges] = await Promise.all([
    listSignatories(store),
    listLoopsNotCommunicatedBy(store, cutoffOf(today, settings.loopDueDays)),
    listChallengesNotAnsweredBy(store, cutoffOf(today, settings.challengeDueDays)),
  ]);
  const item = (r: { id: string; raisedOn: string }): OverdueItem => ({
    id: r.id,
    raisedOn: r.raisedOn,
    daysOpen: daysSince(today, r.raisedOn),
  });
  const loopsOf = bySignatory(loops);
  const challengesOf = bySignatory(challenges);
  const rows = signatories
    .map((s) => ({
      signatoryId: s.id,
      name: s.name,
      loops: (loopsOf.get(s.id) ?? []).map(item),
      challenges: (challengesOf.get(s.id) ?? []).map(item),
    }))
    .filter((row) => row.loops.length > 0 || row.challenges.length > 0)
    .sort((a, b) => b.loops.length + b.challenges.length - (a.loops.length + a.challenges.length));
  return {
    asOf: isoDay(today),
    loopDueDays: settings.loopDueDays,
    challengeDueDays: settings.challengeDueDays,
    signatories: rows,
    totals: { loops: loops.length, challenges: challenges.length },
  };
}

/** A signatory's overdue loops or challenges: how many, and the longest any has waited, in days. */
export interface OverdueCount {
  count: number;
  oldestDays: number | null;
}

export interface OverdueCounts {
  asOf: string;
  loopDueDays: number;
  challengeDueDays: number;
  /** Where the loops were counted from: the standings, or the loops listed when a standing could not answer. */
  loopsFrom: 'standings' | 'listed loops';
  /** Each signatory with anything overdue; those with nothing are left out. */
  signatories: Map<string, { loops: OverdueCount; challenges: OverdueCount }>;
}

const noneOverdue = (): OverdueCount => ({ count: 0, oldestDays: null });

function countOf(today: Date, items: readonly { raisedOn: string }[]): OverdueCount {
  if (items.length === 0) return noneOverdue();
  const oldest = items.reduce((min, i) => (i.raisedOn < min ? i.raisedOn : min), items[0]!.raisedOn);
  return { count: items.length, oldestDays: daysSince(today, oldest) };
}

/**
 * What the digest counts of each signatory (its loops and challenges overdue, and the longest
 * any has waited), the same figures, for the exceptions. The loops are counted from the
 * signatories' standings (`notCommunicatedFromStanding`), read by the caller beside its
 * other reads; only if some signatory's standing cannot answer (none computed yet, or one
 * computed before standings kept `oldestOpen`, until the reconcile job recomputes it) are
 * the loops listed, as the digest lists them. The challenges are listed as the digest does.
 */
export async function overdueCounts(
  store: Store,
  today: Date,
  reads: { signatories: Promise<readonly Signatory[]>; standings: Promise<ReadonlyMap<string, Standing>> },
): Promise<OverdueCounts> {
  const settings = await settingsOf(store);
  const loopCutoff = cutoffOf(today, settings.loopDueDays);
  const [signatories, standings, challenges] = await Promise.all([
    reads.signatories,
    reads.standings,
    listChallengesNotAnsweredBy(store, cutoffOf(today, settings.challengeDueDays)),
  ]);
  const fromStandings = new Map<string, NotCommunicated | undefined>(
    signatories.map((s) => {
      const standing = standings.get(s.id);
      return [s.id, standing && notCommunicatedFromStanding(standing, loopCutoff)];
    }),
  );
  const answered = [...fromStandings.values()].every((n) => n !== undefined);
  const listed = answered ? undefined : bySignatory(await listLoopsNotCommunicatedBy(store, loopCutoff));
  const loopsOf = (signatoryId: string): OverdueCount => {
    if (listed) return countOf(today, listed.get(signatoryId) ?? []);
    const open = fromStandings.get(signatoryId)!;
    return open.oldestRaisedOn === null
      ? noneOverdue()
      : { count: open.count, oldestDays: daysSince(today, open.oldestRaisedOn) };
  };
  const challengesOf = bySignatory(challenges);
  const counts = new Map<string, { loops: OverdueCount; challenges: OverdueCount }>();
  for (const s of signatories) {
    const row = { loops: loopsOf(s.id), challenges: countOf(today, challengesOf.get(s.id) ?? []) };
    if (row.loops.count > 0 || row.challenges.count > 0) counts.set(s.id, row);
  }
  return {
    asOf: isoDay(today),
    loopDueDays: settings.loopDueDays,
    challengeDueDays: settings.challengeDueDays,
    loopsFrom: listed ? 'listed loops' : 'standings',
    signatories: counts,
  };
}

const loops = (count: number) => counted(count, 'feedback loop', 'feedback loops');
const challenges = (count: number) => counted(count, 'challenge', 'challenges');

/** The digest as a plain-text message for the board's e-mail. */
export function digestText(digest: OverdueDigest, siteUrl = ''): string {
  if (digest.signatories.length === 0) {
    return `Nothing is overdue as of ${digest.asOf}: every feedback loop and challenge is within its time.`;
  }
  const lines = digest.signatories.map((s) => {
    const parts: string[] = [];
    if (s.loops.length > 0) {
      const oldest = Math.max(...s.loops.map((l) => l.daysOpen));
      parts.push(`${loops(s.loops.length)} not closed after ${days(digest.loopDueDays)} (oldest ${days(oldest)})`);
    }
    if (s.challenges.length > 0) {
      parts.push(`${challenges(s.challenges.length)} unanswered after ${days(digest.challengeDueDays)}`);
    }
    return `- ${s.name}: ${parts.join('; ')}`;
  });
  return [
    `Overdue as of ${digest.asOf}: ${loops(digest.totals.loops)} and ${challenges(digest.totals.challenges)}.`,
    '',
    ...lines,
    ...(siteUrl ? ['', `See each signatory's page at ${siteUrl}`] : []),
  ].join('\n');
}
