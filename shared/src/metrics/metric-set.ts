/** Every figure for one organisation (or the whole partnership) over one period, from its totals. */
import type { PopulationBaseline } from '../records/baseline.ts';
import type { PartnershipSettings, PopulationGroup, Principle } from '../records/charter.ts';
import type { ActivityTotals } from './activity-totals.ts';
import { impact, type Impact } from './impact.ts';
import { inclusion, type Inclusion } from './inclusion.ts';
import type { LoopTotals } from './loop-totals.ts';
import { principleEvidence, principles, type PrincipleScores, type Principles } from './principles.ts';
import { reach, type Reach } from './reach.ts';

/** What the figures are measured against: the charter, the groups, the settings and the population baseline. */
export interface MetricContext {
  principles: readonly Principle[];
  groups: readonly PopulationGroup[];
  settings: PartnershipSettings;
  baseline?: Pick<PopulationBaseline, 'population' | 'groupShares'> | undefined;
}

export interface MetricInput {
  activities: ActivityTotals;
  /** Null when the figures are filtered by audience or channel, which loops do not carry. */
  loops: LoopTotals | null;
  /** Loops overdue at the end of the period. */
  overdueLoops: number | null;
  /** Latest self and reviewer score per principle at the end of the period. */
  scores: Readonly<Record<string, PrincipleScores>>;
}

export interface MetricSet {
  reach: Reach;
  inclusion: Inclusion;
  impact: Impact;
  principles: Principles;
}

export function metricSet(input: MetricInput, context: MetricContext): MetricSet {
  return {
    reach: reach(input.activities, context.baseline?.population),
    inclusion: inclusion(input.activities, context.groups, context.baseline?.groupShares, context.settings),
    impact: impact(input.loops, input.activities, input.overdueLoops),
    principles: principles(context.principles, principleEvidence(input.activities, input.loops), input.scores),
  };
}
