/**
 * The overdue digest: for each signatory, the feedback loops not communicated back
 * within `loopDueDays` and the challenges not answered within `challengeDueDays`, as
 * of today. Sent to the board on a schedule so nothing is forgotten quietly. It holds
 * ids, dates and counts only: never what people said.
 */
import { defaultSettings } from '@equal-partners/shared';
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

export async function overdueDigest(store: Store, today: Date): Promise<OverdueDigest> {
  const settings = (await getPartnership(store))?.settings ?? defaultSettings;
  const cutoff = (days: number) => isoDay(new Date(today.getTime() - (days + 1) * dayMs));
  const [signatories, loops, challenges] = await Promise.all([
    listSignatories(store),
    listLoopsNotCommunicatedBy(store, cutoff(settings.loopDueDays)),
    listChallengesNotAnsweredBy(store, cutoff(settings.challengeDueDays)),
  ]);
  const item = (r: { id: string; raisedOn: string }): OverdueItem => ({
    id: r.id,
    raisedOn: r.raisedOn,
    daysOpen: Math.floor((Date.parse(isoDay(today)) - Date.parse(r.raisedOn)) / dayMs),
  });
  // Each signatory's, grouped in one pass rather than searched for per signatory.
  const bySignatory = <R extends { signatoryId: string }>(records: readonly R[]) => {
    const groups = new Map<string, R[]>();
    for (const r of records) {
      const group = groups.get(r.signatoryId);
      if (group) group.push(r);
      else groups.set(r.signatoryId, [r]);
    }
    return groups;
  };
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
