/**
 * Charter principles and accountability: the evidence for each principle, the latest
 * self and reviewer scores, and a red/amber/green rating.
 *
 * - `evidence` = activities + closed loops tagged with the principle in the period
 * - RAG: red when evidence = 0 or reviewer = 1; green when evidence >= 1, self >= 3 and
 *   (no reviewer score or reviewer >= 3); amber otherwise
 * - `accountabilityGap` = self - reviewer, flagged at >= 2
 * - `principlesGreen` = green principles / principles
 */
import type { Assessment } from '../records/assessment.ts';
import type { Principle } from '../records/charter.ts';
import type { ActivityTotals } from './activity-totals.ts';
import type { LoopTotals } from './loop-totals.ts';
import { ratio } from './ratio.ts';

export type Rag = 'green' | 'amber' | 'red';

/** The fields of an assessment the scores read. */
export type AssessmentFacts = Pick<Assessment, 'id' | 'period' | 'by' | 'scores'> & { updatedAt?: string };

export interface PrincipleScores {
  self: number | null;
  reviewer: number | null;
}

export interface PrincipleStanding extends PrincipleScores {
  principleId: string;
  title: string;
  evidence: number;
  rag: Rag;
  accountabilityGap: number | null;
  gapFlagged: boolean;
}

export interface Principles {
  items: PrincipleStanding[];
  principlesGreen: number | null;
}

/** The first day of a calendar quarter written `YYYY-Qn`. */
export function quarterStart(quarter: string): string {
  const q = Number(quarter.slice(6, 7));
  return `${quarter.slice(0, 4)}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

function later(a: AssessmentFacts, b: AssessmentFacts): boolean {
  if (a.period !== b.period) return a.period > b.period;
  if ((a.updatedAt ?? '') !== (b.updatedAt ?? '')) return (a.updatedAt ?? '') > (b.updatedAt ?? '');
  return a.id > b.id;
}

/**
 * Per principle, the score from the latest self and latest reviewer assessment that scored it,
 * among assessments for quarters starting on or before `asOf`. "Latest" is the latest quarter,
 * then the most recently updated, then the greatest id, so the answer never depends on order.
 */
export function latestScores(assessments: Iterable<AssessmentFacts>, asOf: string): Record<string, PrincipleScores> {
  const best = new Map<string, { assessment: AssessmentFacts; score: number }>();
  for (const assessment of assessments) {
    if (quarterStart(assessment.period) > asOf) continue;
    for (const { principleId, score } of assessment.scores) {
      const key = `${assessment.by}|${principleId}`;
      const current = best.get(key);
      if (!current || later(assessment, current.assessment)) best.set(key, { assessment, score });
    }
  }
  const out: Record<string, PrincipleScores> = {};
  for (const [key, { score }] of best) {
    const [by, principleId] = key.split('|') as ['self' | 'reviewer', string];
    out[principleId] ??= { self: null, reviewer: null };
    out[principleId][by] = score;
  }
  return out;
}

/** Per principle, the mean of several organisations' scores (how the partnership as a whole stands). */
export function meanScores(
  perOrganisation: readonly Record<string, PrincipleScores>[],
): Record<string, PrincipleScores> {
  const sums = new Map<string, { self: number[]; reviewer: number[] }>();
  for (const scores of perOrganisation) {
    for (const [principleId, { self, reviewer }] of Object.entries(scores)) {
      const entry = sums.get(principleId) ?? { self: [], reviewer: [] };
      if (self !== null) entry.self.push(self);
      if (reviewer !== null) entry.reviewer.push(reviewer);
      sums.set(principleId, entry);
    }
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  return Object.fromEntries([...sums].map(([id, e]) => [id, { self: mean(e.self), reviewer: mean(e.reviewer) }]));
}

export function rag(evidence: number, self: number | null, reviewer: number | null): Rag {
  if (evidence === 0 || reviewer === 1) return 'red';
  if (evidence >= 1 && self !== null && self >= 3 && (reviewer === null || reviewer >= 3)) return 'green';
  return 'amber';
}

/** Activities plus closed loops tagged with each principle. */
export function principleEvidence(activities: ActivityTotals, loops: LoopTotals | null): Record<string, number> {
  const evidence: Record<string, number> = { ...activities.principles };
  for (const [id, n] of Object.entries(loops?.principles ?? {})) evidence[id] = (evidence[id] ?? 0) + n;
  return evidence;
}

export function principles(
  charter: readonly Principle[],
  evidence: Readonly<Record<string, number>>,
  scores: Readonly<Record<string, PrincipleScores>>,
): Principles {
  const items = charter.map((principle): PrincipleStanding => {
    const count = evidence[principle.id] ?? 0;
    const self = scores[principle.id]?.self ?? null;
    const reviewer = scores[principle.id]?.reviewer ?? null;
    const gap = self !== null && reviewer !== null ? self - reviewer : null;
    return {
      principleId: principle.id,
      title: principle.title,
      evidence: count,
      self,
      reviewer,
      rag: rag(count, self, reviewer),
      accountabilityGap: gap,
      gapFlagged: gap !== null && gap >= 2,
    };
  });
  return { items, principlesGreen: ratio(items.filter((p) => p.rag === 'green').length, items.length) };
}
