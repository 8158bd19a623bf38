/**
 * What the assessment form shows beside each principle's rating, and how it is worked
 * out from the signatory's assessments: the latest self-assessment at or before the
 * quarter, and the latest reviewer assessment of an earlier quarter. The organisation and
 * quarter follow the form's choice through the query string: "Show the evidence" sends
 * the form there (GET), and every value typed comes back with it (`valuesFromQuery`).
 * The server reads the rest (#lib/server/assessment-evidence.ts).
 */
import type { Assessment, PublicValue } from '@equal-partners/shared';
import type { FormValues } from './form-values.ts';

/** A score given to a principle in an earlier assessment, with the quarter it was for. */
export interface PriorScore {
  score: number;
  narrative: string;
  period: string;
  /** The reviewing organisation's name, for a reviewer's score. */
  reviewer?: string | undefined;
}

export interface PrincipleEvidence {
  /** From the latest self-assessment at or before the quarter that rated the principle. */
  self: PriorScore | undefined;
  /** From the latest reviewer assessment of an earlier quarter that rated the principle. */
  previousReviewer: PriorScore | undefined;
  /** Activities plus closed feedback loops tagged with the principle in the quarter. */
  count: PublicValue;
}

/** The signatory's headline figures for the quarter: exact, or as published. */
export interface HeadlineFigures {
  participations: PublicValue;
  activities: PublicValue;
  inclusionScore: PublicValue;
  loopsRaised: PublicValue;
  loopsClosed: PublicValue;
  closureRate: PublicValue;
}

export interface AssessmentEvidence {
  signatoryId: string;
  signatoryName: string;
  period: string;
  visibility: 'exact' | 'public';
  /** The threshold below which public counts of people are not shown. */
  threshold: number;
  figures: HeadlineFigures;
  principles: Record<string, PrincipleEvidence>;
}

/** Whether `a` is later than `b`: a later quarter, then the later change, then the greater id (as the principle metric decides). */
function later(a: Assessment, b: Assessment): boolean {
  if (a.period !== b.period) return a.period > b.period;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return a.id > b.id;
}

/**
 * Per principle, the score of the latest self-assessment at or before `period` and of the
 * latest reviewer assessment of a quarter before it, each among those that rated the
 * principle, leaving out the assessment being changed (`exceptId`).
 */
export function priorScores(
  assessments: readonly Assessment[],
  period: string,
  exceptId: string | undefined,
  reviewerName: (id: string) => string | undefined = () => undefined,
): Record<string, { self?: PriorScore; previousReviewer?: PriorScore }> {
  const best = new Map<string, { assessment: Assessment; score: PriorScore }>();
  for (const assessment of assessments) {
    if (assessment.id === exceptId) continue;
    const inWindow = assessment.by === 'self' ? assessment.period <= period : assessment.period < period;
    if (!inWindow) continue;
    for (const { principleId, score, narrative } of assessment.scores) {
      const key = `${assessment.by}|${principleId}`;
      const current = best.get(key);
      if (current && !later(assessment, current.assessment)) continue;
      const reviewer = assessment.reviewerId ? reviewerName(assessment.reviewerId) : undefined;
      best.set(key, { assessment, score: { score, narrative, period: assessment.period, reviewer } });
    }
  }
  const out: Record<string, { self?: PriorScore; previousReviewer?: PriorScore }> = {};
  for (const [key, { score }] of best) {
    const [by, principleId] = key.split('|') as ['self' | 'reviewer', string];
    out[principleId] ??= {};
    out[principleId][by === 'self' ? 'self' : 'previousReviewer'] = score;
  }
  return out;
}

/**
 * The form's values carried in the query string by "Show the evidence", over the values
 * the form would otherwise start with: only the form's own fields are taken.
 */
export function valuesFromQuery(url: URL, fields: readonly string[], start: FormValues): FormValues {
  const values: FormValues = { ...start };
  for (const name of fields) {
    if (!url.searchParams.has(name)) continue;
    const all = url.searchParams.getAll(name);
    values[name] = all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

const textOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/** The organisation and quarter the form's values hold. */
export function chosenOf(values: FormValues): { signatoryId: string; period: string } {
  return { signatoryId: textOf(values.signatoryId), period: textOf(values.period) };
}
