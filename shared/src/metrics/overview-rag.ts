/**
 * Red, amber and green for the partnership overview's columns, so a board sees at a
 * glance which signatory needs attention. Where the charter has a rule, the rating
 * follows it: a closure rate of 0.7 is what the award asks for, and an inclusion score
 * of 80 is every seldom-heard group at the under-representation line (0.8) on average.
 * Each rating is null when its figure is not defined or not published, and a rate's
 * when it rests on too few cases to rate (rate-bases.ts).
 */
import type { RatedMetricId } from './metric-catalogue.ts';
import type { Rag } from './principles.ts';
import { rateStanding, type RateStanding } from './rate-bases.ts';

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

/** A row of the overview as a page has it: exact or published values, by metric. */
type RowValues = Readonly<Partial<Record<string, number | string | boolean | null | undefined>>>;

const numeric = (value: RowValues[string]): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The rating of a row's figure for a metric the catalogue marks rated, with the row of
 * the previous period (for the fall in reach) and the partnership's settings.
 * @example overviewRag('overdueLoops', { overdueLoops: 2 }, undefined, settings) // "amber"
 */
export function overviewRag(
  metric: RatedMetricId,
  row: RowValues,
  previous: RowValues | undefined,
  settings: { minRecordedShare: number; minRateBase?: number | undefined },
): Rag | null {
  switch (metric) {
    case 'participations':
      return reachRag(numeric(row.activities), numeric(row.participations), numeric(previous?.participations));
    case 'inclusionScore':
      return inclusionRag(numeric(row.inclusionScore), (numeric(row.recordedShare) ?? 0) >= settings.minRecordedShare);
    case 'closureRate':
      return closureRag(
        numeric(row.closureRate),
        rateStanding('closureRate', row as Record<string, number | string | null>, settings.minRateBase),
      );
    case 'overdueLoops':
      return overdueRag(numeric(row.overdueLoops));
    case 'principlesGreen':
      return principlesRag(numeric(row.principlesGreen));
  }
}
