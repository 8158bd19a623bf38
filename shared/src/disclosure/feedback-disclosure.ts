/**
 * Families' feedback in public (docs/decisions/0111, docs/disclosure.md): published for
 * whole financial years only, each signatory's through the rules of decision 0103 (1 to
 * k-1 as `"<k"`, others rounded, never below k; a share only when both its counts are
 * published and at least k, computed from the published counts), the partnership's as
 * the sum of its signatories' published counts, hidden when any of them is `"<k"`, so
 * it tells nothing the rows do not. On top of the floor every reader has: no figure
 * rests on fewer than `minimumResponses` answers.
 */
import type { ParticipantFeedbackFigures } from '../metrics/feedback-figures.ts';
import { roundCount, suppressedMark, type DisclosureRules, type PublicCount, type PublicDerived } from './disclose.ts';

/** The published feedback counts of one year, beside the organisation's own published record. */
export interface PublishedFeedback {
  /** The financial year the figures are for (`FY2026`), whatever quarter was asked. */
  year: string;
  minimumResponses: number;
  /** Activities whose answers are counted: activities, not people, so exact. */
  activities: number;
  responses: PublicCount;
  feltListened: PublicCount;
  knowWhatHappensNext: PublicCount;
  easyToTakePart: PublicCount;
  feltListenedShare: PublicDerived;
  knowWhatHappensNextShare: PublicDerived;
  easyToTakePartShare: PublicDerived;
  recorded: { responses: PublicCount; feltListened: PublicDerived; knowWhatHappensNext: PublicDerived };
  gapFeltListened: PublicDerived;
  gapKnowWhatHappensNext: PublicDerived;
}

const feedbackCountNames = ['responses', 'feltListened', 'knowWhatHappensNext', 'easyToTakePart'] as const;
type FeedbackCountName = (typeof feedbackCountNames)[number];

/** A count of people as published: 0, `"<k"` from 1 to k-1, else rounded and never below k. */
export function publishedCount(value: number, rules: DisclosureRules): PublicCount {
  if (value === 0) return 0;
  if (value < rules.threshold) return `<${rules.threshold}`;
  return roundCount(value, rules);
}

function publishedShare(numerator: PublicCount, denominator: PublicCount, rules: DisclosureRules): PublicDerived {
  if (typeof numerator !== 'number' || typeof denominator !== 'number') return suppressedMark;
  if (numerator < rules.threshold || denominator < rules.threshold) return suppressedMark;
  return Math.round((numerator / denominator) * 1000) / 1000;
}

function publishedGap(told: PublicDerived, recorded: PublicDerived): PublicDerived {
  if (typeof told !== 'number' || typeof recorded !== 'number') return suppressedMark;
  return Math.round((told - recorded) * 1000) / 1000;
}

function fromCounts(
  year: string,
  minimumResponses: number,
  activities: number,
  counts: Record<FeedbackCountName, PublicCount>,
  recorded: PublishedFeedback['recorded'],
  rules: DisclosureRules,
): PublishedFeedback {
  const share = (name: Exclude<FeedbackCountName, 'responses'>) =>
    publishedShare(counts[name], counts.responses, rules);
  const feltListenedShare = share('feltListened');
  const knowWhatHappensNextShare = share('knowWhatHappensNext');
  return {
    year,
    minimumResponses,
    activities,
    ...counts,
    feltListenedShare,
    knowWhatHappensNextShare,
    easyToTakePartShare: share('easyToTakePart'),
    recorded,
    gapFeltListened: publishedGap(feltListenedShare, recorded.feltListened),
    gapKnowWhatHappensNext: publishedGap(knowWhatHappensNextShare, recorded.knowWhatHappensNext),
  };
}

/** One signatory's feedback for a financial year, as published. */
export function publishFeedback(
  year: string,
  exact: ParticipantFeedbackFigures,
  recorded: PublishedFeedback['recorded'],
  rules: DisclosureRules,
): PublishedFeedback {
  const counts = Object.fromEntries(
    feedbackCountNames.map((name) => [name, publishedCount(exact[name], rules)]),
  ) as Record<FeedbackCountName, PublicCount>;
  return fromCounts(year, exact.minimumResponses, exact.activities, counts, recorded, rules);
}

/**
 * The partnership's feedback for a year: each count the sum of the signatories'
 * published ones, `"suppressed"` when any of them is `"<k"` (the total less the others
 * would give it back).
 */
export function sumPublishedFeedback(
  year: string,
  minimumResponses: number,
  parts: readonly PublishedFeedback[],
  recorded: PublishedFeedback['recorded'],
  rules: DisclosureRules,
): PublishedFeedback {
  const counts = Object.fromEntries(
    feedbackCountNames.map((name) => {
      const values = parts.map((p) => p[name]);
      if (values.some((v) => typeof v !== 'number')) return [name, suppressedMark];
      return [name, (values as number[]).reduce((a, b) => a + b, 0)];
    }),
  ) as Record<FeedbackCountName, PublicCount>;
  const activities = parts.reduce((sum, p) => sum + p.activities, 0);
  return fromCounts(year, minimumResponses, activities, counts, recorded, rules);
}
