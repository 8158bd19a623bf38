/** Which population baseline a year's figures are measured against. */
import type { PopulationBaseline } from '@equal-partners/shared';

/** The baseline for a year: that year's, else the latest before it, else the earliest there is. */
export function baselineFor(baselines: readonly PopulationBaseline[], year: number): PopulationBaseline | undefined {
  const sorted = [...baselines].sort((a, b) => a.year - b.year);
  return sorted.filter((b) => b.year <= year).at(-1) ?? sorted[0];
}
