/**
 * Red, amber and green for the partnership overview's columns, so a board sees at a
 * glance which signatory needs attention. Where the charter has a rule, the rating
 * follows it: a closure rate of 0.7 is what the award asks for, and an inclusion score
 * of 80 is every seldom-heard group at the under-representation line (0.8) on average.
 * Each rating is null when its figure is not defined or not published, and a rate's
 * when it rests on too few cases to rate (rate-bases.ts).
 */
import type { Rag } from './principles.ts';
import type { RateStanding } from './rate-bases.ts';

export const overviewRagRules = {
  /** Participations falling by more than this share on the previous period is amber. */
  reachFall: 0.25,
  inclusionGreen: 80,
  inclusionAmber: 60,
  closureGreen: 0.7,
  closureAmber: 0.5,
  /** More overdue loops than this is red; one up to this many is amber. */
  overdueAmber: 3,
  principlesGreen: 0.75,
  principlesAmber: 0.5,
} as const;

const rules = overviewRagRules;

/** Red when nothing happened; amber when participations fell by more than a quarter. */
export function reachRag(
  activities: number | null,
  participations: number | null,
  previous: number | null,
): Rag | null {
  if (activities === null) return null;
  if (activities === 0) return 'red';
  if (participations !== null && previous !== null && previous > 0 && participations < previous * (1 - rules.reachFall))
    return 'amber';
  return 'green';
}

/** Amber, not green, when too few people gave demographics for the score to be relied on. */
export function inclusionRag(score: number | null, reliable: boolean): Rag | null {
  if (score === null) return null;
  if (score < rules.inclusionAmber) return 'red';
  if (score < rules.inclusionGreen || !reliable) return 'amber';
  return 'green';
}

/** No rating for a rate on too few loops raised: 1 of 2 answered is not "red". */
export function closureRag(rate: number | null, standing?: Pick<RateStanding, 'few'>): Rag | null {
  if (rate === null || standing?.few) return null;
  if (rate >= rules.closureGreen) return 'green';
  return rate >= rules.closureAmber ? 'amber' : 'red';
}

export function overdueRag(overdue: number | null): Rag | null {
  if (overdue === null) return null;
  if (overdue === 0) return 'green';
  return overdue <= rules.overdueAmber ? 'amber' : 'red';
}

export function principlesRag(greenShare: number | null): Rag | null {
  if (greenShare === null) return null;
  if (greenShare >= rules.principlesGreen) return 'green';
  return greenShare >= rules.principlesAmber ? 'amber' : 'red';
}
